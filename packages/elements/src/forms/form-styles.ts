import { css } from 'lit';

/**
 * The look of every widget's forms: a bordered form, fields in one column that become two where
 * the widget is wide enough (a container query, so it follows the widget, not the window),
 * hints and errors under their labels, and rows of actions that wrap at 320 px.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--saumaton-color-border-strong, #5b6470);
    border-radius: var(--saumaton-radius, 0.375em);
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
  }
  .field input,
  .field select,
  .field textarea {
    inline-size: 100%;
  }
  .field label,
  legend {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
    color: var(--saumaton-color-text-muted, #4a525c);
  }
  .field-error,
  .form-error {
    color: var(--saumaton-color-danger, #b3261e);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--saumaton-color-danger, #b3261e);
    border-width: 2px;
  }
  fieldset {
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    border-radius: var(--saumaton-radius, 0.375em);
    padding: 0.5em 0.75em;
  }
  .checkboxes {
    display: grid;
    gap: 0.25em;
  }
  .checkboxes label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2em;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    min-block-size: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }
  @container (min-width: 38em) {
    .fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .field.wide {
      grid-column: 1 / -1;
    }
    .checkboxes {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    }
  }
`;
