// <sign-panel> in each state (choice per device, EDS progress, eGov Mobile QR, SMS code, errors, signed), from the shared state list.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render as renderLit } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { bindArgs } from './support/bind-args.js';
import '../src/define/sign-panel.js';
import { signersFor, signPanelStates, type SignPanelState } from './states/sign-panel.states.js';

const template = (s: SignPanelState) => html`<sign-panel
  .signers=${signersFor(s.offered)}
  .data=${new TextEncoder().encode('{"example":true}')}
  status=${s.status ?? 'choose'}
  method=${s.method ?? ''}
  error=${s.error ?? ''}
  .smsState=${s.smsState}
  .mobileState=${s.mobileState}
  device=${ifDefined(s.device)}
></sign-panel>`;

/** The state's template, then the controls (attributes and properties) on the element. */
const render = (s: Parameters<typeof template>[0]) => {
  const host = document.createElement('div');
  renderLit(template(s), host);
  bindArgs(host.querySelector('sign-panel')!, s as unknown as Record<string, unknown>);
  return host;
};

const meta: Meta<SignPanelState> = {
  title: 'Elements/sign-panel',
  component: 'sign-panel',
  render,
};
export default meta;

type Story = StoryObj<SignPanelState>;

export const Choose: Story = { args: signPanelStates.choose };
export const EdsOnly: Story = { args: signPanelStates.edsOnly };
export const AllMethods: Story = { args: signPanelStates.allMethods };
export const SigningWithEds: Story = { args: signPanelStates.signingEds };
export const SmsCode: Story = { args: signPanelStates.smsCode };
export const SmsWrongCode: Story = { args: signPanelStates.smsWrongCode };
export const SmsChecking: Story = { args: signPanelStates.smsChecking };
export const NcaLayerUnavailable: Story = { args: signPanelStates.ncalayerUnavailable };
export const Cancelled: Story = { args: signPanelStates.cancelled };
export const SmsAttemptsExhausted: Story = { args: signPanelStates.smsExhausted };
export const Signed: Story = { args: signPanelStates.signed };
export const ChooseOnDesktop: Story = { args: signPanelStates.chooseDesktop };
export const ChooseOnPhone: Story = { args: signPanelStates.choosePhone };
export const EdsOnlyOnPhone: Story = { args: signPanelStates.edsOnlyOnPhone };
export const MobilePreparing: Story = { args: signPanelStates.mobilePreparing };
export const MobileQrWaiting: Story = { args: signPanelStates.mobileQr };
export const MobileOnPhone: Story = { args: signPanelStates.mobileQrPhone };
export const MobileExpired: Story = { args: signPanelStates.mobileExpired };
export const MobileCancelled: Story = { args: signPanelStates.mobileCancelled };
export const MobileBrokerFailed: Story = { args: signPanelStates.mobileBrokerFailed };
export const MobileBrokerTimeout: Story = { args: signPanelStates.mobileBrokerTimeout };
export const NcaLayerPermissionDenied: Story = { args: signPanelStates.ncalayerPermissionDenied };
export const NcaLayerOutdated: Story = { args: signPanelStates.ncalayerOutdated };
export const NcaLayerCspBlocked: Story = { args: signPanelStates.ncalayerCspBlocked };
export const NcaLayerClosed: Story = { args: signPanelStates.ncalayerClosed };
export const NcaLayerBadAnswer: Story = { args: signPanelStates.ncalayerBadAnswer };
export const SmsFourDigitCode: Story = { args: signPanelStates.smsFourDigits };
