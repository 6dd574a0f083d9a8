import { css } from 'lit';

/**
 * The plan viewer's own CSS: sections one under another, both views in two columns where the
 * widget is wide enough (a container query) and one after the other where it is not, statuses in
 * words with a neutral look (a planned service never looks approved), the turvakielto marker and
 * gaps and overlaps of a chain in words with a mark, never colour alone.
 */
export const planStyles = css`
  :host {
    container-type: inline-size;
  }
  .plan {
    display: grid;
    gap: 1.25em;
    min-inline-size: 0;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.15em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1em;
  }
  h5 {
    font-size: 0.95em;
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .plan-header,
  .plan-section,
  .part,
  .goal,
  .view {
    display: grid;
    gap: 0.5em;
    min-inline-size: 0;
  }
  .plan-section {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--saumaton-color-border, #c9ced6);
  }
  p,
  ul,
  ol,
  dl {
    margin: 0;
  }
  .text,
  dd {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .terms {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .terms dd + dt {
    margin-block-start: 0.25em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .views {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  /* Parts and goals are the shared cards (baseStyles): laid out only near the viewport. */
  .part {
    contain-intrinsic-block-size: auto 40em;
  }
  .goal {
    contain-intrinsic-block-size: auto 16em;
  }
  .package {
    contain-intrinsic-block-size: auto 10em;
  }
  .view {
    padding: 0.75em 1em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
    background: var(--saumaton-color-surface-raised, #f3f5f8);
  }
  .services {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    list-style: none;
    padding: 0;
  }
  .disclaimer,
  .differ,
  .marker {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--saumaton-color-border-strong, #5b6470);
    background: var(--saumaton-color-notice, #fff8e1);
    color: var(--saumaton-color-text, #1d232b);
  }
  .status {
    /* A word in a plain frame: the same look for every status, never a green "approved" badge. */
    padding: 0 0.35em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .part-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .producer-type {
    font-weight: 600;
  }
  .muted,
  .changed,
  .hint {
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  .review.overdue .due-state::before,
  .review.due-today .due-state::before,
  .step .warning::before {
    content: '! ';
  }
  .review.overdue,
  .step.gap,
  .step.overlap {
    font-weight: 600;
  }
  .steps li,
  .reviews li {
    margin-block-end: 0.25em;
  }
  .own-part {
    font-weight: 600;
  }
  .part-tools,
  .common-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 0.2em solid var(--saumaton-color-focus, #0b5cad);
    outline-offset: 0.15em;
  }
  /* After the one-column rules it overrides. */
  @container (min-width: 36em) {
    .terms {
      grid-template-columns: minmax(8em, 14em) minmax(0, 1fr);
      gap: 0.25em 0.75em;
    }
    .terms dd + dt {
      margin-block-start: 0;
    }
    .views {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .goal {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .client-mode {
    font-size: 1.1em;
    line-height: 1.6;
  }
  @media (forced-colors: active) {
    .disclaimer,
    .differ,
    .marker,
    .status {
      border-color: CanvasText;
    }
  }
  .print-meta {
    display: none;
  }
  /*
   * On paper: no controls, open forms or conflicts, each section after the first from a new page
   * (a host that wants them run on sets break-before: auto on ::part(section)), no card split
   * across pages, every card drawn (an off-screen card is otherwise skipped), and the version and
   * the day printed.
   */
  @media print {
    button,
    form,
    .state,
    .part-tools,
    .common-tools,
    .history-tools {
      display: none;
    }
    .print-meta {
      display: block;
    }
    .plan-section ~ .plan-section {
      break-before: page;
    }
    .card,
    .views {
      break-inside: avoid;
    }
    .card {
      content-visibility: visible;
    }
  }
`;
