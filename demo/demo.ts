// The demo host page's own script: service picker, language switch and registry flags, as a government site would wire them,
// and the hand-off of the signed detail to the reference receiver (npm start) on the same origin.
import { DemoKeySigner } from './demo-signer.js';

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
const receipt = document.querySelector<HTMLElement>('.receiver');
const receiptOutput = document.querySelector<HTMLElement>('#receiver-output');

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
  // DEMO ONLY: sign with the fixed development key the receiver pins (demo/demo-signer.ts).
  (form as HTMLElement & { signer?: unknown }).signer = new DemoKeySigner();
  host.replaceChildren(form);
  if (title) title.textContent = option.textContent;
  checklist?.setAttribute('service', option.dataset.service!);
  if (signed) signed.hidden = true;
  if (receipt) receipt.hidden = true;
  sync();
}
picker?.addEventListener('change', showService);
showService();

type Detail = { service: string; payload: unknown; canonical: string; digest: string; signature: unknown; files: File[] };

/**
 * Sends the signed detail to the receiver as a site's back end would take it: multipart, the detail
 * as JSON (without the files) and the files in the order of payload.documents. The receiver runs
 * verifyPayload (egov-forms/server) and answers { ok, reference } or { ok: false, codes }.
 */
async function submitToReceiver(detail: Detail): Promise<string> {
  const body = new FormData();
  const { files, ...rest } = detail;
  body.append('detail', JSON.stringify(rest));
  for (const file of files) body.append('files', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/applications/${encodeURIComponent(detail.service)}`, { method: 'POST', body });
  } catch {
    return 'The receiver could not be reached (it runs with npm start).';
  }
  const answer = (await response.json().catch(() => ({}))) as { ok?: boolean; reference?: string; codes?: string[] };
  if (response.ok && answer.ok && answer.reference) return `Received. Reference: ${answer.reference}`;
  return `Refused (${response.status}): ${(answer.codes ?? ['no answer']).join(', ')}`;
}

host?.addEventListener('signed-payload', (event) => {
  const detail = (event as CustomEvent<Detail>).detail;
  const { payload, digest, files } = detail;
  if (output) output.textContent = JSON.stringify({ digest, files: files.map((f) => `${f.name} (${f.size} bytes)`), payload }, null, 2);
  if (signed) signed.hidden = false;
  if (receipt && receiptOutput) {
    receiptOutput.textContent = 'Sending…';
    receipt.hidden = false;
    void submitToReceiver(detail).then((text) => {
      receiptOutput.textContent = text;
    });
  }
});
