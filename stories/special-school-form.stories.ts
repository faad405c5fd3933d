// <special-school-form> in each state (questions, errors, checklist branches, review, receipt), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/special-school-form.js';
import type { ServiceFormState } from './states/service-form.states.js';
import { renderFormState } from './support/render-form.js';
import { specialSchoolFormStates as states } from './states/special-school-form.states.js';

const meta: Meta<ServiceFormState> = {
  title: 'Forms/special-school-form',
  component: 'special-school-form',
  render: renderFormState('special-school-form'),
};
export default meta;

type Story = StoryObj<ServiceFormState>;

export const Start: Story = { args: states.start };
export const StartErrors: Story = { args: states.startErrors };
export const Application: Story = { args: states.application };
export const Documents: Story = { args: states.documents };
export const DocumentsMissing: Story = { args: states.documentsMissing };
export const DocumentsAttached: Story = { args: states.documentsAttached };
export const Review: Story = { args: states.review };
export const Receipt: Story = { args: states.receipt };
