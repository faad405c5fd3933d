import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/doc-checklist.js';
import { docChecklistStates, type DocChecklistState } from './states/doc-checklist.states.js';

const render = (s: DocChecklistState) => html`<doc-checklist
  service=${s.service ?? ''}
  medical-certificates=${s.medicalCertificates ?? 'optional'}
  .answers=${s.answers ?? {}}
  .registry=${s.registry ?? {}}
  .provided=${s.provided ?? {}}
></doc-checklist>`;

const meta: Meta<DocChecklistState> = {
  title: 'Elements/doc-checklist',
  component: 'doc-checklist',
  render,
};
export default meta;

type Story = StoryObj<DocChecklistState>;

export const Missing: Story = { args: docChecklistStates.missing };
export const FoundInStateRecords: Story = { args: docChecklistStates.registry };
export const PartlyProvided: Story = { args: docChecklistStates.partlyProvided };
export const AllProvided: Story = { args: docChecklistStates.provided };
export const ForeignerWithSpecialNeeds: Story = { args: docChecklistStates.foreignerSpecialNeeds };
export const MealSubsidyStatuses: Story = { args: docChecklistStates.mealSubsidyStatuses };
export const Empty: Story = { args: docChecklistStates.empty };
