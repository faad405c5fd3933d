// Styles only the steps after the questions use (budget meter, documents, review, receipt lists):
// loaded with those steps (after-questions.ts) and added to the form's shadow root then.
import { css } from 'lit';

export const stepsStyles = css`
  .budget {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    margin-bottom: calc(var(--_space) * 2);
    position: sticky;
    top: 0;
    background: var(--_bg);
    z-index: 1;
  }
  .budget[data-state='over'] {
    border: 3px solid var(--_error);
  }
  .budget meter {
    width: 100%;
    height: 1rem;
  }
  .documents {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .document {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .document[data-state='missing'] {
    border-left-color: var(--_error);
  }
  .document[data-state='provided'] {
    border-left-color: var(--_success);
  }
  .document[data-state='registry'] {
    border-left-color: var(--_info);
  }
  .document h3 {
    margin: 0;
  }
  .doc-meta {
    color: var(--_muted);
    margin: calc(var(--_space) / 2) 0 var(--_space);
  }
  .summary-list {
    margin: 0;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary-row .file {
    display: block;
  }
  @media (max-width: 30rem) {
    .summary-row {
      grid-template-columns: 1fr;
    }
  }
  .receipt code {
    overflow-wrap: anywhere;
  }
  /* The budget takes focus only to move the reading position (a summary link): no ring. */
  .budget:focus-visible {
    outline: none;
    box-shadow: none;
  }
  /* Inside the form, each uploader is named by its checklist item's heading and the form shows
     the one shared budget: the uploader's own label and meter would only repeat them. */
  doc-uploader::part(label) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  doc-uploader::part(budget) {
    display: none;
  }
`;
