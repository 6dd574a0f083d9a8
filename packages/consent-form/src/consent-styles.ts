import { css } from 'lit';

export const consentStyles = css`
  .consent-record {
    display: grid;
    gap: 1.25em;
  }
  header {
    display: grid;
    gap: 0.25em;
  }
  h5 {
    font-size: 0.95em;
  }
  .name {
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: 0.75em;
  }
  .consent {
    contain-intrinsic-block-size: auto 22em;
    gap: 0.5em;
  }
  .consent.revoked,
  .consent.ended {
    background: var(--saumaton-color-surface, #ffffff);
    border-style: dashed;
  }
  .validity {
    font-size: 0.875em;
    font-weight: normal;
    padding-inline: 0.5em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: 1em;
  }
  .notice {
    padding: 0.75em 1em;
    background: var(--saumaton-color-notice, #fff4d6);
    border-inline-start: 0.35em solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .notice ul,
  .history ol,
  .explanation ul {
    padding-inline-start: 1.25em;
    margin: 0.25em 0 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.15em 0.75em;
    margin: 0;
    font-size: 0.95em;
  }
  dt {
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .answer {
    display: grid;
    gap: 0.75em;
    min-inline-size: 0;
  }
  .lead {
    font-weight: 600;
  }
  .explanation {
    padding: 0.75em 1em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
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
  /* The printable copy: only the record chosen (or everything, when none was), without controls. */
  @media print {
    button,
    form,
    .actions,
    .toolbar,
    [role='status'] {
      display: none !important;
    }
    .printing .consent:not(.print-target),
    .printing .notice,
    .printing .group:not(:has(.print-target)) {
      display: none;
    }
    .consent {
      break-inside: avoid;
      background: none;
      border-color: #000000;
    }
  }
  @media (forced-colors: active) {
    .validity {
      border-color: CanvasText;
    }
  }
`;
