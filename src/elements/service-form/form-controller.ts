// The form's state (answers, touched fields, tried steps) and what the rules say about it.
// The element renders this; every decision comes from src/rules.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  requiredDocuments,
  validateAnswers,
  type ChecklistItem,
  type RuleContext,
  type RuleIssue,
  type ServiceId,
} from '../../rules/index.js';
import { getPath, setPath, type Answers } from './answers.js';
import type { FieldDefinition, StepDefinition } from './form-definition.js';

export interface FormControllerOptions {
  service: ServiceId;
  /** Rule context (clock, age options, minimum distance), read at each validation. */
  context: () => RuleContext;
  /** Checklist options (medical certificates) and the registry, read at each checklist. */
  checklist: () => { registry: Record<string, boolean>; medicalCertificates: 'optional' | 'required' };
}

export class FormController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: FormControllerOptions;
  private current: Answers = {};
  private readonly touchedPaths = new Set<string>();
  private readonly tried = new Set<string>();
  private cache?: { answers: Answers; key: string; issues: RuleIssue[]; ok: boolean; data?: Answers };

  constructor(host: ReactiveControllerHost, options: FormControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get answers(): Answers {
    return this.current;
  }

  /** Replaces all answers (a host's prefill, a restored draft). */
  setAll(answers: Answers): void {
    this.current = answers ?? {};
    this.host.requestUpdate();
  }

  get(path: string): unknown {
    return getPath(this.current, path);
  }

  set(path: string, value: unknown): void {
    this.current = setPath(this.current, path, value);
    this.host.requestUpdate();
  }

  touch(path: string): void {
    if (this.touchedPaths.has(path)) return;
    this.touchedPaths.add(path);
    this.host.requestUpdate();
  }

  markTried(stepId: string): void {
    this.tried.add(stepId);
    this.host.requestUpdate();
  }

  wasTried(stepId: string): boolean {
    return this.tried.has(stepId);
  }

  /** Forgets touched fields and tried steps (start over). */
  reset(answers: Answers = {}): void {
    this.touchedPaths.clear();
    this.tried.clear();
    this.setAll(answers);
  }

  /** Every issue the rules find in the current answers (errors and warnings). */
  get issues(): RuleIssue[] {
    return this.validate().issues;
  }

  /** The answers pass the schema and every cross-field rule (warnings allowed). */
  get valid(): boolean {
    return this.validate().ok;
  }

  /** The schema's output for valid answers (defaults filled in, unknown keys dropped). */
  get data(): Answers | undefined {
    const result = this.validate();
    return result.ok ? result.data : undefined;
  }

  private validate(): { issues: RuleIssue[]; ok: boolean; data?: Answers } {
    const context = this.options.context();
    // The clock matters by the day (age, dates in the future): a new Date each call must not defeat the cache.
    const key = JSON.stringify({ ...context, now: context.now?.toISOString().slice(0, 10) });
    if (this.cache && this.cache.answers === this.current && this.cache.key === key) return this.cache;
    const result = validateAnswers(this.options.service, this.current, context);
    this.cache = { answers: this.current, key, issues: result.issues, ok: result.ok, data: result.data as Answers | undefined };
    return this.cache;
  }

  /** Issues that belong to a field: its path or anything below it (an item of a list). */
  issuesFor(field: FieldDefinition, askYesNo = false): RuleIssue[] {
    const issues = this.issues.filter((issue) => belongsTo(issue, field.path));
    // A yes/no question left unanswered on its step is not a silent "no": it blocks the step until
    // answered. (The rules read a missing answer as "no", so a host's prefill without it still signs.)
    if (askYesNo && field.kind === 'yes-no' && !field.optional && this.get(field.path) === undefined) {
      return [{ path: field.path.split('.'), code: 'required' }, ...issues];
    }
    return issues;
  }

  /** Errors of the step's visible fields, in field order; `askYesNo`: unanswered yes/no questions too (Continue on that step). */
  stepErrors(step: StepDefinition, askYesNo = false): { field: FieldDefinition; issue: RuleIssue }[] {
    const out: { field: FieldDefinition; issue: RuleIssue }[] = [];
    for (const field of this.visibleFields(step)) {
      const issue = this.issuesFor(field, askYesNo).find((i) => i.severity !== 'warning');
      if (issue) out.push({ field, issue });
    }
    return out;
  }

  visibleFields(step: StepDefinition): FieldDefinition[] {
    return step.fields.filter((f) => !f.when || f.when(this.current));
  }

  /** A field's error is shown once it was touched or its step was tried (not while typing the first character). */
  shownError(step: StepDefinition, field: FieldDefinition): RuleIssue | undefined {
    if (!this.touchedPaths.has(field.path) && !this.tried.has(step.id)) return undefined;
    return this.issuesFor(field, true).find((i) => i.severity !== 'warning');
  }

  shownWarnings(step: StepDefinition, field: FieldDefinition): RuleIssue[] {
    if (!this.touchedPaths.has(field.path) && !this.tried.has(step.id)) return [];
    return this.issuesFor(field).filter((i) => i.severity === 'warning');
  }

  /** The checklist for the current answers. */
  get checklist(): ChecklistItem[] {
    const { registry, medicalCertificates } = this.options.checklist();
    return requiredDocuments(this.options.service, this.current, registry, { medicalCertificates });
  }
}

function belongsTo(issue: RuleIssue, path: string): boolean {
  const joined = issue.path.join('.');
  return joined === path || joined.startsWith(`${path}.`);
}
