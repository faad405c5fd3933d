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
  // Let any late violation event arrive.
  await new Promise((r) => setTimeout(r, 200));
  parent.postMessage(
    {
      type: 'csp-report',
      violations,
      items: checklist.shadowRoot.querySelectorAll('[part="checklist-item"]').length,
      extraItems: extra.shadowRoot.querySelectorAll('[part="checklist-item"]').length,
      trustedTypes: typeof window.trustedTypes !== 'undefined',
    },
    '*',
  );
}

report().catch((error) => parent.postMessage({ type: 'csp-report', error: String(error), violations }, '*'));
