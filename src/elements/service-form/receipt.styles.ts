// Styles of the views after signing (receipt.ts), with the print stylesheet: loaded with them (after-questions.ts).
import { css } from 'lit';

/** Styles of these views, with the print stylesheet: only the receipt, in black on white, no buttons. */
export const receiptStyles = css`
  .sending {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_info);
  }
  .sending p {
    margin: 0;
  }
  .sending .hint {
    flex-basis: 100%;
  }
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: egov-spin 1s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes egov-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .submit-error {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_error);
  }
  .submit-error h3 {
    margin-top: 0;
  }
  .next-steps li + li {
    margin-top: var(--_space);
  }
  .technical {
    margin-top: calc(var(--_space) * 3);
  }
  .technical code {
    word-break: break-all;
  }
  [data-reference] {
    font-size: 1.25rem;
  }
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
    }
    .no-print,
    .nav,
    button,
    .progress,
    [part='draft-status'] {
      display: none !important;
    }
    .receipt {
      border: none !important;
    }
    .receipt * {
      color: #000 !important;
      background: transparent !important;
    }
  }
`;
