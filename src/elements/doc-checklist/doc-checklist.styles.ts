import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    margin: 0;
  }
  h2 {
    font-size: var(--egov-doc-checklist-title-size, 1.25rem);
    margin: 0 0 var(--_space);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  li[data-state='missing'] {
    border-left-color: var(--_error);
  }
  li[data-state='provided'] {
    border-left-color: var(--_success);
  }
  li[data-state='optional'] {
    border-left-color: var(--_border);
  }
  li[data-state='registry'] {
    border-left-color: var(--_info);
  }
  .icon {
    grid-row: span 3;
    font-weight: 700;
    inline-size: 1.5rem;
    text-align: center;
  }
  [part='item-name'] {
    font-weight: 600;
  }
  [part='item-state'] {
    font-size: 0.9375rem;
  }
  [part='item-reason'] {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  li[data-state='missing'] [part='item-state'] {
    color: var(--_error);
  }
  :host([preview]) li[data-state='missing'] {
    border-left-color: var(--_border);
  }
  :host([preview]) li[data-state='missing'] [part='item-state'] {
    color: inherit;
  }
  li[data-state='provided'] [part='item-state'] {
    color: var(--_success);
  }
`;
