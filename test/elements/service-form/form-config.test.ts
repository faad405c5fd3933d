// The form's definition plumbing (form-config.ts): the step list, grouped answers' parents, the
// clock, the rules' context, the school year and the application window from the element's settings.
import { expect } from '@open-wc/testing';
import {
  formSteps,
  isAfterQuestions,
  ruleContext,
  schoolYearOf,
  validNow,
  windowOf,
  withParents,
} from '../../../src/elements/service-form/form-config.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';
import { mealSubsidyForm } from '../../../src/elements/meal-subsidy-form/definition.js';

describe('service-form/form-config', () => {
  it('the steps are the questions, then documents, review and sign, each with its heading key', () => {
    expect(formSteps(schoolEnrollmentForm)).to.deep.equal([
      { id: 'child', title: 'form.stepChild' },
      { id: 'circumstances', title: 'form.stepCircumstances' },
      { id: 'documents', title: 'form.stepDocuments' },
      { id: 'review', title: 'form.stepReview' },
      { id: 'sign', title: 'form.stepSign' },
    ]);
    expect(['documents', 'review', 'sign'].every(isAfterQuestions)).to.equal(true);
    expect(isAfterQuestions('child')).to.equal(false);
  });

  it('grouped answers get their parent object, and what was answered stays', () => {
    expect(withParents(schoolEnrollmentForm, {})).to.deep.equal({ child: {} });
    const answers = { child: { firstName: 'Aruzhan' }, school: 'No. 5' };
    expect(withParents(schoolEnrollmentForm, answers)).to.deep.equal(answers);
    expect(withParents(schoolEnrollmentForm, { child: null })).to.deep.equal({ child: {} });
  });

  it('a clock that gives no valid instant is replaced by the real time', () => {
    const fixed = new Date('2027-06-10T10:00:00Z');
    expect(validNow(() => fixed)).to.equal(fixed);
    const before = Date.now();
    const now = validNow(() => new Date(Number.NaN)).getTime();
    expect(now).to.be.at.least(before);
  });

  it('the rules\' context carries only what the host set', () => {
    const now = new Date('2027-06-10T10:00:00Z');
    expect(ruleContext(now, {})).to.deep.equal({ now });
    expect(ruleContext(now, { minAge: 7, ageCutoff: '09-01', minDistanceKm: 3 })).to.deep.equal({ now, minAge: 7, ageCutoff: '09-01', minDistanceKm: 3 });
    expect(ruleContext(now, { ageCutoff: '' })).to.deep.equal({ now });
  });

  it('the school year: the host\'s, else the one admitted to (first grade) or the one under way', () => {
    const june = new Date('2027-06-10T10:00:00Z');
    expect(schoolYearOf(schoolEnrollmentForm, 2030, june)).to.equal(2030);
    expect(schoolYearOf(schoolEnrollmentForm, undefined, june)).to.equal(2027);
    expect(schoolYearOf(mealSubsidyForm, undefined, june)).to.equal(2026);
  });

  it('the window: the service\'s by default, the host\'s dates over it, none for a service without one', () => {
    const june = new Date('2027-06-10T10:00:00Z');
    expect(windowOf(schoolEnrollmentForm, {}, june, 2027)!.open).to.equal(true);
    const closed = windowOf(schoolEnrollmentForm, { opens: '04-01', closes: '05-31' }, june, 2027)!;
    expect(closed.open).to.equal(false);
    expect(closed.code).to.equal('window-closed');
    expect(windowOf(mealSubsidyForm, {}, june, 2026)).to.equal(undefined);
    expect(windowOf(mealSubsidyForm, { opens: '06-01', closes: '06-30' }, june, 2027)!.open).to.equal(true);
    expect(windowOf(schoolEnrollmentForm, {}, new Date(Number.NaN), 2027)!.code).to.equal('clock-invalid');
  });
});
