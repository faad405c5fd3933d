// Design tokens: every colour, space and radius is a --egov-* custom property a host can override.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_fg: var(--egov-color-text, #0b0c0c);
    --_muted: var(--egov-color-text-muted, #484949);
    --_bg: var(--egov-color-surface, #ffffff);
    --_border: var(--egov-color-border, #6f7171);
    --_accent: var(--egov-color-accent, #1d5fb4);
    --_success: var(--egov-color-success, #00703c);
    --_error: var(--egov-color-error, #b3261e);
    --_warning: var(--egov-color-warning, #8a5300);
    --_info: var(--egov-color-info, #1d5fb4);
    --_focus: var(--egov-color-focus, #ffdd00);
    --_space: var(--egov-space, 0.5rem);
    --_radius: var(--egov-radius, 0.25rem);
    --_font: var(--egov-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.4;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_fg);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Visually hidden but read by screen readers (live regions, extra labels). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
