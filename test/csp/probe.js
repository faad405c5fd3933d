// Runs inside the strict-CSP page: records every CSP violation and reports to the test in the parent frame.
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

report().catch((error) => parent.postMessage({ type: 'csp-report', error: String(error), violations }, '*'));
