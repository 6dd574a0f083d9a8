/**
 * The form-control suite: what every Saumaton widget built on `SaumatonFormAssociatedElement`
 * does inside a host page's `<form>`, as a native `<input>` would. Run it from the widget's own
 * browser tests (`@web/test-runner` with Mocha and `@open-wc/testing`):
 *
 * ```ts
 * import { formControlSuite } from '@saumaton/elements/test-suites';
 * formControlSuite('<saumaton-consent-form>', {
 *   create: () => Object.assign(document.createElement('saumaton-consent-form'), { adapter }),
 *   defaultValue: null,
 *   fill: async (el) => { … choose an option as a user would … },
 *   filledValue: 'consent-1',
 * });
 * ```
 *
 * Not covered: a real back-and-forward navigation. The test runner's page cannot navigate away,
 * and in a frame it is not reliable: tried in Chromium 156, the frame's scripted navigation made
 * no history entry, so `history.back()` took the test page itself back to `about:blank`. The suite
 * calls `formStateRestoreCallback` with the state the control gave the browser, as the browser does.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { isolateTestPage, mount } from './mount.js';
import type { SaumatonFormAssociatedElement } from '../form-associated.js';
import { setLocale, type SaumatonLocale } from '../localization.js';

/**
 * What the form submits under the control's `name`: one entry, several, or none (`null`). A
 * control whose value is a `FormData` is checked through its entries under that name.
 */
export type SubmittedValue = string | readonly string[] | null;

export interface FormControlSuiteOptions<E extends SaumatonFormAssociatedElement> {
  /**
   * A new, unconnected control in its default state, as a page author writes it (with its
   * adapter and default value, if it needs them). The suite sets `name`, `required`,
   * `disabled` and `form` itself.
   */
  create(): E | Promise<E>;
  /** What the form submits before any input, and again after a reset. */
  readonly defaultValue: SubmittedValue;
  /** Gives the connected control a valid value as a user would (typing, choosing). */
  fill(el: E): void | Promise<void>;
  /** What the form submits after `fill`; must differ from `defaultValue`. */
  readonly filledValue: SubmittedValue;
  /** Empties the control as a user would; needed only when the default state is not empty. */
  clear?(el: E): void | Promise<void>;
  /** The message of an empty required control per locale; by default the base class's. */
  readonly requiredMessages?: Readonly<Record<SaumatonLocale, string>>;
}

/** The base class's message for an empty required control. */
export const defaultRequiredMessages: Readonly<Record<SaumatonLocale, string>> = {
  en: 'Fill in this field.',
  fi: 'Täytä tämä kenttä.',
  sv: 'Fyll i det här fältet.',
};

const LOCALES: readonly SaumatonLocale[] = ['en', 'fi', 'sv'];
const NAME = 'field';
let formIds = 0;

