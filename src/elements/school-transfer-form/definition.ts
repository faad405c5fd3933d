// <school-transfer-form>: the questions of transfer of a child between schools (docs/rules.md `school-transfer`), as data.
import type { FormDefinition } from '../service-form/form-definition.js';
import { transferReasons } from '../../rules/index.js';
import { childFields } from '../service-form/common-fields.js';

export const schoolTransferForm: FormDefinition = {
  service: 'school-transfer',
  notices: ['form.noticeBudget'],
  steps: [
    { id: 'child', title: 'form.stepChild', intro: 'form.stepChildIntro', fields: childFields },
    {
      id: 'transfer',
      title: 'form.stepTransfer',
      fields: [
        // The current school may be anywhere, even abroad: free text; the new one from the host's list when given.
        { path: 'currentSchool', kind: 'text', label: 'form.currentSchool', autocomplete: 'off' },
        { path: 'newSchool', kind: 'school', label: 'form.newSchool' },
        { path: 'reason', kind: 'choice', label: 'form.transferReason', options: transferReasons, optionLabels: 'transferReason' },
      ],
    },
  ],
};
