// <school-transport-form> in each state (questions, errors, checklist branches, review, receipt), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/school-transport-form.js';
import type { ServiceFormState } from './states/service-form.states.js';
import { renderFormState } from './support/render-form.js';
import { schoolTransportFormStates as states } from './states/school-transport-form.states.js';

const meta: Meta<ServiceFormState> = {
  title: 'Forms/school-transport-form',
  component: 'school-transport-form',
  render: renderFormState('school-transport-form'),
};
export default meta;

type Story = StoryObj<ServiceFormState>;

export const Start: Story = { args: states.start };
export const StartErrors: Story = { args: states.startErrors };
export const Transport: Story = { args: states.transport };
export const TooShort: Story = { args: states.tooShort };
export const Documents: Story = { args: states.documents };
export const DocumentsBornAbroad: Story = { args: states.documentsBornAbroad };
export const DocumentsMissing: Story = { args: states.documentsMissing };
export const DocumentsAttached: Story = { args: states.documentsAttached };
export const Review: Story = { args: states.review };
export const Receipt: Story = { args: states.receipt };
