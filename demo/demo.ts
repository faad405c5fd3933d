// The demo host page's own script, as a government site would wire the kit: the service and the
// language the parent chose (kept in the URL and in localStorage, so a reload keeps them), the
// page's own words in kk/ru/en, the theme, and the host's callbacks: lookupChild (demo state records)
// and submit, which hands the signed detail to the reference receiver (npm start) on the same origin;
// the form then shows "Sending…" and the receipt with the receiver's reference.
import { translate } from '../src/i18n/localize.js';
import type { Locale } from '../src/i18n/localize.js';
import { demoLookupChild, submitToReceiver } from './receiver.js';
import { DemoKeySigner } from './demo-signer.js';

const services = [
  ['school-enroll-form', 'school-enrollment'],
  ['special-school-form', 'special-school-enrollment'],
  ['meal-subsidy-form', 'meal-subsidy'],
  ['school-transport-form', 'school-transport'],
  ['home-study-form', 'home-study'],
  ['camp-referral-form', 'camp-referral'],
  ['school-transfer-form', 'school-transfer'],
] as const;
type ServiceId = (typeof services)[number][1];

/** The page's own words (the forms bring theirs). */
const words: Record<Locale, Record<string, string>> = {
  kk: {
    portal: 'Электрондық үкімет',
    skip: 'Негізгі мазмұнға өту',
    section: 'Білім беру',
    lede: 'Өтінішті толтырып, құжаттарды тіркеп, қол қойыңыз. Жауаптарыңыз осы құрылғыда сақталады.',
    service: 'Қызмет',
    theme: 'Жоғары контраст',
    developer: 'Сайт әзірлеушілеріне: демо баптаулары',
    footer: 'Демо бет: өтініштер тек осы сервердегі үлгі қабылдағышқа жіберіледі.', // UNCONFIRMED
    'school-enrollment': '1-сыныпқа қабылдау',
    'special-school-enrollment': 'Арнайы мектепке қабылдау',
    'meal-subsidy': 'Тегін және жеңілдетілген тамақ',
    'school-transport': 'Мектепке тегін жеткізу',
    'home-study': 'Үйде жеке оқыту',
    'camp-referral': 'Лагерьге жолдама',
    'school-transfer': 'Мектептен мектепке ауысу',
  },
  ru: {
    portal: 'Электронное правительство',
    skip: 'Перейти к содержанию',
    section: 'Образование',
    lede: 'Заполните заявление, приложите документы и подпишите. Ответы сохраняются на этом устройстве.',
    service: 'Услуга',
    theme: 'Высокий контраст',
    developer: 'Для разработчиков сайта: настройки демо',
    footer: 'Демонстрационная страница: заявления уходят только в эталонный приёмник на этом сервере.',
    'school-enrollment': 'Приём в 1 класс',
    'special-school-enrollment': 'Приём в специальную школу',
    'meal-subsidy': 'Бесплатное и льготное питание',
    'school-transport': 'Бесплатный подвоз к школе',
    'home-study': 'Индивидуальное обучение на дому',
    'camp-referral': 'Направление в лагерь',
    'school-transfer': 'Перевод в другую школу',
  },
  en: {
    portal: 'E-government',
    skip: 'Skip to the content',
    section: 'Education',
    lede: 'Fill in the application, attach the documents and sign. Your answers are kept on this device.',
    service: 'Service',
    theme: 'High contrast',
    developer: 'For site developers: demo settings',
    footer: 'Demo page: applications go only to the reference receiver on this server.',
    'school-enrollment': 'Enrolment in first grade',
    'special-school-enrollment': 'Enrolment in a special school',
    'meal-subsidy': 'Free and subsidised meals',
    'school-transport': 'Free transport to school',
    'home-study': 'Individual home study',
    'camp-referral': 'Referral to a camp',
    'school-transfer': 'Transfer to another school',
  },
};

const STORE = 'egov-demo';
const params = new URLSearchParams(location.search);
const saved = ((): { lang?: string; service?: string; theme?: string } => {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? '{}');
  } catch {
    return {};
  }
})();
const isLocale = (v: unknown): v is Locale => v === 'kk' || v === 'ru' || v === 'en';
const isService = (v: unknown): v is ServiceId => services.some(([, id]) => id === v);

const state = {
  lang: ([params.get('lang'), saved.lang].find(isLocale) ?? 'kk') as Locale,
  service: ([params.get('service'), saved.service].find(isService) ?? 'school-enrollment') as ServiceId,
  theme: params.get('theme') ?? saved.theme ?? 'light',
};

