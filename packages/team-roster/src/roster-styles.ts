import { css } from 'lit';

export const rosterStyles = css`
  :host {
    --_gap: var(--saumaton-space, 1em);
  }
  .roster {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .roster section:not(.state) {
    display: grid;
    gap: 0.75em;
  }
  .roster section.organization + section.organization {
    margin-block-start: 0.75em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .muted {
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  .status,
  .producer-type {
    font-size: 0.875em;
    padding-inline: 0.5em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: 1em;
    font-weight: normal;
  }
  .summary {
    display: grid;
    gap: 0.25em;
  }
  .notice {
    padding: 0.75em 1em;
    background: var(--saumaton-color-notice, #fff4d6);
    border-inline-start: 0.35em solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .member.coordinator {
    border: 0.15em solid var(--saumaton-color-accent, #0b5cad);
    background: var(--saumaton-color-accent-soft, #e3eefa);
  }
  .name {
    font-weight: 600;
  }
  .role {
    display: inline-block;
    font-size: 0.875em;
    margin-inline-start: 0.5em;
  }
  .coordinator .role {
    font-weight: 700;
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--saumaton-color-accent, #0b5cad);
    color: var(--saumaton-color-on-accent, #ffffff);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.15em 0.75em;
    font-size: 0.95em;
  }
  dt {
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  dd ul {
    padding-inline-start: 1.1em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .meetings {
    display: grid;
    gap: 0.75em;
  }
  .meeting {
    padding-block-end: 0.75em;
    border-block-end: 1px solid var(--saumaton-color-border, #c9ced6);
  }
  .meeting ul {
    padding-inline-start: 1.1em;
  }
  @container (min-width: 38em) {
    .members {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
    }
  }
  @container (max-width: 24em) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-block-end: 0.35em;
    }
  }
  @media (forced-colors: active) {
    .member.coordinator {
      border-color: Highlight;
    }
    .coordinator .role {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
