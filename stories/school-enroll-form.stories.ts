import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/school-enroll-form.js';
import type { SchoolEnrollForm } from '../src/elements/school-enroll-form/school-enroll-form.js';
import { applyFormState, schoolEnrollFormStates, type FormState } from './states/school-enroll-form.states.js';

const meta: Meta<FormState> = {
  title: 'Forms/school-enroll-form',
  component: 'school-enroll-form',
  render: (state) => {
    const ready = async (el: SchoolEnrollForm | null) => {
      if (el && !el.dataset.story) {
        el.dataset.story = 'applied';
        await applyFormState(el, state);
      }
    };
    return html`<school-enroll-form school-year="2027" no-draft ${refCallback(ready)}></school-enroll-form>`;
  },
};
export default meta;

function refCallback(fn: (el: SchoolEnrollForm | null) => void) {
  return ref((el) => void fn((el as SchoolEnrollForm) ?? null));
}

type Story = StoryObj<FormState>;

export const Empty: Story = { args: schoolEnrollFormStates.empty };
export const ChildErrors: Story = { args: schoolEnrollFormStates.childErrors };
export const ChildFilled: Story = { args: schoolEnrollFormStates.childFilled };
export const Circumstances: Story = { args: schoolEnrollFormStates.circumstances };
export const ForeignerWithSpecialNeeds: Story = { args: schoolEnrollFormStates.circumstancesForeignerSpecialNeeds };
export const DocumentsEmpty: Story = { args: schoolEnrollFormStates.documentsEmpty };
export const DocumentsMissing: Story = { args: schoolEnrollFormStates.documentsMissing };
export const DocumentsAttached: Story = { args: schoolEnrollFormStates.documentsAttached };
export const Review: Story = { args: schoolEnrollFormStates.review };
export const Sign: Story = { args: schoolEnrollFormStates.sign };
export const Signed: Story = { args: schoolEnrollFormStates.signed };
export const WindowNotOpen: Story = { args: schoolEnrollFormStates.windowNotOpen };
export const WindowClosed: Story = { args: schoolEnrollFormStates.windowClosed };
export const AlreadyApplied: Story = { args: schoolEnrollFormStates.alreadyApplied };
