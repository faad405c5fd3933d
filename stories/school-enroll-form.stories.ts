// <school-enroll-form> at every step and state (errors, checklist branches, window, receipt), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/school-enroll-form.js';
import type { ServiceFormState } from './states/service-form.states.js';
import { renderFormState } from './support/render-form.js';
import { schoolEnrollFormStates as states } from './states/school-enroll-form.states.js';

const meta: Meta<ServiceFormState> = {
  title: 'Forms/school-enroll-form',
  component: 'school-enroll-form',
  render: renderFormState('school-enroll-form'),
};
export default meta;

type Story = StoryObj<ServiceFormState>;

export const Empty: Story = { args: states.empty };
export const ChildErrors: Story = { args: states.childErrors };
export const ChildFilled: Story = { args: states.childFilled };
export const Circumstances: Story = { args: states.circumstances };
export const ForeignerWithSpecialNeeds: Story = { args: states.circumstancesForeignerSpecialNeeds };
export const DocumentsEmpty: Story = { args: states.documentsEmpty };
export const DocumentsMissing: Story = { args: states.documentsMissing };
export const DocumentsAttached: Story = { args: states.documentsAttached };
export const Review: Story = { args: states.review };
export const Sign: Story = { args: states.sign };
export const Signed: Story = { args: states.signed };
/** The host's `submit` is working. */
export const Sending: Story = { args: states.sending };
/** The host confirmed: the receipt a parent keeps. */
export const Receipt: Story = { args: states.receipt };
/** The host could not be reached: message and "Send again". */
export const SubmitFailed: Story = { args: states.submitFailed };
/** The host's `lookupChild` filled the child from state records. */
export const Prefilled: Story = { args: states.prefilled };
export const WindowNotOpen: Story = { args: states.windowNotOpen };
export const WindowClosed: Story = { args: states.windowClosed };
export const AlreadyApplied: Story = { args: states.alreadyApplied };
export const SchoolsList: Story = { args: states.schoolsList };
export const ApplicationCheckFailed: Story = { args: states.applicationCheckFailed };
