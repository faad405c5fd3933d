// The form's answers and what the rules say of them (form-controller.ts), on a fake host: errors shown
// once touched or tried, unanswered yes/no questions blocking their step, the checklist, start over.
import { expect } from '@open-wc/testing';
import { FormController } from '../../../src/elements/service-form/form-controller.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';

const [childStep, circumstances] = schoolEnrollmentForm.steps;
const field = (step: typeof childStep, path: string) => step.fields.find((f) => f.path === path)!;

function controller(registry: Record<string, boolean> = {}) {
  const host = { updates: 0, requestUpdate() { this.updates++; }, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  const form = new FormController(host, {
    rules: schoolEnrollmentForm.rules,
    context: () => ({ now: new Date('2027-06-10T10:00:00Z') }),
    checklist: () => ({ registry, medicalCertificates: 'optional' }),
  });
  return { form, host };
}

describe('service-form/form-controller', () => {
  it('holds the answers by path, and every change updates the host', () => {
    const { form, host } = controller();
    form.setAll({ child: {} });
    form.set('child.iin', '200821501076');
    expect(form.get('child.iin')).to.equal('200821501076');
    expect(form.answers).to.deep.equal({ child: { iin: '200821501076' } });
    expect(host.updates).to.equal(2);
  });

  it('a field\'s error shows once it was touched or its step tried, not while typing', () => {
    const { form } = controller();
    form.setAll({ child: { iin: '2008' } });
    const iin = field(childStep, 'child.iin');
    expect(form.issuesFor(iin).map((i) => i.code)).to.include('iin-format');
    expect(form.shownError(childStep, iin)).to.equal(undefined);
    form.touch('child.iin');
    expect(form.shownError(childStep, iin)!.code).to.equal('iin-format');
    const last = field(childStep, 'child.lastName');
    expect(form.shownError(childStep, last)).to.equal(undefined);
    form.markTried('child');
    expect(form.wasTried('child')).to.equal(true);
    expect(form.shownError(childStep, last)!.code).to.equal('required');
  });

  it('an unanswered yes/no question blocks its step (Continue) though the rules read it as "no"', () => {
    const { form } = controller();
    form.setAll({ child: {} });
    const needs = field(circumstances, 'specialNeeds');
    expect(form.issuesFor(needs)).to.deep.equal([]);
    expect(form.stepErrors(circumstances, true).some((e) => e.field === needs && e.issue.code === 'required')).to.equal(true);
    expect(form.stepErrors(circumstances).some((e) => e.field === needs)).to.equal(false);
    form.set('specialNeeds', false);
    expect(form.stepErrors(circumstances, true).some((e) => e.field === needs)).to.equal(false);
  });

  it('valid answers give the schema\'s output; the checklist follows the answers and the registry', () => {
    const { form } = controller({ civilRegistry: true });
    form.setAll({
      child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076', birthDate: '2020-08-21' },
      school: 'School No. 5',
      residency: 'citizen',
      statuses: [],
      schoolYear: 2027,
    });
    expect(form.valid, JSON.stringify(form.issues)).to.equal(true);
    expect(form.data).to.not.equal(undefined);
    const docs = Object.fromEntries(form.checklist.map((i) => [i.doc, i.state]));
    expect(docs['birth-certificate']).to.equal('registry');
    expect(docs['child-photo']).to.equal('required');
    form.set('specialNeeds', true);
    expect(form.checklist.some((i) => i.doc === 'pmpc-conclusion')).to.equal(true);
  });

  it('start over forgets touched fields and tried steps', () => {
    const { form } = controller();
    form.setAll({ child: {} });
    form.touch('child.iin');
    form.markTried('child');
    form.reset({ child: {} });
    expect(form.wasTried('child')).to.equal(false);
    expect(form.shownError(childStep, field(childStep, 'child.iin'))).to.equal(undefined);
  });
});
