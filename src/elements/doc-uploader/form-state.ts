// The uploader as a form control: its processed files as the form value, and its constraint
// validation (the rule in src/upload/validity.ts) put into words on ElementInternals.
import type { LocaleController } from '../../internal/locale-controller.js';
import type { UploadErrorCode } from '../../upload/admit.js';
import { uploaderValidity, type UploaderValidityInput } from '../../upload/validity.js';
import { mb } from './words.js';

export interface FormStateInput extends Omit<UploaderValidityInput, 'files'> {
  /** The form field name (no value without one). */
  name: string;
  files: File[];
  budget: number;
  /** Where the browser points when it reports the problem. */
  anchor?: HTMLElement;
}

export class FormState {
  /** Why it is invalid, as a code (undefined when valid). */
  code: UploadErrorCode | undefined;
  /** The locale the validity message was last written in (it is written again when the language changes). */
  locale: string | undefined;

  constructor(
    private readonly internals: ElementInternals,
    private readonly i18n: LocaleController,
  ) {}

  /** Whether the message was written in another language than the current one. */
  get stale(): boolean {
    return this.locale !== undefined && this.locale !== this.i18n.locale;
  }

  write(input: FormStateInput): void {
    const { internals } = this;
    const { files, name } = input;
    if (name && files.length) {
      const data = new FormData();
      for (const f of files) data.append(name, f);
      internals.setFormValue(data);
    } else internals.setFormValue(null);

    const { t, locale } = this.i18n;
    const { code, flags, params } = uploaderValidity({ ...input, files: files.length });
    let message = '';
    if (code === 'budget-exceeded') message = t('upload.budgetOver', { over: mb(locale, input.overBy), budget: mb(locale, input.budget) });
    else if (code) message = t(`error.${code}`, params);
    this.code = code;
    this.locale = locale;
    internals.setValidity(flags, message, input.anchor);
  }
}
