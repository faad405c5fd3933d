// <home-study-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import '../../src/define/home-study-form.js';
import { describeConclusionService } from '../support/conclusion-service-suite.js';
import { homeStudyFormStates } from '../../stories/states/home-study-form.states.js';

describeConclusionService({
  tag: 'home-study-form',
  service: 'home-study',
  conclusion: 'mcc-conclusion',
  intro: 'form.homeStudyIntro',
  school: 'School No. 5',
  states: homeStudyFormStates,
});
