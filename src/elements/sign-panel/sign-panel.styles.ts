// Styles of <sign-panel>: large touch targets, the kit's tokens, no inline style attributes (strict CSP).
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='title'] {
    font-size: var(--egov-sign-panel-title-size, 1.25rem);
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .lead {
    margin: 0 0 var(--_space);
  }
  [part='methods'],
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='methods'] .lead {
    flex-basis: 100%;
  }
  button,
  a.button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
    min-block-size: 2.75rem;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
  }
  button.primary,
  a.button.primary {
    background: var(--_accent);
    /* The surface colour, so a light accent (the high-contrast theme's yellow) keeps dark text. */
    color: var(--_bg);
  }
  button.secondary,
  a.button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  form {
    display: grid;
    gap: var(--_space);
    max-inline-size: 28rem;
  }
  label {
    font-weight: 600;
  }
  .hint,
  [part='hint'] {
    color: var(--_muted);
    margin: 0;
  }
  input {
    font: inherit;
    font-size: 1.5rem;
    letter-spacing: 0.3em;
    inline-size: 9em;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .spinner {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .mobile {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  [part='qr'],
  .qr-placeholder {
    inline-size: var(--egov-sign-panel-qr-size, 14rem);
    block-size: var(--egov-sign-panel-qr-size, 14rem);
  }
  .qr-placeholder {
    box-sizing: border-box;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  [part='countdown'] {
    font-variant-numeric: tabular-nums;
  }
  :host([status='signed']) [part='status'] {
    color: var(--_success);
    font-weight: 700;
  }
`;
