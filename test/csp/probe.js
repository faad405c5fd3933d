// Runs inside the strict-CSP page: records every CSP violation and reports to the test in the parent frame.
import { verifyPayload } from '/dist/server.js';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});

async function report() {
  await customElements.whenDefined('doc-checklist');
  const checklist = document.querySelector('doc-checklist');
  await checklist.updateComplete;
  // Exercise the kit after load too: re-render in another language and add a new element.
  checklist.setAttribute('lang', 'kk');
  await checklist.updateComplete;
  const extra = document.createElement('doc-checklist');
  extra.setAttribute('service', 'meal-subsidy');
  document.body.append(extra);
  await extra.updateComplete;
  const upload = await exerciseUploader();
  const form = await exerciseForm();
  // Let any late violation event arrive.
  await new Promise((r) => setTimeout(r, 200));
  parent.postMessage(
    {
      type: 'csp-report',
      violations,
      items: checklist.shadowRoot.querySelectorAll('[part="checklist-item"]').length,
      extraItems: extra.shadowRoot.querySelectorAll('[part="checklist-item"]').length,
      trustedTypes: typeof window.trustedTypes !== 'undefined',
      upload,
      form,
    },
    '*',
  );
}

/**
 * When the page has a <doc-uploader>: adds a photo made here, so the compression worker must load
 * (through the kit's Trusted Types policy, from the kit's own origin) and compress under the policy.
 * Any failure is thrown, so the report carries it as `error` and the test fails.
 */
async function exerciseUploader() {
  const uploader = document.querySelector('doc-uploader');
  if (!uploader) return undefined;
  await customElements.whenDefined('doc-uploader');
  await uploader.updateComplete;
  const canvas = new OffscreenCanvas(640, 480);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 640, 480);
  ctx.fillStyle = '#222';
  for (let y = 40; y < 440; y += 24) ctx.fillRect(40, y, 400 + (y % 160), 10);
  const photo = new File([await canvas.convertToBlob({ type: 'image/png' })], 'scan.png', { type: 'image/png' });
  const result = await uploader.addFiles([photo]);
  if (result.accepted.length !== 1) throw new Error(`uploader refused the photo: ${JSON.stringify(result.rejected.map((r) => r.code))}`);
  const workers = performance.getEntriesByType('resource').filter((e) => /compress\.worker/.test(e.name)).map((e) => new URL(e.name).pathname);
  if (workers.length === 0) throw new Error('the compression worker was never loaded');
  if (workers.some((path) => !path.startsWith('/dist/'))) throw new Error(`worker loaded from outside the kit: ${workers}`);
  return { accepted: result.accepted[0].name, type: result.accepted[0].type, bytes: result.accepted[0].size, workers };
}

/** A small JPEG of a drawn page, made here. */
async function pagePhoto(name, width = 600, height = 800) {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d1d28';
  for (let y = 40; y < height - 40; y += 24) ctx.fillRect(40, y, (width - 80) * (0.5 + ((y * 7) % 50) / 100), 10);
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })], name, { type: 'image/jpeg' });
}

/**
 * When the page has a <school-enroll-form>: the whole form under the policy, drafts (IndexedDB)
 * on, every step drawn, the photos attached, signed with the WebCrypto signer through its
 * <sign-panel>, and the payload checked with verifyPayload. Any failure is thrown.
 */
async function exerciseForm() {
  const form = document.querySelector('school-enroll-form');
  if (!form) return undefined;
  await customElements.whenDefined('school-enroll-form');
  form.now = () => new Date('2027-06-10T10:00:00Z'); // inside the default window
  form.registry = { civilRegistry: true };
  form.answers = {
    child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076', birthDate: '2020-08-21' },
    school: 'School-lyceum No. 12, Astana',
    residency: 'citizen',
    statuses: [],
  };
  await form.updateComplete;
  const steps = form.steps.map((s) => s.id);
  for (let i = 1; i < steps.length; i++) {
    await form.goTo(i);
    if (steps[i] === 'documents') {
      const uploader = form.shadowRoot.querySelector('doc-uploader[doc="child-photo"]');
      const added = await uploader.addFiles([await pagePhoto('photo-1.jpg', 300, 400), await pagePhoto('photo-2.jpg', 300, 400)]);
      if (added.accepted.length !== 2) throw new Error(`the form's uploader refused: ${JSON.stringify(added.rejected.map((r) => r.code))}`);
    }
  }
  if (form.currentStep !== 'sign') throw new Error(`the form stopped on ${form.currentStep}`);
  const signed = new Promise((resolve) => form.addEventListener('signed-payload', (e) => resolve(e.detail), { once: true }));
  const panel = form.shadowRoot.querySelector('sign-panel');
  await panel.updateComplete;
  await panel.start('webcrypto');
  const detail = await signed;
  const verified = await verifyPayload(detail, detail.files, {
    service: detail.service,
    acceptSignatures: ['webcrypto'],
    trustedKeys: [detail.signature.certificate],
    now: new Date('2027-06-10T10:00:00Z'),
  });
  if (!verified.ok) throw new Error(`verifyPayload: ${JSON.stringify(verified.mismatches)}`);
  return { steps, service: detail.service, documents: detail.payload.documents.map((d) => d.doc), verified: verified.ok };
}

report().catch((error) => parent.postMessage({ type: 'csp-report', error: String(error), violations }, '*'));
