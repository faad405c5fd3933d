// What blocks the application, as error-summary entries in the parent's language: a step's answers,
// the documents and the budget, or everything at once before signing. The rules decide; this words it.
import { missingDocuments } from '../../rules/documents.js';
import type { ChecklistItem, RuleIssue } from '../../rules/index.js';
import { formatMegabytes, type Locale, type Params } from '../../i18n/localize.js';
import { fieldId } from './answers.js';
import type { FieldDefinition, StepDefinition } from './form-definition.js';

/** A summary entry: a message and the id of the control it is about. */
export interface SummaryEntry {
  target: string;
  message: string;
}

type Translate = (key: string, params?: Params) => string;

/** What the problems are read from: the form controller's answers and checklist, the files, the budget. */
export interface ProblemsContext {
  t: Translate;
  locale: Locale;
  questionSteps: readonly StepDefinition[];
  form: {
    stepErrors(step: StepDefinition, askYesNo?: boolean): { field: FieldDefinition; issue: RuleIssue }[];
    wasTried(stepId: string): boolean;
    readonly checklist: ChecklistItem[];
  };
  /** Files attached per document id. */
  attached: Record<string, number>;
  /** The shared budget: bytes used and allowed. */
  pool: { readonly used: number; readonly budget: number };
}

/** A rule's issue in words; about a field, it names the field, and radio questions say what to choose. */
export function issueText(t: Translate, issue: RuleIssue, field?: FieldDefinition): string {
  const params: Params = { ...(issue.params ?? {}) };
  if (field) params.field = t(field.label);
  // "Fill in this field" says nothing to a parent before radio buttons: say what to choose.
  if (issue.code === 'required' && field?.kind === 'yes-no') return t('journey.chooseYesNo');
  if (issue.code === 'required' && field?.kind === 'choice') return t('journey.chooseOne');
  return t(`error.${issue.code}`, params);
}

/** A summary line names the question, so "Fill in this field" says which one. */
export function summaryEntry(t: Translate, field: FieldDefinition, issue: RuleIssue): SummaryEntry {
  return { target: fieldId(field.path), message: `${t(field.label)}: ${issueText(t, issue, field)}` };
}

/** Documents still missing (each linking to its uploader), and the budget when it is exceeded. */
export function documentProblems(context: ProblemsContext): SummaryEntry[] {
  const { t, locale, pool } = context;
  const entries: SummaryEntry[] = missingDocuments(context.form.checklist, context.attached).map((issue) => {
    const doc = String(issue.params!.document);
    return {
      target: `uploader-${doc}`,
      message: t('error.document-missing', { document: t(`document.${doc}`), min: issue.params!.min }),
    };
  });
  if (pool.used > pool.budget) {
    entries.push({
      target: 'budget',
      message: t('error.budget-exceeded', {
        over: formatMegabytes(locale, pool.used - pool.budget),
        max: formatMegabytes(locale, pool.budget),
      }),
    });
  }
  return entries;
}

/** Every blocking problem of the application: each question step's answers, then documents and budget. */
export function allProblems(context: ProblemsContext): SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  for (const question of context.questionSteps) {
    for (const { field, issue } of context.form.stepErrors(question)) entries.push(summaryEntry(context.t, field, issue));
  }
  entries.push(...documentProblems(context));
  return entries;
}

/**
 * The problems the summary shows on a step, once Continue was tried there: a question step's own
 * answers, the documents step's documents, and everything on review and sign (after review was tried).
 */
export function stepProblems(context: ProblemsContext, step: string): SummaryEntry[] {
  const question = context.questionSteps.find((s) => s.id === step);
  if (question) {
    if (!context.form.wasTried(step)) return [];
    return context.form.stepErrors(question, true).map(({ field, issue }) => summaryEntry(context.t, field, issue));
  }
  if (step === 'documents' && context.form.wasTried(step)) return documentProblems(context);
  if ((step === 'sign' || step === 'review') && context.form.wasTried('review')) return allProblems(context);
  return [];
}
