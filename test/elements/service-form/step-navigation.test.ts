// Moving between steps (step-navigation.ts): Continue blocked by a step's problems, the checks before
// signing on the review step (never taken twice), "change" links back to the review, Back, bounds.
import { expect } from '@open-wc/testing';
import { StepNavigation, type StepNavigationOptions } from '../../../src/elements/service-form/step-navigation.js';
import type { SummaryEntry } from '../../../src/elements/service-form/problems.js';
import { formSteps } from '../../../src/elements/service-form/form-config.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';

function setup(over: Partial<StepNavigationOptions> = {}) {
  const seen = { tried: [] as string[], changes: [] as string[], focused: [] as (string | undefined)[], summaries: [] as (SummaryEntry[] | undefined)[], updates: 0 };
  let problems: SummaryEntry[] = [];
  const host = { requestUpdate: () => seen.updates++, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  const nav = new StepNavigation(host, {
    steps: () => formSteps(schoolEnrollmentForm),
    questionSteps: () => schoolEnrollmentForm.steps,
    markTried: (step) => seen.tried.push(step),
    problems: () => problems,
    showSummary: (source) => seen.summaries.push(source?.()),
    focusSummary: async () => {},
    checkBeforeSigning: async () => true,
    stepChanged: (step) => seen.changes.push(step),
    focus: (path) => seen.focused.push(path),
    ...over,
  });
  return { nav, seen, setProblems: (p: SummaryEntry[]) => (problems = p) };
}

describe('service-form/step-navigation', () => {
  it('Continue: a step with problems stays and shows them; without, the next step, announced and focused', async () => {
    const { nav, seen, setProblems } = setup();
    setProblems([{ target: 'field-child-iin', message: 'IIN' }]);
    await nav.next();
    expect(nav.current).to.equal('child');
    expect(seen.tried).to.deep.equal(['child']);
    expect(seen.summaries.at(-1)).to.deep.equal([{ target: 'field-child-iin', message: 'IIN' }]);
    setProblems([]);
    await nav.next();
    expect(nav.current).to.equal('circumstances');
    expect(seen.changes).to.deep.equal(['circumstances']);
    expect(seen.focused).to.deep.equal([undefined]);
    expect(seen.summaries.at(-1)).to.equal(undefined, 'the summary goes with the step');
  });

  it('goTo stays within the steps; Back goes one back; show() moves without announcing', async () => {
    const { nav, seen } = setup();
    await nav.goTo(99);
    expect(nav.current).to.equal('sign');
    await nav.back();
    expect(nav.current).to.equal('review');
    await nav.goTo(-3);
    expect(nav.current).to.equal('child');
    const announced = seen.changes.length;
    nav.show(nav.indexOf('documents'));
    expect(nav.current).to.equal('documents');
    expect(seen.changes.length).to.equal(announced);
  });

  it('a "change" link from the review: the field is focused, and Continue goes back to the review', async () => {
    const { nav, seen } = setup();
    await nav.goTo(nav.indexOf('review'));
    await nav.change(0, 'child.iin');
    expect(nav.current).to.equal('child');
    expect(seen.focused.at(-1)).to.equal('child.iin');
    await nav.next();
    expect(nav.current).to.equal('review');
    expect(nav.returnToReview).to.equal(false);
    await nav.goTo(0);
    await nav.next();
    expect(nav.current).to.equal('circumstances', 'without a change link, on to the next step');
  });

  it('on the review step Continue runs the checks before signing once, however often it is pressed', async () => {
    let answer!: (ok: boolean) => void;
    let checks = 0;
    const { nav } = setup({
      checkBeforeSigning: () => {
        checks++;
        return new Promise((r) => (answer = r));
      },
    });
    await nav.goTo(nav.indexOf('review'));
    const first = nav.next();
    expect(nav.checking).to.equal(true);
    await nav.next();
    expect(checks).to.equal(1);
    answer(true);
    await first;
    expect(nav.checking).to.equal(false);
    expect(nav.current).to.equal('sign');
  });

  it('the checks say no, or the parent left the review meanwhile: no step to sign', async () => {
    const { nav } = setup({ checkBeforeSigning: async () => false });
    await nav.goTo(nav.indexOf('review'));
    await nav.next();
    expect(nav.current).to.equal('review');
    let answer!: (ok: boolean) => void;
    const other = setup({ checkBeforeSigning: () => new Promise((r) => (answer = r)) }).nav;
    await other.goTo(other.indexOf('review'));
    const pending = other.next();
    await other.back();
    answer(true);
    await pending;
    expect(other.current).to.equal('documents');
  });
});
