import { msg } from '@lit/localize';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SaumatonElement } from './base-element.js';

/**
 * What a form control submits: one entry under its `name` (a string or a `File`), several
 * entries (a `FormData`, each entry under its own name), or nothing (`null`).
 */
export type FormValue = string | File | FormData | null;

/** What one validator found wrong: the `ValidityState` flags to raise and a localized sentence. */
export interface ValidationProblem {
  readonly flags: ValidityStateFlags;
  /** Built with `msg()` when the validator runs, so it is in the active locale. */
  readonly message: string;
}

/** One constraint of a control: what is wrong with its current value, or `null` when nothing is. */
export type Validator = () => ValidationProblem | null;

/**
 * The base of every Saumaton widget that is a form control inside a host page's `<form>`: it
 * submits under its `name`, takes part in constraint validation, is reset and restored with the
 * form, and is disabled by an ancestor `<fieldset disabled>`, like a native `<input>`.
 *
 * A subclass renders its label and its native controls in its own shadow root (no ARIA reference
 * crosses a shadow boundary), renders them disabled while `effectivelyDisabled`, shows
 * `visibleValidationMessage` beside them, and implements three hooks: `formValue()`,
 * `defaultFormValue()` and `restoreFormValue()`. Validation runs before every render and on
 * every check; add constraints by overriding `validators()`. Messages are built with `msg()` at
 * that moment, so they follow a locale change. The browser sees the new value and validity after
 * the update (`updateComplete`), or at once after a reset, a restore or a check.
 *
 * `focus()` goes to the first focusable control inside (`delegatesFocus`).
 *
 * **Engines without `ElementInternals`** (Safari before 16.4, Firefox before 93, WPE WebKit 2.38):
 * the element does not crash and works as a standalone control, but takes no part in a form's
 * submission, reset or restore; `form` is `null`, and `validity`, `validationMessage`,
 * `checkValidity()` and `reportValidity()` report its own validators without a browser bubble.
 *
 * @summary A form-associated custom element: name, value, validity, reset, restore, disabled.
 *
 * @attr name - The name the value is submitted under. Without one, a single value is not
 *   submitted (the entries of a `FormData` value carry their own names).
 * @attr required - An empty control blocks the form's submission, with a localized message.
 * @attr disabled - Disables the control; it is then neither submitted nor validated. An
 *   ancestor `<fieldset disabled>` does the same without changing this attribute.
 * @attr form - The `id` of a `<form>` elsewhere in the document to belong to, as for `<input>`.
 *
 * @fires invalid - When a check finds the control invalid (native event, not bubbling).
 */
