import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { SaumatonFormAssociatedElement, define, setLocale, type FormValue, type Validator } from '@saumaton/elements';
import { formControlSuite, isolateTestPage, mount } from '@saumaton/elements/test-suites';

/** The smallest real form control on the base: a labelled text field, as a widget would build one. */
class TestTextField extends SaumatonFormAssociatedElement {
  /** The default value, as `<input value>`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** What the user typed; `undefined` until they type, so the default shows through. */
  @state() private edited: string | undefined;

  get value(): string {
    return this.edited ?? this.defaultValue;
  }

  set value(value: string) {
    this.edited = value;
  }

  protected formValue(): FormValue {
    return this.value;
  }

  protected defaultFormValue(): FormValue {
    return this.defaultValue;
  }

  protected restoreFormValue(value: FormValue): void {
    this.edited = typeof value === 'string' ? value : undefined;
  }

  override render() {
    const message = this.visibleValidationMessage;
    return html`<label for="input">Full name</label>
      <input
        id="input"
        .value=${live(this.value)}
        ?disabled=${this.effectivelyDisabled}
        ?required=${this.required}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${message ? 'message' : nothing}
        @input=${(event: InputEvent) => {
          this.edited = (event.target as HTMLInputElement).value;
        }}
      />
      ${message ? html`<p id="message">${message}</p>` : nothing}`;
  }
}
define('test-text-field', TestTextField);

/** A field with one more constraint: at least three characters, with no message of its own. */
class TestCodeField extends TestTextField {
  protected override validators(): Validator[] {
    return [
      ...super.validators(),
      () => (this.value.length > 0 && this.value.length < 3 ? { flags: { tooShort: true }, message: '' } : null),
    ];
  }
}
define('test-code-field', TestCodeField);

function type(el: TestTextField, text: string): void {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

formControlSuite('<test-text-field>, empty by default', {
  create: () => new TestTextField(),
  defaultValue: '',
  fill: (el: TestTextField) => type(el, 'Aino Virtanen'),
  filledValue: 'Aino Virtanen',
});

formControlSuite('<test-text-field value="Aino">', {
  create: () => {
    const el = new TestTextField();
    el.setAttribute('value', 'Aino');
    return el;
  },
  defaultValue: 'Aino',
  fill: (el: TestTextField) => type(el, 'Aino Virtanen'),
  filledValue: 'Aino Virtanen',
  clear: (el: TestTextField) => type(el, ''),
});

describe('SaumatonFormAssociatedElement', () => {
  isolateTestPage();

  it('is form-associated and delegates focus', async () => {
    const el = await fixture<TestTextField>(html`<test-text-field></test-text-field>`);
    expect(TestTextField.formAssociated).to.equal(true);
    expect(el.shadowRoot?.delegatesFocus).to.equal(true);
  });

  it('shows the message beside the control after a failed submit, and hides it once valid', async () => {
    const form = mount(html`<form><test-text-field name="n" required></test-text-field></form>`).querySelector('form')!;
    const el = form.querySelector<TestTextField>('test-text-field')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message'), 'no message before any check').to.equal(null);

    form.requestSubmit();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.shadowRoot!.querySelector('#message')?.textContent).to.equal('Fill in this field.');
    expect(input.getAttribute('aria-describedby')).to.equal('message');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await setLocale('sv');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message')?.textContent).to.equal('Fyll i det här fältet.');

    type(el, 'Aino');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('a reset hides the message', async () => {
    const form = mount(html`<form><test-text-field name="n" required></test-text-field></form>`).querySelector('form')!;
    const el = form.querySelector<TestTextField>('test-text-field')!;
    await el.updateComplete;
    el.checkValidity();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message')).to.exist;
    form.reset();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
  });

  it('reportValidity() points the browser at the inner input', async () => {
    const el = await fixture<TestTextField>(html`<test-text-field required></test-text-field>`);
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('input');
  });

  it('setCustomValidity() marks it invalid with the host’s message; an empty string clears it', async () => {
    const form = mount(html`<form><test-text-field name="n"></test-text-field></form>`).querySelector('form')!;
    const el = form.querySelector<TestTextField>('test-text-field')!;
    el.setCustomValidity('Taken by another client');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Taken by another client');
    expect(form.checkValidity()).to.equal(false);
    el.setCustomValidity('');
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('runs a subclass’s validators after its own, with a localized fallback message', async () => {
    await setLocale('fi');
    const el = await fixture<TestCodeField>(html`<test-code-field required></test-code-field>`);
    expect(el.validity.valueMissing).to.equal(true);
    type(el, 'ab');
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(false);
    expect(el.validity.tooShort).to.equal(true);
    expect(el.validationMessage).to.equal('Tarkista tämä kenttä.');
    type(el, 'abc');
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });

  it('an outer <label for> labels it', async () => {
    const page = mount(html`<div><label for="who">Asiakas</label><test-text-field id="who"></test-text-field></div>`);
    const el = page.querySelector<TestTextField>('test-text-field')!;
    expect([...(el.labels ?? [])].map((label) => label.textContent)).to.deep.equal(['Asiakas']);
  });

  it('checks its value synchronously, before the next render', async () => {
    const el = await fixture<TestTextField>(html`<test-text-field required></test-text-field>`);
    el.value = 'Aino';
    expect(el.checkValidity()).to.equal(true);
  });

  describe('in an engine without ElementInternals', () => {
    const attachInternals = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
    before(() => {
      delete (HTMLElement.prototype as Partial<HTMLElement>).attachInternals;
    });
    after(() => {
      Object.defineProperty(HTMLElement.prototype, 'attachInternals', attachInternals);
    });

    it('renders and validates on its own, without a crash', async () => {
      const form = mount(html`<form><test-text-field name="n" required></test-text-field></form>`).querySelector(
        'form',
      )!;
      const el = form.querySelector<TestTextField>('test-text-field')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')).to.exist;
      expect(el.form === null, 'el.form is null').to.equal(true);
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal('Fill in this field.');

      setTimeout(() => el.checkValidity());
      await oneEvent(el, 'invalid');
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#message')?.textContent).to.equal('Fill in this field.');

      type(el, 'Aino');
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
      await expect(el).to.be.accessible();
    });
  });
});
