// What blocks the application, as summary entries (problems.ts): a step's answers once tried, the
// documents and the budget, everything before signing.
import { expect } from '@open-wc/testing';
import '../../../src/i18n/index.js';
import { allProblems, documentProblems, issueText, stepProblems, summaryEntry, type ProblemsContext } from '../../../src/elements/service-form/problems.js';
import type { FieldDefinition, StepDefinition } from '../../../src/elements/service-form/form-definition.js';
import type { ChecklistItem, RuleIssue } from '../../../src/rules/index.js';
import { translate } from '../../../src/i18n/localize.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const name: FieldDefinition = { path: 'child.firstName', kind: 'text', label: 'form.childFirstName' };
const needs: FieldDefinition = { path: 'specialNeeds', kind: 'yes-no', label: 'form.specialNeeds' };
const steps: StepDefinition[] = [
  { id: 'child', title: 'form.stepChild', fields: [name] },
  { id: 'more', title: 'form.stepCircumstances', fields: [needs] },
];
const required = (path: string): RuleIssue => ({ path: path.split('.'), code: 'required' });
const photo: ChecklistItem = { doc: 'child-photo', state: 'required', count: 2, reason: 'always' } as ChecklistItem;

function context(over: Partial<ProblemsContext> = {}, tried: string[] = []): ProblemsContext {
  return {
    t,
    locale: 'en',
    questionSteps: steps,
    form: {
      stepErrors: (step) => step.fields.map((field) => ({ field, issue: required(field.path) })),
      wasTried: (id) => tried.includes(id),
      checklist: [photo],
    },
    attached: {},
    pool: { used: 0, budget: 5_000_000 },
    ...over,
  };
}

describe('service-form/problems', () => {
  it('an issue in words: a radio question says what to choose; others name the field', () => {
    expect(issueText(t, required('specialNeeds'), needs)).to.equal(t('journey.chooseYesNo'));
    expect(issueText(t, required('x'), { ...needs, kind: 'choice' })).to.equal(t('journey.chooseOne'));
    expect(issueText(t, { path: ['child', 'iin'], code: 'iin-checksum' })).to.equal(t('error.iin-checksum'));
    expect(summaryEntry(t, name, required('child.firstName'))).to.deep.equal({
      target: 'field-child-firstName',
      message: `${t('form.childFirstName')}: ${t('error.required')}`,
    });
  });

  it('documents: each missing one links to its uploader; an exceeded budget links to the meter', () => {
    expect(documentProblems(context())).to.deep.equal([
      { target: 'uploader-child-photo', message: t('error.document-missing', { document: t('document.child-photo'), min: 2 }) },
    ]);
    expect(documentProblems(context({ attached: { 'child-photo': 2 } }))).to.deep.equal([]);
    const over = documentProblems(context({ attached: { 'child-photo': 2 }, pool: { used: 5_600_000, budget: 5_000_000 } }));
    expect(over).to.have.length(1);
    expect(over[0].target).to.equal('budget');
    expect(over[0].message).to.contain('5');
  });

  it('everything before signing: every question step\'s answers, then the documents', () => {
    expect(allProblems(context()).map((e) => e.target)).to.deep.equal(['field-child-firstName', 'field-specialNeeds', 'uploader-child-photo']);
  });

  it('a step shows its own problems only once Continue was tried there; review and sign show everything once review was', () => {
    expect(stepProblems(context(), 'child')).to.deep.equal([]);
    expect(stepProblems(context({}, ['child']), 'child').map((e) => e.target)).to.deep.equal(['field-child-firstName']);
    expect(stepProblems(context({}, ['more']), 'more')[0].message).to.contain(t('journey.chooseYesNo'));
    expect(stepProblems(context(), 'documents')).to.deep.equal([]);
    expect(stepProblems(context({}, ['documents']), 'documents').map((e) => e.target)).to.deep.equal(['uploader-child-photo']);
    expect(stepProblems(context({}, ['review']), 'sign')).to.have.length(3);
    expect(stepProblems(context({}, ['sign']), 'sign')).to.deep.equal([]);
  });
});