export abstract class SaumatonFormAssociatedElement<Events = HTMLElementEventMap> extends SaumatonElement<Events> {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...SaumatonElement.shadowRootOptions, delegatesFocus: true };

  /** The name the value is submitted under. */
  @property({ reflect: true }) name: string | null = null;

  /** Whether an empty control blocks submission. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * The element's own disabled state. Like `<input>.disabled`, it stays `false` inside a disabled
   * `<fieldset>`; `:disabled` and `effectivelyDisabled` tell the effective state.
   */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The browser's side of the form association; `null` where the engine has none. */
  protected readonly internals: ElementInternals | null;

  /** Set when a check finds the control invalid (a submit, `checkValidity()`); cleared by a reset. */
  @state() private invalidReported = false;

  /** Disabled by the form: its own attribute or an ancestor `<fieldset disabled>`. */
  @state() private formDisabled = false;

  /** The message of `setCustomValidity()`; empty when none. */
  private customMessage = '';

  /** What is wrong now, as of the last update or check. */
  private problem: ValidationProblem | null = null;

  constructor() {
    super();
    this.internals = attachInternalsIfSupported(this);
    this.addEventListener('invalid', () => {
      this.invalidReported = true;
    });
  }

  // ---- the hooks a subclass implements

  /** The value to submit now; also the state the browser keeps for `restoreFormValue()`. */
  protected abstract formValue(): FormValue;

  /** The value a form reset returns to: for a text field, its `value` attribute. */
  protected abstract defaultFormValue(): FormValue;

  /**
   * Puts a value back into the control: `defaultFormValue()` on a form reset, or the state the
   * browser saved (what `formValue()` returned) when it restores the page after a navigation.
   * It may be handed any `FormValue`: ignore what does not fit, never throw.
   */
  protected abstract restoreFormValue(value: FormValue): void;

  /** Whether the control counts as empty for `required`. By default: `null`, `''` or no entries. */
  protected isValueMissing(): boolean {
    const value = this.formValue();
    if (value === null || value === '') return true;
    return value instanceof FormData && value.entries().next().done === true;
  }

  /**
   * The constraints, checked in order before every render and on every check; the first
   * problem's message is shown.
   * Override and extend: `return [...super.validators(), () => …]`.
   */
  protected validators(): Validator[] {
    return [
      () =>
        this.required && this.isValueMissing()
          ? { flags: { valueMissing: true }, message: msg('Fill in this field.') }
          : null,
    ];
  }

  /**
   * The inner control the browser points at when it reports the control invalid. By default the
   * first `input`, `select`, `textarea` or `button` in the shadow root.
   */
  protected get validationAnchor(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('input, select, textarea, button') ?? null;
  }

  /**
   * The message to render beside the control, in the active locale: after a check found it
   * invalid (a submit, `checkValidity()`, `reportValidity()`), until it is valid again or reset;
   * empty otherwise. Render it in the same shadow root as the control and point
   * `aria-describedby` at it.
   */
  protected get visibleValidationMessage(): string {
    return this.invalidReported ? (this.problem?.message ?? '') : '';
  }

  /** Disabled by its own `disabled` or by an ancestor `<fieldset disabled>`: render the inner controls disabled. */
  protected get effectivelyDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // ---- the native form-control API

  /** The `<form>` the control belongs to, or `null`. Set the `form` attribute to name another. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The `<label>` elements of the document that label this element. */
  get labels(): NodeList | null {
    return this.internals?.labels ?? null;
  }

  /** The current validity, as for `<input>`. */
  get validity(): ValidityState {
    return this.internals?.validity ?? validityOf(this.problem);
  }

  /** The localized sentence that says why the control is invalid; empty when it is valid. */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? this.problem?.message ?? '';
  }

  /** Whether the control takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? !this.effectivelyDisabled;
  }

  /** Checks the current value; when invalid, fires `invalid` and returns `false`. */
  checkValidity(): boolean {
    this.syncWithForm();
    if (this.internals) return this.internals.checkValidity();
    return this.checkOwnValidity();
  }

  /** As `checkValidity()`, and the browser shows the message at the inner control. */
  reportValidity(): boolean {
    this.syncWithForm();
    if (this.internals) return this.internals.reportValidity();
    return this.checkOwnValidity();
  }

  /** Marks the control invalid with the host page's own message (say, from its server); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customMessage = message;
    this.syncWithForm();
    this.requestUpdate();
  }

  // ---- the callbacks the browser calls

  /** The form was reset: back to the default value, no message shown. */
  formResetCallback(): void {
    this.restoreFormValue(this.defaultFormValue());
    this.invalidReported = false;
    this.syncWithForm();
  }

  /** The form, a `<fieldset>` around it, or its own attribute disabled or enabled the control. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The browser restores the value after a navigation (`restore`) or autofills it (`autocomplete`). */
  formStateRestoreCallback(state: FormValue, _reason: 'restore' | 'autocomplete'): void {
    this.restoreFormValue(state);
    this.syncWithForm();
  }

  // ---- keeping the browser's view in step

  // Validity is found before rendering, so the render shows the current message; the browser
  // is told after rendering, when the anchor exists.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.problem = this.currentProblem();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.tellBrowser();
  }

  /** Finds the validity now and tells the browser, between updates. */
  private syncWithForm(): void {
    this.problem = this.currentProblem();
    this.tellBrowser();
  }

  /** Hands the browser the current value and validity. */
  private tellBrowser(): void {
    if (!this.internals) return;
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const problem = this.problem;
    if (!problem) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.validationAnchor;
    this.internals.setValidity(
      problem.flags,
      problem.message,
      anchor && this.shadowRoot?.contains(anchor) ? anchor : undefined,
    );
  }

  /** What is wrong now, flags of every failing validator and the first message; `null` if nothing. */
  private currentProblem(): ValidationProblem | null {
    if (this.effectivelyDisabled) return null;
    const problems = this.validators()
      .map((validate) => validate())
      .filter((p): p is ValidationProblem => p !== null);
    if (this.customMessage) problems.unshift({ flags: { customError: true }, message: this.customMessage });
    if (!problems.length) return null;
    const flags = Object.assign({}, ...problems.map((p) => p.flags)) as ValidityStateFlags;
    // setValidity() refuses an empty message with raised flags.
    const message = problems.find((p) => p.message)?.message ?? msg('Check this field.');
    return { flags, message };
  }

  private checkOwnValidity(): boolean {
    if (!this.problem) return true;
    this.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }
}

function attachInternalsIfSupported(element: HTMLElement): ElementInternals | null {
  if (typeof element.attachInternals !== 'function') return null;
  try {
    return element.attachInternals();
  } catch {
    // Already attached by someone else, or an engine that lists the method but refuses it.
    return null;
  }
}

const validityKeys = [
  'badInput',
  'customError',
  'patternMismatch',
  'rangeOverflow',
  'rangeUnderflow',
  'stepMismatch',
  'tooLong',
  'tooShort',
  'typeMismatch',
  'valueMissing',
] as const;

/** A `ValidityState` built from our own check, for engines without `ElementInternals`. */
function validityOf(problem: ValidationProblem | null): ValidityState {
  const flags = Object.fromEntries(validityKeys.map((key) => [key, Boolean(problem?.flags[key])]));
  return { ...flags, valid: !problem } as unknown as ValidityState;
}
