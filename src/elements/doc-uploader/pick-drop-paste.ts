// How files come in: the picker (a hidden file input, also for "replace"), drag and drop onto the
// drop zone, and paste anywhere in the uploader. Each hands the files to the uploader's addFiles or
// replaceFile, as a person's action; nothing comes in while the uploader is disabled.
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface PickDropPasteOptions {
  /** Whether files may come in now (not while disabled). */
  enabled(): boolean;
  /** Whether the picker offers more than one file. */
  many(): boolean;
  add(files: File[]): void;
  /** Replaces the file listed under `id` (false when it went meanwhile: the file is then added). */
  replace(id: string, file: File): boolean;
}

export class PickDropPaste {
  /** Something is being dragged over the drop zone. */
  dragging = false;
  /** The entry the open picker replaces. */
  private replacing: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PickDropPasteOptions,
  ) {
    host.addEventListener('paste', this.onPaste);
  }

  /** Opens the picker, to add files or to replace the entry `replaceId`. */
  open(replaceId?: string): void {
    if (!this.options.enabled()) return;
    this.replacing = replaceId;
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#input')!;
    input.multiple = replaceId ? false : this.options.many();
    input.click();
  }

  readonly onInputChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const replacing = this.replacing;
    this.replacing = undefined;
    if (!files.length) return;
    if (!replacing || !this.options.replace(replacing, files[0])) this.options.add(files);
  };

  readonly onDragOver = (event: DragEvent) => {
    if (!this.options.enabled()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.drag(true);
  };

  readonly onDragLeave = () => {
    this.drag(false);
  };

  readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.drag(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length && this.options.enabled()) this.options.add(files);
  };

  private readonly onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || !this.options.enabled()) return;
    event.preventDefault();
    this.options.add(files);
  };

  private drag(on: boolean): void {
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }
}
