// The demo host page's own script: language switch and registry flags, as a government site would wire them.
const buttons = document.querySelectorAll<HTMLButtonElement>('.lang-switch [data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}

const checklist = document.querySelector('doc-checklist');
const controls = document.querySelectorAll<HTMLInputElement>('.host-controls input');
function sync(): void {
  if (!checklist) return;
  const registry: Record<string, boolean> = {};
  const answers: Record<string, boolean> = {};
  for (const input of controls) (input.hasAttribute('data-answer') ? answers : registry)[input.name] = input.checked;
  checklist.registry = registry;
  checklist.answers = answers;
}
for (const input of controls) input.addEventListener('change', sync);
sync();
