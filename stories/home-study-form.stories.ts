// <home-study-form> in each state (questions, errors, checklist branches, review, receipt), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/home-study-form.js';
import type { ServiceFormState } from './states/service-form.states.js';
import { renderFormState } from './support/render-form.js';
import { homeStudyFormStates as states } from './states/home-study-form.states.js';

const meta: Meta<ServiceFormState> = {
  title: 'Forms/home-study-form',
  component: 'home-study-form',
  render: renderFormState('home-study-form'),
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
