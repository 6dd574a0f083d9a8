import { css } from 'lit';

/** The assessment form's own look, on top of `formStyles`: items in one column, groups nested. */
export const assessmentStyles = css`
  .assessment {
    display: grid;
    gap: 1em;
  }
  .items {
    display: grid;
    gap: 1em;
    min-inline-size: 0;
  }
  fieldset {
    display: grid;
    gap: 1em;
    min-inline-size: 0;
    margin: 0;
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
