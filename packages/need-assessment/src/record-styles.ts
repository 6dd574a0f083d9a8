import { css } from 'lit';

/**
 * The look of the assessment's record views, on top of `formStyles`: the initiation and its
 * deadlines, the initiation form, completing, and the client's summary with its print styles.
 * (The reasons are here rather than in the CSS, whose comments would ship in the bundle.)
 *
 * - A deadline's state is said in words first; the marker (`!`, `›`) and a strong border at the
 *   start repeat it, so nothing depends on colour (`forced-colors` keeps the border and marker).
 * - Long words (an organisation's name, a URL in an answer) break rather than scroll at 320 px.
 * - Printing shows only the summary: everything else in the widget's shadow root that the
 *   widget marks `no-print` is hidden, as are buttons; black on white, no borders of the screen.
 */
export const recordStyles = css`
  .record,
  .summary,
  .completion,
  .initiation-form {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .record h3,
  .record h4,
  .summary h2,
  .summary h3,
  .summary h4,
  .summary h5,
  .summary h6 {
    margin-block: 0.75em 0.25em;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd,
  .answers dd {
    margin: 0;
  }
  .text {
    white-space: pre-wrap;
  }
  .deadline-list {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .deadline {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding-block: 0.25em;
    padding-inline: 0.75em 0.5em;
    border-inline-start: 0.25em solid var(--saumaton-color-border, #c9ced6);
  }
  .deadline.urgent,
  .deadline.overdue,
  .deadline.due-today,
  .deadline.late {
    border: 2px solid var(--saumaton-color-border-strong, #5b6470);
    border-inline-start-width: 0.5em;
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .deadline.urgent,
  .deadline.overdue,
  .deadline.late {
    border-inline-start-color: var(--saumaton-color-danger, #b3261e);
  }
  .deadline.due-today {
    background: var(--saumaton-color-notice, #fff4d6);
  }
  .marker {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }
  .basis {
    margin-block: 0.25em 0;
    font-size: 0.875em;
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  .deadline-preview {
    margin-block-start: 0.5em;
  }
  .preview-heading {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .choice-set {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
    margin: 0;
  }
  .choice-set .checkboxes label {
    font-weight: normal;
  }
  .nested {
    margin-inline-start: 1.75em;
  }
  .attention {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0;
    font-weight: 600;
  }
  .summary {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
    background: var(--saumaton-color-surface, #fff);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary p {
    margin: 0;
  }
  .answers {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .answers dt {
    font-weight: 600;
  }
  .summary blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--saumaton-color-border, #c9ced6);
  }
  @container (min-width: 38em) {
    .choice-set.wide {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .deadline,
    .marker {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .no-print,
    button {
      display: none !important;
    }
    .summary {
      border: none;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .summary blockquote {
      border-color: #000;
    }
  }
`;
