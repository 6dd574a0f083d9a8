import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The field templates every widget's forms are made of, so they look and behave alike: a
 * visible label tied to its control, an optional hint and error tied by `aria-describedby`,
 * `aria-invalid` on a field in error, and a `*` for required fields that the form's hint
 * explains (`requiredHint()`). Label and control live in the same shadow root. Values are
 * strings as typed, so nothing the user wrote is lost to parsing.
 */
export interface FieldOptions {
  /** The form field's name; also the element id (`field-<name>`) unless `id` is given. */
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly id?: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  /** An `<input>` type; `multiline` makes a `<textarea>` instead. */
  readonly type?: string;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly required?: boolean;
  /** Takes the form's full width in the two-column layout. */
  readonly wide?: boolean;
  /** Off unless given: these forms hold other people's details, not the user's own. */
  readonly autocomplete?: string;
  /** Suggestions offered while typing (a `<datalist>`). */
  readonly list?: readonly string[];
}

function describedBy(id: string, hint: unknown, error: unknown): string | typeof nothing {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

function label(id: string, text: string, required: boolean | undefined): TemplateResult {
  return html`<label for=${id}>${text}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>`;
}

function hintAndError(id: string, hint: string | undefined, error: string | undefined) {
  return {
    hint: hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing,
    error: error ? html`<span class="field-error" id=${`${id}-error`}>${error}</span>` : nothing,
  };
}

/** A labelled text input or textarea. */
export function field(options: FieldOptions): TemplateResult {
  const id = options.id ?? `field-${options.name}`;
  const { hint, error } = hintAndError(id, options.hint, options.error);
  const invalid = options.error ? 'true' : 'false';
  const described = describedBy(id, options.hint, options.error);
  return html`<div class="field ${options.wide ? 'wide' : ''}">
    ${label(id, options.label, options.required)} ${hint}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            name=${options.name}
            rows=${options.rows ?? 3}
            .value=${options.value}
            ?required=${options.required ?? false}
            aria-invalid=${invalid}
            aria-describedby=${described}
          ></textarea>`
        : html`<input
            id=${id}
            name=${options.name}
            type=${options.type ?? 'text'}
            .value=${options.value}
            ?required=${options.required ?? false}
            autocomplete=${options.autocomplete ?? 'off'}
            list=${options.list ? `${id}-list` : nothing}
            aria-invalid=${invalid}
            aria-describedby=${described}
          />`
    }
    ${
      options.list
        ? html`<datalist id=${`${id}-list`}>${options.list.map((o) => html`<option value=${o}></option>`)}</datalist>`
        : nothing
    }
    ${error}
  </div>`;
}

export interface SelectOptions {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly id?: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly wide?: boolean;
}

/** A labelled `<select>`. */
export function select(options: SelectOptions): TemplateResult {
  const id = options.id ?? `field-${options.name}`;
  const { hint, error } = hintAndError(id, options.hint, options.error);
  return html`<div class="field ${options.wide ? 'wide' : ''}">
    ${label(id, options.label, false)} ${hint}
    <select
      id=${id}
      name=${options.name}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, options.hint, options.error)}
    >
      ${options.options.map((o) => html`<option value=${o.value} ?selected=${o.value === options.value}>${o.label}</option>`)}
    </select>
    ${error}
  </div>`;
}

/** The sentence that explains the `*` of required fields; put it at the top of a form that has any. */
export function requiredHint(): TemplateResult {
  return html`<p class="hint">${msg('Fields marked * are required.')}</p>`;
}

export interface FormFooterOptions {
  readonly submitLabel: string;
  readonly saving: boolean;
  /** Messages about the form as a whole (a broken rule, a failed save), each announced. */
  readonly errors: readonly string[];
  readonly onCancel: () => void;
}

/** What a widget's open form shows besides its draft, and what its controls do: every widget's forms take these. */
export interface FormControls {
  readonly saving: boolean;
  /** Messages about the change as a whole (a broken rule, a failed save). */
  readonly formErrors: readonly string[];
  readonly onInput: (e: Event) => void;
  readonly onSubmit: (e: SubmitEvent) => void;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onCancel: () => void;
}

/**
 * The form's errors, its submit button and Cancel. While saving, the submit button is
 * `aria-disabled` rather than disabled: a disabled button loses focus, and a keyboard user would
 * be stranded when the save fails. The form's submit handler must ignore submits meanwhile.
 */
export function formFooter(options: FormFooterOptions): TemplateResult {
  return html`${options.errors.map((e) => html`<p class="form-error" role="alert">${e}</p>`)}
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${options.saving ? 'true' : 'false'}>
        ${options.saving ? msg('Saving…') : options.submitLabel}
      </button>
      <button type="button" @click=${options.onCancel}>${msg('Cancel')}</button>
    </div>`;
}