/** The URL and localStorage say what the parent chose: a reload (or a shared link) opens the same. */
function remember(): void {
  const url = new URL(location.href);
  url.searchParams.set('service', state.service);
  url.searchParams.set('lang', state.lang);
  if (state.theme === 'high-contrast') url.searchParams.set('theme', 'high-contrast');
  else url.searchParams.delete('theme');
  history.replaceState(null, '', url);
  try {
    localStorage.setItem(STORE, JSON.stringify(state));
  } catch {
    // private browsing: the URL still keeps it
  }
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
const langButtons = document.querySelectorAll<HTMLButtonElement>('.lang-switch [data-lang]');
const picker = $<HTMLSelectElement>('#service-picker');
const host = $<HTMLElement>('#form-host');
const checklist = document.querySelector('doc-checklist');
const controls = document.querySelectorAll<HTMLInputElement>('.host-controls input');
const signed = $<HTMLElement>('.signed');
const output = $<HTMLElement>('#signed-output');
const themeToggle = $<HTMLInputElement>('#theme-toggle');

/** The service form on the page: any of the seven tags, all with the same API (docs/design.md "Service forms"). */
type FormElement = HTMLElement & { registry: Record<string, boolean>; lookupChild?: unknown; submit?: unknown; signer?: unknown };
const currentForm = (): FormElement | null => host?.firstElementChild as FormElement | null;

function renderTexts(): void {
  const w = words[state.lang];
  document.documentElement.lang = state.lang;
  for (const b of langButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = w[el.dataset.text!] ?? '';
  if (picker) {
    for (const option of picker.options) option.textContent = w[option.dataset.service!] ?? option.value;
  }
  const title = $<HTMLElement>('#service-title');
  // The short name as the page's heading: the form under it gives the service's full official name.
  if (title) title.textContent = w[state.service] ?? translate(state.lang, `service.${state.service}`);
  document.title = `${w[state.service]} — ${w.portal}`;
}

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

/** Puts the chosen service's tag on the page; the checklist below follows it. */
function showService(): void {
  if (!host) return;
  const tag = services.find(([, id]) => id === state.service)![0];
  if (currentForm()?.localName === tag) return;
  const form = document.createElement(tag) as FormElement;
  if (tag === 'school-enroll-form') {
    // Demo only: a window that opened this month, so the whole flow can be tried today.
    // A real site sets the dates its admission rules give (e.g. opens="04-01" closes="08-31").
    const today = new Date();
    form.setAttribute('opens', `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`);
    form.setAttribute('closes', '08-31');
  }
  // DEMO ONLY: sign with the fixed development key the receiver pins (demo/demo-signer.ts).
  form.signer = new DemoKeySigner();
  // Prefill from (demo) state records: try the IIN 200821501076.
  form.lookupChild = demoLookupChild;
  // The reference receiver: POST /api/applications/<service>; its reference is the receipt's.
  form.submit = submitToReceiver();
  host.replaceChildren(form);
  checklist?.setAttribute('service', state.service);
  if (signed) signed.hidden = true;
  sync();
}

function applyTheme(): void {
  document.body.classList.toggle('egov-theme-high-contrast', state.theme === 'high-contrast');
  if (themeToggle) themeToggle.checked = state.theme === 'high-contrast';
}

for (const button of langButtons) {
  button.addEventListener('click', () => {
    state.lang = button.dataset.lang as Locale;
    renderTexts();
    remember();
  });
}
if (picker) {
  picker.value = services.find(([, id]) => id === state.service)![0];
  picker.addEventListener('change', () => {
    state.service = picker.selectedOptions[0]!.dataset.service as ServiceId;
    showService();
    renderTexts();
    remember();
  });
}
themeToggle?.addEventListener('change', () => {
  state.theme = themeToggle.checked ? 'high-contrast' : 'light';
  applyTheme();
  remember();
});

renderTexts();
applyTheme();
showService();
remember();

// For developers: what the host receives (the receiver runs verifyPayload on it and the files).
host?.addEventListener('signed-payload', (event) => {
  const { payload, digest, files } = (event as CustomEvent<{ payload: unknown; digest: string; files: File[] }>).detail;
  if (output) output.textContent = JSON.stringify({ digest, files: files.map((f) => `${f.name} (${f.size} bytes)`), payload }, null, 2);
  if (signed) signed.hidden = false;
});
