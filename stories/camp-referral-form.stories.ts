// <camp-referral-form> in each state (questions, errors, checklist branches, review, receipt), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/camp-referral-form.js';
import type { ServiceFormState } from './states/service-form.states.js';
import { renderFormState } from './support/render-form.js';
import { campReferralFormStates as states } from './states/camp-referral-form.states.js';

const meta: Meta<ServiceFormState> = {
  title: 'Forms/camp-referral-form',
  component: 'camp-referral-form',
  render: renderFormState('camp-referral-form'),
};
export default meta;

type Story = StoryObj<ServiceFormState>;

export const Start: Story = { args: states.start };
export const StartErrors: Story = { args: states.startErrors };
export const Camp: Story = { args: states.camp };
export const CampErrors: Story = { args: states.campErrors };
export const Documents: Story = { args: states.documents };
export const DocumentsAbroad: Story = { args: states.documentsAbroad };
export const DocumentsMissing: Story = { args: states.documentsMissing };
export const DocumentsAttached: Story = { args: states.documentsAttached };
export const Review: Story = { args: states.review };
export const Receipt: Story = { args: states.receipt };
