// English catalogue: the reference shape; kk.ts and ru.ts must have every key of it (a type error otherwise).
import type { Message } from './types.js';
import { plural } from './plural.js';

const en = {
  /** Service names, keyed by service id (RULES.md). */
  service: {
    'school-enrollment': 'Acceptance of documents and enrolment in educational organisations regardless of departmental subordination for general education programmes of primary, basic secondary and general secondary education',
    'special-school-enrollment': 'Acceptance of documents and enrolment of children with disabilities in special educational organisations for special general education curricula',
    'meal-subsidy': 'Provision of free and reduced-price meals to certain categories of pupils in general education schools',
    'school-transport': 'Free transport to school and back home for children living in remote rural localities',
    'home-study': 'Acceptance of documents for individual free home education of children who cannot attend school for a long time for health reasons',
    'camp-referral': 'Acceptance of documents and issue of referrals for recreation in suburban and school camps for certain categories of pupils of state schools',
    'school-transfer': 'Acceptance of documents for transferring children between schools',
  },
  /** Document names, keyed by document id. */
  document: {
    'birth-certificate': 'Child\'s birth certificate',
    'child-photo': 'Child\'s photo, 3×4 cm',
    'marriage-certificate': 'Marriage (divorce) certificate',
    'study-certificate': 'Certificate from the place of study',
    'absentee-ballot': 'Absentee (release) ticket from the current school',
    'pmpc-conclusion': 'PMPK (psychological-medical-pedagogical) conclusion',
    'mcc-conclusion': 'Conclusion of the medical advisory commission recommending home study',
    'residence-permit': 'Foreigner\'s residence permit',
    'stateless-certificate': 'Stateless person certificate',
    'refugee-certificate': 'Refugee certificate',
    'asylum-seeker-certificate': 'Asylum-seeker certificate',
    'kandas-certificate': 'Kandas certificate',
    'social-assistance-certificate': 'Certificate of receiving targeted social assistance',
    'unemployment-certificate': 'Certificate of the parents\' registration as unemployed',
    'income-documents': 'Documents on the family\'s income',
    'guardianship-decision': 'Decision on guardianship (trusteeship)',
    'collegial-decision': 'Decision of the school\'s collegial body',
    'health-063': 'Vaccination card (form 063/u)',
    'health-026': 'Child health passport (form 026/u-3)',
    'camp-health-079': 'Medical certificate for a pupil going to a health camp (form 079/u)',
  },
  /** Social status categories, keyed by status id. */
  status: {
    'social-assistance': 'Recipients of targeted social assistance',
    'unemployed-parents': 'Children whose parents are unemployed',
    'low-income': 'Families with per-capita income below the subsistence minimum',
    orphan: 'Orphans and children without parental care',
    emergency: 'Families needing emergency help, or another category set by the school\'s collegial body',
  },
  /** Residency statuses, keyed by residency id. */
  residency: {
    citizen: 'Citizen of Kazakhstan',
    foreigner: 'Foreign citizen',
    stateless: 'Stateless person',
    refugee: 'Refugee',
    'asylum-seeker': 'Asylum seeker',
    kandas: 'Kandas',
  },
  /** Why a document is on the checklist, keyed by reason code. */
  reason: {
    // Params are display text the element passes already translated: {status} = status name, {residency} = residency name.
    always: 'This service always needs it.',
    'no-civil-registry': 'The child\'s birth record was not found in state records.',
    'civil-registry': 'The child\'s birth is registered in Kazakhstan: you do not need to attach it.',
    'born-abroad': 'The child was born outside Kazakhstan.',
    'no-marriage-registry': 'The marriage (or divorce) record was not found in state records.',
    'marriage-registry': 'The marriage (or divorce) is in state records: you do not need to attach it.',
    'marriage-abroad': 'The marriage or divorce was registered abroad.',
    status: 'You chose the category: {status}.',
    residency: 'Residency status: {residency}. The document must carry the registration at the place of residence.',
    'special-needs': 'The child has special educational needs (given with the consent of the legal representatives).',
    'home-education': 'You asked for education at home.',
    'medical-optional': 'Medical certificates are not required online for now; you may attach them.',
    'medical-required': 'This school asks for medical certificates.',
    'camp-optional': 'Useful if the child will go to a health camp; not required.',
  },
  /** Checklist item states (`required`, `optional`, `registry`, `missing`, `provided`). */
  state: {
    required: 'Required',
    optional: 'Optional',
    registry: 'Found in state records',
    missing: 'Not attached',
    provided: 'Attached',
  },
  /** Error and warning messages, keyed by error code. */
  error: {
    // Optional params are display text the element passes formatted: {date} the window's day, {document} a document name,
    // {max} megabytes or a count, {min} km or a count, {types} file types. Without them the sentence stands alone.
    'iin-required': 'Enter the IIN.',
    'iin-format': 'The IIN must be exactly 12 digits.',
    'iin-checksum': 'This IIN is not valid: check the digits.',
    'iin-unassignable': 'No IIN is issued with these first 11 digits: check the digits.',
    'iin-date-invalid': 'The first six digits of this IIN are not a date. That is possible for IINs issued since 2013; please check it.',
    'iin-birthdate-mismatch': 'The IIN does not begin with the birth date you entered. That is possible; please check both.',
    required: 'Fill in this field.',
    'invalid-date': 'Enter a real date that is not in the future.',
    'invalid-number': 'Enter a valid number.',
    'invalid-option': 'Choose one of the options.',
    'invalid-value': 'This value is not valid.',
    'text-too-long': (p, l) => plural(l, Number(p.max), { one: 'Use at most {n} character.', other: 'Use at most {n} characters.' }),
    'child-too-young': 'The child is too young: first grade admits children who turn six by 31 December of the admission year.',
    'status-required': 'Choose at least one category.',
    'distance-too-short': (p) => (p.min !== undefined ? `The service is for children who live at least ${p.min} km from school.` : 'The distance to school is too short for this service.'),
    'same-school': 'The new school must be different from the current one.',
    'window-not-open': (p) => (p.date !== undefined ? `Applications are not accepted yet: they open on ${p.date}.` : 'Applications are not accepted yet.'),
    'window-closed': (p) => (p.date !== undefined ? `Applications are closed: the last day was ${p.date}.` : 'Applications are closed.'),
    'already-applied': 'An application for this child has already been submitted: one child, one application.',
    'document-missing': (p) => (p.document !== undefined ? `Attach: ${p.document}.` : 'Attach this document.'),
    'budget-exceeded': (p) => (p.max !== undefined ? `All attachments together must not exceed ${p.max} MB.` : 'All attachments together must not exceed 5 MB.'),
    'file-unreadable': 'This file could not be read. Try another file.',
    'file-type': (p) => (p.types !== undefined ? `This type of file is not accepted. Use: ${p.types}.` : 'This type of file is not accepted for this document.'),
    'file-too-large': 'This file is too large, even after compression.',
    'too-few-files': (p, l) => plural(l, Number(p.min), { one: 'Attach at least {n} file.', other: 'Attach at least {n} files.' }),
    'too-many-files': (p, l) => plural(l, Number(p.max), { one: 'You can attach at most {n} file.', other: 'You can attach at most {n} files.' }),
    'signing-cancelled': 'Cancelled by the user.',
    'signer-unavailable': 'The signing tool is not available. For EDS, start NCALayer and try again.',
    'signing-failed': 'The application could not be signed. Please try again.',
  },
  /** Interface words, camelCase keys. */
  ui: {
    checklistTitle: 'Documents to attach',
    checklistEmpty: 'No documents are needed for these answers.',
    fileCount: (p, l) => plural(l, Number(p.n), { one: '{n} file', other: '{n} files' }),
    attachedOf: '{n} of {total} attached',
    languageName: 'English',
  },
} satisfies Record<string, Record<string, Message>>;

export default en;
