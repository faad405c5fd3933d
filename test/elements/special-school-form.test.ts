// <special-school-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import '../../src/define/special-school-form.js';
import { describeConclusionService } from '../support/conclusion-service-suite.js';
import { specialSchoolFormStates } from '../../stories/states/special-school-form.states.js';

describeConclusionService({
  tag: 'special-school-form',
  service: 'special-school-enrollment',
  conclusion: 'pmpc-conclusion',
  intro: 'form.specialSchoolIntro',
  school: 'Special school No. 2',
  states: specialSchoolFormStates,
});
