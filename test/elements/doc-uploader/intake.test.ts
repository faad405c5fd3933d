// Files in and out on a small host (no uploader): adding under max-files (a place is held while a file
// is checked), one file replacing the one there without `multiple`, a reset while a file is read,
// replacing and removing, restoring a draft's files, and the files as the budget pool sees them.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BudgetPool } from '../../../src/context/budget.js';
import { LocaleController } from '../../../src/internal/locale-controller.js';
import { Admission } from '../../../src/elements/doc-uploader/admission.js';
import { Intake } from '../../../src/elements/doc-uploader/intake.js';
import { sha256Hex } from '../../../src/upload/digest.js';
import { pdfFile, textFile } from '../../fixtures/files.js';

class IntakeHost extends LitElement {
  accept = 'image/jpeg,application/pdf';
  multiple = true;
  maxFiles: number | undefined = undefined;
  enabled = true;
  readonly pool = new BudgetPool();
  /** What the intake told its host, in order. */
  readonly said: string[] = [];
  /** `busy` as seen at each `checking` call. */
  readonly busySeen: boolean[] = [];
  readonly i18n = new LocaleController(this, ['upload']);
  readonly admission = new Admission(this, this.i18n);
  readonly intake: Intake = new Intake(
    {
      pool: () => this.pool,
      enabled: () => this.enabled,
      multiple: () => this.multiple,
      maxFiles: () => this.maxFiles,
      update: () => this.requestUpdate(),
      checking: () => this.busySeen.push(this.intake.busy),
      changed: (files) => this.said.push(files ? 'change' : 'usage'),
      announce: (removed) => this.said.push(removed ? `announce removed:${removed.name}` : 'announce'),
    },
    this.admission,
  );
  constructor() {
    super();
    this.pool.join(this.intake);
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.i18n.settled();
    return done;
  }
}
customElements.define('intake-orchestration-host', IntakeHost);

const names = (files: File[]) => files.map((f) => f.name);
const listed = (el: IntakeHost) => el.intake.queue.entries.map((e) => e.source.name);

async function host(setup: Partial<Pick<IntakeHost, 'multiple' | 'maxFiles' | 'accept'>> = {}): Promise<IntakeHost> {
  const el = await fixture<IntakeHost>(html`<intake-orchestration-host lang="en"></intake-orchestration-host>`);
  Object.assign(el, setup);
  return el;
}

