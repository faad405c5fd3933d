// The form's own styles for every step: header, notices, error summary, question fields, buttons.
// What only the steps after the questions use is in steps.styles.ts, loaded with them.
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--egov-service-form-max-width, 40rem);
    font-size: 1rem;
  }
  :host([hidden]) {
    display: none;
  }
  .header .service-name {
    font-size: 1.125rem;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .notice {
    border-left: 5px solid var(--_info);
    padding: calc(var(--_space) / 2) var(--_space);
    margin: var(--_space) 0;
    background: var(--_bg);
  }
  .notice-closed {
    border-left-color: var(--_error);
    font-weight: 600;
  }
  .progress {
    color: var(--_muted);
    margin: calc(var(--_space) * 2) 0 0;
  }
  h2 {
    font-size: 1.5rem;
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  h3 {
    font-size: 1.125rem;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 2) 0;
  }
  .error-summary h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary li + li {
    /* WCAG 2.2 target size (2.5.8): the summary's links at least 24 px apart. */
    margin-top: 0.5rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
    display: inline-block;
    min-height: 24px;
  }
  a {
    color: var(--_accent);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .field label,
  .field legend {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  .field .options label {
    font-weight: 400;
    display: inline;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) / 2);
  }
  .field-error {
    border-left: 5px solid var(--_error);
    padding-left: var(--_space);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .warning {
    color: var(--_warning);
    margin: 0 0 calc(var(--_space) / 2);
  }
  input[type='text'],
  input[type='date'],
  select,
  textarea {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    max-width: 24rem;
    min-height: 2.75rem;
    padding: calc(var(--_space) / 2);
    border: 2px solid var(--_fg);
    border-radius: 0;
    background: var(--_bg);
    color: var(--_fg);
  }
  .input-iin {
    max-width: 12em;
    letter-spacing: 0.05em;
  }
  .input-number {
    max-width: 8em;
  }
  textarea {
    max-width: 36rem;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .options {
    display: grid;
    gap: var(--_space);
  }
  .options.inline {
    grid-auto-flow: column;
    justify-content: start;
    gap: calc(var(--_space) * 3);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75rem;
  }
  .option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 4);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .checklist-preview {
    display: block;
    margin-block: 1.5rem;
  }
  /* Headings take focus only to move the reading position: no ring (GOV.UK does the same). */
  h2[tabindex='-1']:focus,
  h2[tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
`;
