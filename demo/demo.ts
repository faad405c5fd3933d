// The demo host page's own script: service picker, language switch and registry flags, as a government site would wire them.
const buttons = document.querySelectorAll<HTMLButtonElement>('.lang-switch [data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}

const checklist = document.querySelector('doc-checklist');
const controls = document.querySelectorAll<HTMLInputElement>('.host-controls input');
const picker = document.querySelector<HTMLSelectElement>('#service-picker');
const host = document.querySelector<HTMLElement>('#form-host');
const title = document.querySelector<HTMLElement>('#service-title');
const signed = document.querySelector<HTMLElement>('.signed');
const output = document.querySelector<HTMLElement>('#signed-output');

/** The service form on the page: any of the seven tags, all with the same API (docs/design.md "Service forms"). */
type FormElement = HTMLElement & { registry: Record<string, boolean> };
const currentForm = (): FormElement | null => host?.firstElementChild as FormElement | null;

function sync(): void {
  const registry: Record<string, boolean> = {};
  const answers: Record<string, boolean> = {};
  for (const input of controls) (input.hasAttribute('data-answer') ? answers : registry)[input.name] = input.checked;
  const form = currentForm();
  if (form) form.registry = registry;
  if (!checklist) return;
  checklist.registry = registry;
  checklist.answers = answers;
}
for (const input of controls) input.addEventListener('change', sync);

/** Swaps the tag for the chosen service; the checklist below follows it. */
function showService(): void {
  if (!picker || !host) return;
  const option = picker.selectedOptions[0];
  const form = document.createElement(picker.value);
  if (picker.value === 'school-enroll-form') {
    // Demo only: a window that opened this month, so the whole flow can be tried today.
    // A real site sets the dates its admission rules give (e.g. opens="04-01" closes="08-31").
    const today = new Date();
    form.setAttribute('opens', `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`);
    form.setAttribute('closes', '08-31');
  }
  host.replaceChildren(form);
  if (title) title.textContent = option.textContent;
  checklist?.setAttribute('service', option.dataset.service!);
  if (signed) signed.hidden = true;
  sync();
}
picker?.addEventListener('change', showService);
showService();

// A real site would send this to its back end, which runs verifyPayload on it and the files.
host?.addEventListener('signed-payload', (event) => {
  const { payload, digest, files } = (event as CustomEvent<{ payload: unknown; digest: string; files: File[] }>).detail;
  if (output) output.textContent = JSON.stringify({ digest, files: files.map((f) => `${f.name} (${f.size} bytes)`), payload }, null, 2);
  if (signed) signed.hidden = false;
});