describe('doc-uploader/Intake', () => {
  it('adds files in order and resolves with the processed ones; one over max-files is refused alone', async () => {
    const el = await host({ maxFiles: 2 });
    const rejected: string[] = [];
    el.addEventListener('file-rejected', (e) => rejected.push((e as CustomEvent).detail.code));
    const result = await el.intake.add([pdfFile('a.pdf'), pdfFile('b.pdf'), pdfFile('c.pdf')]);
    expect(names(result.accepted)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(result.rejected.map((r) => `${r.name}:${r.code}`)).to.deep.equal(['c.pdf:too-many-files']);
    expect(rejected).to.deep.equal(['too-many-files']);
    expect(el.admission.shown.map((r) => r.name), 'the refusal is shown').to.deep.equal(['c.pdf']);
    expect(listed(el)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(el.said.at(-1), 'the set of processed files changed').to.equal('change');
    expect(el.intake.busy).to.equal(false);
  });

  it('a place is held until its file is listed: two picks whose checks end together never pass max-files', async () => {
    const el = await host({ maxFiles: 2 });
    // The first file of each call is checked slowly, and both checks end in the same moment (as a pick
    // and a drop at once did in WebKit); the place must not be free between a check's end and the listing.
    const check = el.admission.check.bind(el.admission);
    const gates: (() => void)[] = [];
    el.admission.check = ((file: File, budget: number) =>
      file.name.endsWith('1.pdf') ? check(file, budget).then((outcome) => new Promise((go) => gates.push(() => go(outcome)))) : check(file, budget)) as typeof el.admission.check;
    const picked = el.intake.add([pdfFile('a1.pdf'), pdfFile('a2.pdf')]);
    const dropped = el.intake.add([pdfFile('b1.pdf'), pdfFile('b2.pdf')]);
    while (gates.length < 2) await new Promise((r) => setTimeout(r, 5));
    for (const go of gates) go();
    const [one, two] = await Promise.all([picked, dropped]);
    expect(listed(el)).to.have.length(2);
    expect([...one.rejected, ...two.rejected].map((r) => r.code)).to.deep.equal(['too-many-files', 'too-many-files']);
    expect(el.intake.reserved).to.equal(0);
    expect(el.intake.busy).to.equal(false);
  });

  it('a place is held while a file is checked: two calls at once cannot both take the last one', async () => {
    const el = await host({ maxFiles: 1 });
    const first = el.intake.add([pdfFile('a.pdf')]);
    expect(el.intake.busy, 'busy from the moment the file is chosen').to.equal(true);
    const second = el.intake.add([pdfFile('b.pdf')]);
    const [one, two] = await Promise.all([first, second]);
    expect(names(one.accepted)).to.deep.equal(['a.pdf']);
    expect(two.rejected.map((r) => r.code)).to.deep.equal(['too-many-files']);
    // Reported as the check starts and as the file is listed: busy throughout, with no moment in between when it is not.
    expect(el.busySeen.slice(0, 2), 'checking is reported as it starts and ends').to.deep.equal([true, true]);
  });

  it('without multiple, one file replaces the one there, but only once it passes its checks', async () => {
    const el = await host({ multiple: false });
    await el.intake.add([pdfFile('a.pdf')]);
    const refused = await el.intake.add([textFile('notes.pdf')]);
    expect(refused.rejected.map((r) => r.code)).to.deep.equal(['file-type']);
    expect(listed(el), 'a refused file leaves the old one').to.deep.equal(['a.pdf']);
    const result = await el.intake.add([pdfFile('b.pdf')]);
    expect(names(result.accepted)).to.deep.equal(['b.pdf']);
    expect(listed(el)).to.deep.equal(['b.pdf']);
    expect(el.said, 'not said as a removal by the person').to.not.include('announce removed:a.pdf');
  });

  it('a reset while a file is read: nothing comes in after it, and nothing is listed', async () => {
    const el = await host();
    const pending = el.intake.add([pdfFile('a.pdf'), pdfFile('b.pdf')]);
    el.intake.reset();
    const result = await pending;
    expect(result.accepted).to.deep.equal([]);
    expect(listed(el)).to.deep.equal([]);
    expect(el.intake.busy).to.equal(false);

    await el.intake.add([pdfFile('c.pdf')]);
    const replacing = el.intake.replace(0, pdfFile('d.pdf'));
    el.intake.reset();
    expect(await replacing, 'a replacement read across a reset adds nothing').to.deep.equal({ accepted: [], rejected: [] });
    expect(listed(el)).to.deep.equal([]);
  });

  it('replace keeps the old file when the new one is refused, else puts the new one in its place', async () => {
    const el = await host();
    await el.intake.add([pdfFile('a.pdf'), pdfFile('b.pdf')]);
    const refused = await el.intake.replace(0, textFile('x.pdf'));
    expect(refused.rejected.map((r) => r.code)).to.deep.equal(['file-type']);
    expect(listed(el)).to.deep.equal(['a.pdf', 'b.pdf']);
    const result = await el.intake.replace(0, pdfFile('c.pdf'));
    expect(names(result.accepted)).to.deep.equal(['c.pdf']);
    expect(listed(el)).to.deep.equal(['c.pdf', 'b.pdf']);
    expect(el.intake.replaceListed('nobody', pdfFile('d.pdf')), 'an entry that went is not replaced').to.equal(false);
    const id = el.intake.queue.entries[1].id;
    expect(el.intake.replaceListed(id, pdfFile('e.pdf'))).to.equal(true);
  });

  it('replacing a file removed meanwhile adds the new one only if there is room', async () => {
    const el = await host({ maxFiles: 2 });
    await el.intake.add([pdfFile('a.pdf'), pdfFile('b.pdf')]);
    const pending = el.intake.replace(0, pdfFile('c.pdf'));
    el.intake.remove(0);
    const result = await pending;
    expect(names(result.accepted)).to.deep.equal(['c.pdf']);
    expect(listed(el)).to.deep.equal(['b.pdf', 'c.pdf']);

    const full = await host({ maxFiles: 1 });
    await full.intake.add([pdfFile('a.pdf')]);
    const late = full.intake.replace(0, pdfFile('c.pdf'));
    full.intake.remove(0);
    await full.intake.add([pdfFile('b.pdf')]);
    expect((await late).rejected.map((r) => r.code)).to.deep.equal(['too-many-files']);
    expect(listed(full)).to.deep.equal(['b.pdf']);
  });

  it('remove by position or by File: said as the person removed it, the budget planned without it', async () => {
    const el = await host();
    const { accepted } = await el.intake.add([pdfFile('a.pdf', 3000), pdfFile('b.pdf', 5000), pdfFile('c.pdf')]);
    expect(el.intake.usedBytes()).to.equal(accepted.reduce((s, f) => s + f.size, 0));
    el.said.length = 0;
    el.intake.remove(1);
    expect(el.said).to.deep.equal(['announce removed:b.pdf', 'change']);
    el.intake.remove(accepted[2]);
    el.intake.remove(99);
    expect(listed(el)).to.deep.equal(['a.pdf']);
    expect(el.pool.used).to.equal(accepted[0].size);
    expect(el.intake.planItems().map((i) => i.name)).to.deep.equal(['a.pdf']);
  });

  it('restore keeps a processed file byte for byte and refuses what fails its checks, shown', async () => {
    const el = await host();
    const kept = pdfFile('birth.pdf', 4000);
    const result = await el.intake.restore([{ file: kept }, { file: textFile('bad.pdf') }]);
    expect(result.accepted).to.deep.equal([kept]);
    expect(result.rejected.map((r) => `${r.name}:${r.code}`)).to.deep.equal(['bad.pdf:file-type']);
    expect(el.admission.shown.map((r) => r.name)).to.deep.equal(['bad.pdf']);
    expect(el.intake.queue.files).to.deep.equal([kept]);
    expect(el.intake.queue.fileInfo[0].sha256).to.equal(await sha256Hex(kept));
    expect(el.said.at(-1)).to.equal('change');
  });

  it('nothing comes in while disabled', async () => {
    const el = await host();
    el.enabled = false;
    const result = await el.intake.add([pdfFile('a.pdf')]);
    expect(result).to.deep.equal({ accepted: [], rejected: [] });
    expect(listed(el)).to.deep.equal([]);
  });
});
