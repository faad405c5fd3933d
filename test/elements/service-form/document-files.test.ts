// The form's view of its files (document-files.ts), read from the attachments model: files per
// document, the photo-aspect warning, files set aside when a document leaves the checklist and given
// back when it returns, and the attachments a payload is built from, in checklist order.
import { expect } from '@open-wc/testing';
import { Attachments, type AttachmentFile, type AttachmentRestore, type AttachmentSource } from '../../../src/attachments/attachments.js';
import { collectAttachments, DocumentFiles } from '../../../src/elements/service-form/document-files.js';
import type { ChecklistItem } from '../../../src/rules/index.js';

function file(name: string, width?: number, height?: number): AttachmentFile {
  return { file: new File(['x'.repeat(10)], name, { type: 'image/jpeg' }), width, height, original: { name, size: 1000, type: 'image/jpeg', width, height } };
}

class FakeSource implements AttachmentSource {
  fileInfo: AttachmentFile[] = [];
  busy = false;
  restored: AttachmentRestore[][] = [];
  constructor(readonly doc: string) {}
  async restoreFiles(files: Iterable<AttachmentRestore>) {
    const list = [...files];
    this.restored.push(list);
    this.fileInfo = list.map((f) => ({ file: f.file, width: f.width, height: f.height, original: f.original! }));
    return { accepted: list.map((f) => f.file), rejected: [] };
  }
}

const item = (doc: string, state: ChecklistItem['state'] = 'required'): ChecklistItem => ({ doc, state, count: 1, reason: 'always' }) as ChecklistItem;
const host = () => ({ updates: 0, requestUpdate() { this.updates++; }, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) });

describe('service-form/document-files', () => {
  it('the payload\'s attachments follow the checklist\'s order, with what each original was', () => {
    const model = new Attachments();
    const photo = new FakeSource('child-photo');
    const cert = new FakeSource('birth-certificate');
    model.register(photo);
    model.register(cert);
    photo.fileInfo = [file('p1.jpg', 300, 400), file('p2.jpg')];
    cert.fileInfo = [file('c.jpg', 1000, 1400)];
    const { attachments, files } = collectAttachments(model, ['birth-certificate', 'child-photo', 'not-registered']);
    expect(attachments.map((a) => `${a.doc}:${(a.file as File).name}`)).to.deep.equal(['birth-certificate:c.jpg', 'child-photo:p1.jpg', 'child-photo:p2.jpg']);
    expect(attachments[0].original).to.deep.equal({ size: 1000, width: 1000, height: 1400 });
    expect(attachments[2].original).to.deep.equal({ size: 1000 }, 'no dimensions when the original had none');
    expect(files.map((f) => f.name)).to.deep.equal(['c.jpg', 'p1.jpg', 'p2.jpg']);
  });

  it('counts files per document and warns of a photo far from 3×4', () => {
    const model = new Attachments();
    const photo = new FakeSource('child-photo');
    model.register(photo);
    const h = host();
    const files = new DocumentFiles(h, () => model);
    photo.fileInfo = [file('p1.jpg', 300, 400)];
    files.changed('child-photo');
    expect(files.attached).to.deep.equal({ 'child-photo': 1 });
    expect(files.aspectWarnings).to.deep.equal({ 'child-photo': false });
    photo.fileInfo = [file('p1.jpg', 300, 400), file('wide.jpg', 1600, 400)];
    files.changed('child-photo');
    expect(files.attached).to.deep.equal({ 'child-photo': 2 });
    expect(files.aspectWarnings).to.deep.equal({ 'child-photo': true });
    expect(h.updates).to.equal(2);
  });

  it('a document that leaves the checklist has its files set aside, and gets them back when it returns empty', async () => {
    const model = new Attachments();
    const cert = new FakeSource('marriage-certificate');
    model.register(cert);
    const files = new DocumentFiles(host(), () => model);
    cert.fileInfo = [file('m.jpg', 1000, 1400)];
    files.changed('marriage-certificate');
    files.follow([item('child-photo')]);
    expect(files.attached).to.deep.equal({});
    expect(files.aspectWarnings).to.deep.equal({});
    // Its uploader went with it; a new one comes when the answer brings the document back.
    model.unregister(cert);
    files.giveBack();
    const back = new FakeSource('marriage-certificate');
    model.register(back);
    files.follow([item('child-photo'), item('marriage-certificate')]);
    files.giveBack();
    expect(back.restored).to.have.length(1);
    expect(back.restored[0].map((f) => f.file.name)).to.deep.equal(['m.jpg']);
    files.giveBack();
    expect(back.restored).to.have.length(1, 'given back once');
  });

  it('a document from the registry takes no uploader: its count goes; a reset forgets what was set aside', () => {
    const model = new Attachments();
    const cert = new FakeSource('birth-certificate');
    model.register(cert);
    const files = new DocumentFiles(host(), () => model);
    cert.fileInfo = [file('b.jpg')];
    files.changed('birth-certificate');
    files.follow([item('birth-certificate', 'registry')]);
    expect(files.attached).to.deep.equal({});
    files.reset();
    const again = new FakeSource('birth-certificate');
    model.register(again);
    files.giveBack();
    expect(again.restored).to.have.length(0);
  });
});
