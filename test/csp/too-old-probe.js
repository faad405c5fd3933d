// Inside too-old.html (strict CSP, needed APIs removed): reports what each element shows, and any violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});
const tags = ['school-enroll-form', 'doc-uploader', 'doc-checklist'];
Promise.all(tags.map((t) => customElements.whenDefined(t)))
  .then(async () => {
    const read = () =>
      tags.map((t) => {
        const el = document.querySelector(t);
        return { tag: t, lang: el.getAttribute('lang'), text: el.shadowRoot?.querySelector('[part="message"]')?.textContent ?? null };
      });
    // Only the page's language (en) loads with the kit; kk and ru arrive on demand: wait (up to 5 s)
    // until no two elements of different languages show the same text.
    let shown = read();
    for (let i = 0; i < 50 && new Set(shown.map((s) => s.text)).size < shown.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      shown = read();
    }
    parent.postMessage({ type: 'csp-report', violations, shown }, '*');
  })
  .catch((error) => parent.postMessage({ type: 'csp-report', violations, error: String(error) }, '*'));
