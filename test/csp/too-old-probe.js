// Inside too-old.html (strict CSP, needed APIs removed): reports what each element shows, and any violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});
const tags = ['school-enroll-form', 'doc-uploader', 'doc-checklist'];
Promise.all(tags.map((t) => customElements.whenDefined(t)))
  .then(async () => {
    await new Promise((r) => setTimeout(r, 200));
    const shown = tags.map((t) => {
      const el = document.querySelector(t);
      return { tag: t, lang: el.getAttribute('lang'), text: el.shadowRoot?.querySelector('[part="message"]')?.textContent ?? null };
    });
    parent.postMessage({ type: 'csp-report', violations, shown }, '*');
  })
  .catch((error) => parent.postMessage({ type: 'csp-report', violations, error: String(error) }, '*'));
