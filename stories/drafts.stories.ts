// Stories of the draft notice in <school-enroll-form>: restored, drafts off (full / unavailable), files to attach again, signed in another tab.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/school-enroll-form.js';
import type { SchoolEnrollForm } from '../src/elements/school-enroll-form/school-enroll-form.js';
import {
  DraftStorageError,
  draftChannelName,
  draftKey,
  type Draft,
  type DraftController,
  type DraftInput,
  type DraftStorageErrorCode,
  type DraftStoreLike,
  type MissingFile,
  type SaveResult,
} from '../src/drafts/index.js';

/** A draft state as a story shows it and a test checks it. */
export interface DraftState {
  /** What the store holds when the form loads; none: nothing to restore. */
  draft?: { step: string; files: { doc: string; name: string }[]; missing?: MissingFile[] };
  /** Storage refuses with this code. */
  fails?: DraftStorageErrorCode;
  lang?: 'kk' | 'ru' | 'en';
  /** After the draft is restored, another tab of the same draft key signs the application. */
  signedElsewhere?: boolean;
}

const SAVED_AT = new Date('2027-06-10T09:12:00Z');
const answers = {
  child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076', birthDate: '2020-08-21' },
  school: 'School-lyceum No. 12, Astana',
  residency: 'citizen',
  statuses: [],
  specialNeeds: false,
  homeEducation: false,
  bornAbroad: false,
  schoolYear: 2027,
};

export const draftStates = {
  restored: { draft: { step: 'documents', files: [{ doc: 'birth-certificate', name: 'birth-certificate.jpg' }] } },
  reattach: {
    draft: {
      step: 'documents',
      files: [{ doc: 'birth-certificate', name: 'birth-certificate.jpg' }],
      missing: [
        { doc: 'child-photo', name: 'IMG_2041.jpg' },
        { doc: 'health-063', name: 'vaccinations.pdf' },
      ],
    },
  },
  offFull: { fails: 'quota' },
  offUnavailable: { fails: 'unavailable' },
  signedElsewhere: {
    draft: { step: 'documents', files: [{ doc: 'birth-certificate', name: 'birth-certificate.jpg' }] },
    signedElsewhere: true,
  },
} satisfies Record<string, DraftState>;

/** A processed photo as the uploader makes one (a drawn page, JPEG). */
async function page(name: string): Promise<File> {
  const canvas = new OffscreenCanvas(300, 400);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 300, 400);
  ctx.fillStyle = '#1d1d28';
  for (let y = 30; y < 370; y += 18) ctx.fillRect(30, y, 160 + ((y * 7) % 80), 8);
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })], name, { type: 'image/jpeg' });
}

/** A store in memory that holds the state's draft, or refuses as the state says. */
export class StateStore implements DraftStoreLike {
  constructor(private readonly state: DraftState) {}
  private check(): void {
    if (this.state.fails) throw new DraftStorageError(this.state.fails);
  }
  async load(): Promise<Draft | null> {
    this.check();
    const draft = this.state.draft;
    if (!draft) return null;
    const files = await Promise.all(draft.files.map(async (f) => ({ doc: f.doc, file: await page(f.name) })));
    return { answers: structuredClone(answers), step: draft.step, files, missing: draft.missing ?? [], savedAt: SAVED_AT, expiresAt: new Date(SAVED_AT.getTime() + 7 * 86_400_000) };
  }
  async save(_key: string, draft: DraftInput): Promise<SaveResult> {
    this.check();
    return { savedAt: new Date(), missing: draft.missing ?? [] };
  }
  async clear(): Promise<void> {
    this.check();
  }
  async purgeExpired(): Promise<number> {
    return 0;
  }
}

/** Puts a form (before it is connected) into a draft state. */
export function applyDraftState(form: SchoolEnrollForm, state: DraftState): void {
  form.now = () => new Date('2027-06-10T10:00:00Z');
  form.draftStore = new StateStore(state);
  if (state.signedElsewhere) {
    // A key of its own, so only this form hears the other "tab" (a channel of the same name).
    const key = `story-signed-elsewhere-${++storyKeys}`;
    form.draftKey = key;
    void (async () => {
      await form.updateComplete;
      await (form as unknown as { drafts: DraftController }).drafts.ready;
      const otherTab = new BroadcastChannel(draftChannelName(draftKey('school-enrollment', key, location)));
      otherTab.postMessage({ type: 'cleared', reason: 'signed' });
      otherTab.close();
    })();
  }
}
let storyKeys = 0;

const meta: Meta<DraftState> = {
  title: 'Forms/drafts',
  component: 'school-enroll-form',
  render: (state) => {
    // Set before the form connects: it looks for its draft right after its first render.
    const setup = (el: Element | undefined) => {
      if (el && !(el as HTMLElement).dataset.story) {
        (el as HTMLElement).dataset.story = 'applied';
        applyDraftState(el as SchoolEnrollForm, state);
      }
    };
    return html`<school-enroll-form lang=${state.lang ?? 'en'} school-year="2027" ${ref(setup)}></school-enroll-form>`;
  },
};
export default meta;

type Story = StoryObj<DraftState>;

export const Restored: Story = { args: draftStates.restored };
export const FilesToAttachAgain: Story = { args: draftStates.reattach };
export const DraftsOffStorageFull: Story = { args: draftStates.offFull };
export const DraftsOffUnavailable: Story = { args: draftStates.offUnavailable };
export const SignedInAnotherTab: Story = { args: draftStates.signedElsewhere };
export const RestoredKazakh: Story = { args: { ...draftStates.restored, lang: 'kk' } };
export const RestoredRussian: Story = { args: { ...draftStates.restored, lang: 'ru' } };
