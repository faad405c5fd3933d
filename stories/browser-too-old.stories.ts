// What every element shows below the browser floor (src/internal/browser-support.ts). Storybook runs
// in a supported browser, so the stand-in is shown under a tag of its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BrowserTooOld } from '../src/internal/browser-support.js';

if (!customElements.get('egov-browser-too-old')) customElements.define('egov-browser-too-old', class extends BrowserTooOld {});

interface Args {
  lang: 'kk' | 'ru' | 'en';
}

const meta: Meta<Args> = {
  title: 'States/Browser too old',
  render: ({ lang }) => html`<egov-browser-too-old lang=${lang}></egov-browser-too-old>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Kazakh: Story = { args: { lang: 'kk' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const English: Story = { args: { lang: 'en' } };
