// Runs inside the strict-CSP page of one entry (dist/school-enroll-form.js): the page language, a
// switch to another (a chunk loaded then), and the parts a form loads on the parent's first focus.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});

async function report() {
  await customElements.whenDefined('school-enroll-form');
  const form = document.querySelector('school-enroll-form');
  await form.updateComplete;
  const russian = /[а-яё]/i.test(form.shadowRoot.textContent) && !/[әғқңөұүһі]/i.test(form.shadowRoot.textContent);
  form.shadowRoot.querySelector('input').focus();
  await form.updateComplete;
  const defined = ['doc-checklist', 'doc-uploader', 'sign-panel'].filter((tag) => customElements.get(tag));
  await new Promise((r) => setTimeout(r, 200));
  parent.postMessage({ type: 'csp-report', violations, russian, defined, trustedTypes: typeof window.trustedTypes !== 'undefined' }, '*');
}

report().catch((error) => parent.postMessage({ type: 'csp-report', error: String(error), violations }, '*'));
