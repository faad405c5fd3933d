import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/doc-uploader.js';
import { applyState, docUploaderStates, type DocUploaderState } from './states/doc-uploader.states.js';

import { bindArgs } from './support/bind-args.js';

type Args = { state: DocUploaderState; lang?: 'kk' | 'ru' | 'en' } & Record<string, unknown>;

/** Renders the element and replays the state's files into it (made in the browser, nothing shipped). */
const render = (args: Args) => {
  const { state } = args;
  const el = document.createElement('doc-uploader');
  el.setAttribute('name', 'documents');
  bindArgs(el, args);
  queueMicrotask(() => void el.updateComplete.then(() => applyState(el, state)));
  return el;
};

const meta: Meta<Args> = {
  title: 'Elements/doc-uploader',
  component: 'doc-uploader',
  render,
};
export default meta;

type Story = StoryObj<Args>;
const s = docUploaderStates;

export const Empty: Story = { args: { state: s.empty } };
export const FilesInProgress: Story = { args: { state: s.inProgress } };
export const SubmittedWhileProcessing: Story = { args: { state: s.filesProcessing } };
export const Done: Story = { args: { state: s.done } };
export const NearBudget: Story = { args: { state: s.nearBudget } };
export const OverBudget: Story = { args: { state: s.overBudget } };
export const OneOfTwoAttached: Story = { args: { state: s.oneOfTwo } };
/** A 360 px phone: each card keeps name, size, state and actions apart. */
export const PhoneLongNames: Story = {
  args: { state: s.longNames },
  render: (args) => {
    const frame = document.createElement('div');
    frame.style.maxWidth = '360px';
    frame.append(render(args));
    return frame;
  },
};
export const BelowA4At150Dpi: Story = { args: { state: s.belowMinEdge } };
export const WrongExtensionAccepted: Story = { args: { state: s.wrongExtension } };
export const ErrorFileEmpty: Story = { args: { state: s.fileEmpty } };
export const ErrorFileUnreadable: Story = { args: { state: s.fileUnreadable } };
export const ErrorFileUnreadableLarge: Story = { args: { state: s.fileUnreadableLarge } };
export const ErrorFileTruncated: Story = { args: { state: s.fileTruncated } };
export const ErrorFileType: Story = { args: { state: s.fileType } };
export const ErrorTypeNotAccepted: Story = { args: { state: s.fileTypeNotAccepted } };
export const ErrorSvg: Story = { args: { state: s.fileSvg } };
export const ErrorImageTooLarge: Story = { args: { state: s.imageTooLarge } };
export const ErrorHeicUnsupported: Story = { args: { state: s.heicUnsupported } };
export const ErrorPdfEncrypted: Story = { args: { state: s.pdfEncrypted } };
export const ErrorPdfTooLarge: Story = { args: { state: s.pdfTooLarge } };
export const ErrorTooManyFiles: Story = { args: { state: s.tooManyFiles } };
export const ErrorTooFewFiles: Story = { args: { state: s.tooFewFiles } };
export const ErrorFileRequired: Story = { args: { state: s.fileRequired } };
export const DoneKazakh: Story = { args: { state: s.done, lang: 'kk' } };
export const DoneRussian: Story = { args: { state: s.done, lang: 'ru' } };
export const DoneEnglish: Story = { args: { state: s.done, lang: 'en' } };
export const OverBudgetRussian: Story = { args: { state: s.overBudget, lang: 'ru' } };
export const ErrorHeicKazakh: Story = { args: { state: s.heicUnsupported, lang: 'kk' } };
