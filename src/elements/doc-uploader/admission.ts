// Whether a file may come in, and the refusals: each file is checked before decoding (the checks
// load with the first file), a refused file fires `file-rejected` with its message, and the list
// shown keeps codes, put into words at each render (the language may change).
import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../../internal/locale-controller.js';
import type { UploadErrorCode } from '../../upload/admit.js';
import { admitFile } from './lazy-code.js';
import type { Params, Refusal, RejectedFile } from './types.js';
import { mb, typesText } from './words.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly accept: string };

export class Admission {
  /** The refusals shown under the control (the latest batch, and files that failed since). */
  shown: Refusal[] = [];
  /** The params each refusal was made with (the result carries words, the list keeps codes). */
  private readonly params = new WeakMap<RejectedFile, Params>();

  constructor(
    private readonly host: Host,
    private readonly i18n: LocaleController,
  ) {}

  /** Checks a file against `accept` and the budget, by its content. */
  check(file: File, budget: number): ReturnType<typeof admitFile> {
    return admitFile(file, { accept: this.host.accept, budget });
  }

  /** Refuses a file: the event and the result carry the message in today's language; the list keeps the code. */
  reject(file: File, code: UploadErrorCode, params: Params = {}): RejectedFile {
    const message = this.text(code, params);
    const rejection: RejectedFile = { file, name: file.name, code, message };
    this.params.set(rejection, params);
    this.host.dispatchEvent(
      new CustomEvent('file-rejected', { detail: { name: file.name, code, message }, bubbles: true, composed: true }),
    );
    // Said once, by the alert list; not again in the polite live region.
    return rejection;
  }

  /** Shows these refusals in place of the ones shown. */
  show(rejections: RejectedFile[]): void {
    this.shown = rejections.map((r) => this.toRefusal(r));
    this.host.requestUpdate();
  }

  /** Adds one refusal (a file that failed while processed), in place of an older one of the same file. */
  add(rejection: RejectedFile): void {
    this.shown = [...this.shown.filter((r) => r.file !== rejection.file), this.toRefusal(rejection)];
    this.host.requestUpdate();
  }

  /** Each refusal shown, as "name: why". */
  messages(): string[] {
    return this.shown.map((r) => `${r.name}: ${this.text(r.code, r.params)}`);
  }

  /** A refusal's message in the current language. */
  text(code: UploadErrorCode, params: Params): string {
    const shown: Params = { ...params };
    for (const key of ['size', 'max'] as const) {
      if (typeof params[key] === 'number' && (code === 'pdf-too-large' || code === 'budget-exceeded')) {
        shown[key] = mb(this.i18n.locale, params[key] as number);
      }
    }
    if (code === 'file-type') shown.types = typesText(this.host.accept);
    return this.i18n.t(`error.${code}`, shown);
  }

  private toRefusal(rejection: RejectedFile): Refusal {
    return { file: rejection.file, name: rejection.name, code: rejection.code, params: this.params.get(rejection) ?? {} };
  }
}
