import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render as renderLit } from 'lit';
import { bindArgs } from './support/bind-args.js';
import '../src/define/doc-checklist.js';
import { docChecklistStates, type DocChecklistState } from './states/doc-checklist.states.js';

const template = (s: DocChecklistState) => html`<doc-checklist
  service=${s.service ?? ''}
  medical-certificates=${s.medicalCertificates ?? 'optional'}
  .answers=${s.answers ?? {}}
  .registry=${s.registry ?? {}}
  .provided=${s.provided ?? {}}
></doc-checklist>`;

/** The state's template, then the controls (attributes and properties) on the element. */
const render = (s: Parameters<typeof template>[0]) => {
  const host = document.createElement('div');
  renderLit(template(s), host);
  bindArgs(host.querySelector('doc-checklist')!, s as unknown as Record<string, unknown>);
  return host;
};

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