function entries(value: SubmittedValue): string[] {
  if (value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** The entries under the control's name, a File by its file name; `null` for no form data. */
function valuesOf(data: FormData | null): string[] | null {
  return data?.getAll(NAME).map((v) => (typeof v === 'string' ? v : v.name)) ?? null;
}

/** The entries a form holds under the control's name now. */
function submitted(form: HTMLFormElement): string[] | null {
  return valuesOf(new FormData(form));
}

/** Submits as the user's submit button would; the form data if it was sent, `null` if validation stopped it. */
function submit(form: HTMLFormElement): FormData | null {
  const sent: { data: FormData | null } = { data: null };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    sent.data = new FormData(form);
  };
  form.addEventListener('submit', onSubmit);
  try {
    form.requestSubmit();
  } finally {
    form.removeEventListener('submit', onSubmit);
  }
  return sent.data;
}

/** The native controls in the element's shadow root. */
function innerControls(el: Element): Element[] {
  return [...(el.shadowRoot?.querySelectorAll('input, select, textarea, button') ?? [])];
}

/** Defines the form-control tests for one widget. */
export function formControlSuite<E extends SaumatonFormAssociatedElement>(
  name: string,
  options: FormControlSuiteOptions<E>,
): void {
  const messages = options.requiredMessages ?? defaultRequiredMessages;

  async function control(attributes: { required?: boolean } = {}): Promise<E> {
    const el = await options.create();
    el.name = NAME;
    el.required = attributes.required ?? false;
    return el;
  }

  /** A control in a `<form>`, rendered. */
  async function inForm(attributes: { required?: boolean } = {}): Promise<{ el: E; form: HTMLFormElement }> {
    const el = await control(attributes);
    const form = mount(html`<form>${el}</form>`).querySelector('form')!;
    await el.updateComplete;
    return { el, form };
  }

  async function empty(el: E): Promise<void> {
    if (entries(options.defaultValue).some((v) => v !== '')) {
      if (!options.clear) throw new Error(`${name}: its default state is not empty, so the suite needs clear()`);
      await options.clear(el);
    }
    await el.updateComplete;
  }

  async function fill(el: E): Promise<void> {
    await options.fill(el);
    await el.updateComplete;
  }

  describe(`${name} is a form control`, () => {
    isolateTestPage();

    it('submits its name and default value with the form', async () => {
      const { el, form } = await inForm();
      expect(valuesOf(submit(form))).to.deep.equal(entries(options.defaultValue));
      await expect(el).to.be.accessible();
    });

    it('submits what the user entered', async () => {
      const { el, form } = await inForm();
      await fill(el);
      expect(submit(form)).not.to.equal(null);
      expect(submitted(form)).to.deep.equal(entries(options.filledValue));
      await expect(el).to.be.accessible();
    });

    it('a form reset restores the default value at once', async () => {
      const { el, form } = await inForm();
      await fill(el);
      form.reset();
      expect(submitted(form)).to.deep.equal(entries(options.defaultValue));
      await el.updateComplete;
      expect(submitted(form)).to.deep.equal(entries(options.defaultValue));
    });

    for (const locale of LOCALES) {
      it(`required: an empty control blocks submission and says why, in ${locale}`, async () => {
        await setLocale(locale);
        const { el, form } = await inForm({ required: true });
        await empty(el);
        let invalidEvents = 0;
        el.addEventListener('invalid', () => invalidEvents++);

        expect(submit(form), 'the form was submitted').to.equal(null);
        expect(invalidEvents).to.equal(1);
        expect(el.validity.valid).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validationMessage).to.equal(messages[locale]);
        expect(el.checkValidity()).to.equal(false);
        expect(el.reportValidity()).to.equal(false);
        await el.updateComplete;
        await expect(el).to.be.accessible();

        await fill(el);
        expect(el.validity.valid).to.equal(true);
        expect(el.validationMessage).to.equal('');
        expect(el.checkValidity()).to.equal(true);
        expect(valuesOf(submit(form))).to.deep.equal(entries(options.filledValue));
      });
    }

    it('required: the message follows a change of locale', async () => {
      await setLocale('en');
      const { el } = await inForm({ required: true });
      await empty(el);
      expect(el.validationMessage).to.equal(messages.en);
      await setLocale('fi');
      await el.updateComplete;
      expect(el.validationMessage).to.equal(messages.fi);
      await setLocale('sv');
      await el.updateComplete;
      expect(el.validationMessage).to.equal(messages.sv);
    });

    it('an ancestor <fieldset disabled> disables it: not submitted, inner controls disabled', async () => {
      const el = await control();
      const form = mount(html`<form><fieldset>${el}</fieldset></form>`).querySelector('form')!;
      const fieldset = form.querySelector('fieldset')!;
      await el.updateComplete;
      await fill(el);

      fieldset.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.disabled, 'like <input>, its own property stays false').to.equal(false);
      expect(el.hasAttribute('disabled')).to.equal(false);
      expect(el.willValidate).to.equal(false);
      expect(innerControls(el).length).to.be.greaterThan(0);
      expect(innerControls(el).every((c) => c.matches(':disabled'))).to.equal(true);
      expect(submitted(form)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      fieldset.disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
      expect(innerControls(el).some((c) => c.matches(':disabled'))).to.equal(false);
      expect(submitted(form)).to.deep.equal(entries(options.filledValue));
    });

    it('a disabled control is not validated: required does not block submission', async () => {
      const el = await control({ required: true });
      const form = mount(html`<form><fieldset disabled>${el}</fieldset></form>`).querySelector('form')!;
      await el.updateComplete;
      await empty(el);
      expect(el.validity.valid).to.equal(true);
      expect(submit(form)).not.to.equal(null);
    });

    it('its own disabled attribute disables it', async () => {
      const { el, form } = await inForm();
      await fill(el);
      el.disabled = true;
      await el.updateComplete;
      expect(el.getAttribute('disabled')).to.equal('');
      expect(el.matches(':disabled')).to.equal(true);
      expect(innerControls(el).every((c) => c.matches(':disabled'))).to.equal(true);
      expect(submitted(form)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      el.disabled = false;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(false);
      expect(submitted(form)).to.deep.equal(entries(options.filledValue));
    });

    it('reflects name and required to attributes', async () => {
      const { el } = await inForm({ required: true });
      expect(el.getAttribute('name')).to.equal(NAME);
      expect(el.hasAttribute('required')).to.equal(true);
      el.required = false;
      await el.updateComplete;
      expect(el.hasAttribute('required')).to.equal(false);
    });

    it('restores its value when the browser restores the page (formStateRestoreCallback)', async () => {
      // Capture the state the control hands the browser to keep across a navigation.
      const saved: { state: string | File | FormData | null } = { state: null };

      const setFormValue = ElementInternals.prototype.setFormValue;
      const first = await inForm();
      ElementInternals.prototype.setFormValue = function (value, state) {
        saved.state = state ?? value;
        setFormValue.call(this, value, state);
      };
      try {
        await fill(first.el);
      } finally {
        ElementInternals.prototype.setFormValue = setFormValue;
      }

      // A new page: a fresh control, given that state back as the browser would.
      const { el, form } = await inForm();
      el.formStateRestoreCallback(saved.state, 'restore');
      await el.updateComplete;
      expect(submitted(form)).to.deep.equal(entries(options.filledValue));
      await expect(el).to.be.accessible();
    });

    it('never throws on a restored state it cannot use', async () => {
      const { el } = await inForm();
      const states = [null, '', 'x'.repeat(10_000), new FormData(), new File(['x'], 'x.txt')];
      for (const state of states) {
        expect(() => el.formStateRestoreCallback(state, 'restore')).not.to.throw();
        expect(() => el.formStateRestoreCallback(state, 'autocomplete')).not.to.throw();
      }
      await el.updateComplete;
      expect(el.checkValidity()).to.be.a('boolean');
    });

    it('focus() moves focus to the control inside (delegatesFocus)', async () => {
      const { el } = await inForm();
      el.focus();
      // Booleans, not elements: a failed comparison of DOM nodes can take the test page down.
      expect(document.activeElement === el, 'the element has focus').to.equal(true);
      const inner = el.shadowRoot?.activeElement;
      expect(inner?.localName ?? 'nothing', 'what has focus inside').to.be.oneOf([
        'input',
        'select',
        'textarea',
        'button',
      ]);
    });

    it('belongs to the form its form="id" names, from outside that form', async () => {
      const id = `saumaton-form-control-suite-${++formIds}`;
      const el = await control({ required: true });
      el.setAttribute('form', id);
      const page = mount(
        html`<div>
          <form id=${id}></form>
          ${el}
        </div>`,
      );
      const form = page.querySelector('form')!;
      await el.updateComplete;
      await empty(el);

      expect(el.form === form, 'el.form is the form').to.equal(true);
      expect(submit(form), 'required did not block the form').to.equal(null);
      await fill(el);
      expect(valuesOf(submit(form))).to.deep.equal(entries(options.filledValue));
      form.reset();
      expect(submitted(form)).to.deep.equal(entries(options.defaultValue));
    });
  });
}
