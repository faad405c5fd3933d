// Styles of <doc-uploader>: tokens only, so hosts theme it with --egov-* properties.
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='hint'] {
    color: var(--_muted);
    font-size: 0.9375rem;
    margin-block-end: var(--_space);
  }
  [part='drop-zone'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--egov-doc-uploader-drop-zone-bg, var(--_bg));
  }
  [part='drop-zone'][data-dragging] {
    border-color: var(--_accent);
    border-style: solid;
  }
  button {
    font: inherit;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  [part='button'] {
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [part='budget'] {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  [part='budget-meter'] {
    inline-size: 10rem;
  }
  [part='error-message'] {
    color: var(--_error);
  }
  [part='error-message'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='file-list'] {
    container-type: inline-size;
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part='file'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='thumbnail'] {
    inline-size: var(--egov-doc-uploader-thumbnail-size, 3rem);
    block-size: var(--egov-doc-uploader-thumbnail-size, 3rem);
    object-fit: contain;
    background: var(--_bg);
  }
  .badge {
    display: grid;
    place-items: center;
    font-weight: 700;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .meta {
    display: grid;
    min-inline-size: 0;
  }
  [part='file-name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .renamed,
  [part='file-size'] {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9375rem;
  }
  [part='progress'] {
    inline-size: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='count'] {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  /* Phones (a card under about 30rem, i.e. 360–390 px screens): the actions go under the name, so
     the name keeps the card's width (it is shortened in the middle, the extension stays). */
  @container (max-width: 30rem) {
    [part='file'] {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .actions {
      grid-column: 1 / -1;
      justify-content: flex-end;
    }
  }
`;
