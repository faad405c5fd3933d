// The required-document checklist: renders a requiredDocuments() result, never decides it.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  requiredDocuments,
  type ChecklistItem,
  type DocumentId,
  type ServiceId,
} from '../../rules/index.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './doc-checklist.styles.js';
import { reasonParams, type ItemDisplayState } from './checklist-view.js';
import { documentStatus } from '../../upload/display.js';

/**
 * @tagname doc-checklist
 * @summary The list of documents an application needs, with why each is asked for and whether
 * it is attached, optional, or already in state records.
 *
 * Give it `items` (a `requiredDocuments()` result), or a `service` with `answers` and `registry`
 * and it asks the rules itself. `provided` says how many files each document has.
 *
 * @csspart base - The wrapper (a `<section>`).
 * @csspart title - The heading.
 * @csspart list - The `<ul>` of items.
 * @csspart checklist-item - One document (`<li>`), with `data-doc` (document id) and
 *   `data-state` (`missing`, `provided`, `optional` or `registry`).
 * @csspart item-name - The document's name.
 * @csspart item-state - The item's state in words.
 * @csspart item-reason - Why the document is on the list.
 *
 * @cssprop --egov-doc-checklist-title-size - Font size of the heading.
 * @cssprop --egov-color-error - Accent of missing documents.
 * @cssprop --egov-color-success - Accent of provided documents.
 * @cssprop --egov-color-info - Accent of documents found in state records.
 *
 * @slot heading - Replaces the default heading text.
 */
export class DocChecklist extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    items: { attribute: false },
    service: { reflect: true },
    answers: { attribute: false },
    registry: { attribute: false },
    medicalCertificates: { attribute: 'medical-certificates' },
    provided: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    preview: { type: Boolean, reflect: true },
    lang: { reflect: true },
  };

  /** The checklist to show (a `requiredDocuments()` result). Computed from `service` when not set. */
  declare items: ChecklistItem[] | undefined;
  /** Service id; with `answers` and `registry`, the element asks the rules for the items. */
  declare service: ServiceId | undefined;
  /** The service's answers (used with `service`). */
  declare answers: Record<string, unknown>;
  /** What the state systems already hold (used with `service`). */
  declare registry: Record<string, boolean>;
  /** `optional` (default) or `required`: whether medical certificates are required (school enrolment). */
  declare medicalCertificates: 'optional' | 'required';
  /** How many files are attached per document id. */
  declare provided: Partial<Record<DocumentId, number>>;
  /** Level of the heading (2 by default) so it fits the host page's outline. */
  declare headingLevel: number;
  /** A preview before the documents can be attached: a missing document is a neutral "to do", not an error. */
  declare preview: boolean;

  private readonly i18n = new LocaleController(this, ['files']);

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.i18n.settled();
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  constructor() {
    super();
    this.answers = {};
    this.registry = {};
    this.medicalCertificates = 'optional';
    this.provided = {};
    this.headingLevel = 2;
    this.preview = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.update();
  }

  /** The items shown: `items` when given, else the rules' answer for `service`. */
  get resolvedItems(): ChecklistItem[] {
    if (this.items) return this.items;
    if (!this.service) return [];
    return requiredDocuments(this.service, this.answers, this.registry, {
      medicalCertificates: this.medicalCertificates,
    });
  }

  protected override render() {
    const { t } = this.i18n;
    const items = this.resolvedItems;
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    return html`
      <section part="base" aria-labelledby="title">
        <div id="title" part="title" role="heading" aria-level=${level}>
          <slot name="heading">${t('ui.checklistTitle')}</slot>
        </div>
        ${items.length === 0
          ? html`<p part="empty">${t('ui.checklistEmpty')}</p>`
          : html`<ul part="list">
              ${items.map((item) => this.renderItem(item))}
            </ul>`}
      </section>
    `;
  }

  private renderItem(item: ChecklistItem) {
    const { t, locale } = this.i18n;
    const status = documentStatus(item, this.provided[item.doc] ?? 0);
    const state: ItemDisplayState = status.state;
    return html`
      <li part="checklist-item" data-doc=${item.doc} data-state=${state}>
        <span class="icon" aria-hidden="true">${this.preview && state === 'missing' ? '○' : ICONS[state]}</span>
        <span part="item-name">${t(`document.${item.doc}`)}${item.count > 1
            ? html` <span part="item-count">(${t('ui.fileCount', { n: item.count })})</span>`
            : nothing}</span>
        <span part="item-state" data-attached=${status.attached} data-total=${status.total}
          >${status.partial
            ? t('ui.attachedOf', { n: status.attached, total: status.total })
            : html`${this.preview && state === 'missing' ? t('ui.toDo') : t(`state.${state}`)}${status.total > 1 && state !== 'registry'
                ? html` · ${t('ui.attachedOf', { n: status.attached, total: status.total })}`
                : nothing}`}</span
        >
        <span part="item-reason">${t(`reason.${item.reason}`, reasonParams(locale, item))}</span>
      </li>
    `;
  }
}

const ICONS: Record<ItemDisplayState, string> = {
  missing: '!',
  provided: '✓',
  optional: '○',
  registry: 'ⓘ',
};
