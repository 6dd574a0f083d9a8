import { css } from 'lit';

/**
 * The assessment form's own look, on top of `formStyles`: items in one column, groups nested.
 * (The reasons are here rather than in the CSS, whose comments would ship in the bundle.)
 *
 * - A group off screen is not laid out until it nears the viewport (`content-visibility: auto`;
 *   it stays in the accessibility tree, find-in-page and the tab order), as the roster's member
 *   cards: a long template first renders without laying out what is below the fold. Only its
 *   height is remembered.
 * - The items' column is `minmax(0, 1fr)`, as wide as the form, never as wide as an item's
 *   content: a group off screen keeps the size it was last laid out at, and an auto track would
 *   keep that width after the page narrowed (zoom, a rotated phone), scrolling it sideways.
 * - A group holding the focus is always laid out: Chromium decides asynchronously whether a
 *   group off screen is relevant, and focus() into one not yet laid out (`checkAnswers()` moving
 *   to the first problem, a repetition just added) may be dropped on a busy machine.
 */
export const assessmentStyles = css`
  .assessment {
    display: grid;
    gap: 1em;
  }
  .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    min-inline-size: 0;
  }
  fieldset {
    display: grid;
    gap: 1em;
    min-inline-size: 0;
    margin: 0;
  }
  fieldset.group {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24em;
  }
  fieldset.group:focus-within {
    content-visibility: visible;
  }
  fieldset.choices,
  fieldset.boolean {
    border: none;
    padding: 0;
    gap: 0.25em;
  }
  legend {
    padding-inline: 0.25em;
  }
  fieldset.choices > legend,
  fieldset.boolean > legend {
    padding: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .options.vertical {
    flex-direction: column;
  }
  .options label {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2em;
    font-weight: normal;
  }
  .required {
    font-weight: normal;
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  .prefix {
    margin-inline-end: 0.25em;
  }
  .display {
    margin: 0;
  }
  .slider {
    display: flex;
    gap: 0.75em;
    align-items: center;
  }
  .slider input {
    flex: 1;
    min-inline-size: 0;
  }
  .slider output {
    min-inline-size: 2.5em;
    font-weight: 600;
    text-align: end;
  }
  .unit {
    white-space: nowrap;
  }
  .with-unit {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .repetition-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.link {
    justify-self: start;
  }
`;
