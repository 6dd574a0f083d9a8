import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Announcer,
  FocusController,
  LazyModule,
  SaumatonElement,
  define,
  field,
  formFooter,
  formStyles,
  select,
  type FieldOptions,
} from '@saumaton/elements';

/** A small widget with a button that opens a form, as the roster's "Add member" does. */
class FocusHost extends LitElement {
  @property({ type: Boolean }) open = false;
  @property({ type: Boolean }) withOpener = true;
  readonly focusing = new FocusController(this);

  protected override render() {
    return html`${this.withOpener ? html`<button id="opener" type="button">Add member</button>` : nothing}
      <h2 id="heading" tabindex="-1">Team</h2>
      ${this.open ? html`<form><label for="name">Name</label><input id="name" /></form>` : nothing}`;
  }
}
define('test-focus-host', FocusHost);

/** A small widget with one live region, and a record of what the region said after each render. */
class AnnouncerHost extends LitElement {
  readonly announcer = new Announcer(this);
  readonly said: string[] = [];

  protected override render() {
    return this.announcer.render();
  }

  protected override updated(): void {
    this.said.push(this.region.textContent);
  }

  get region(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[role="status"]')!;
  }
}
define('test-announcer-host', AnnouncerHost);

/** Renders whatever template it is given inside a form, with the shared form styles. */
class FormHost extends LitElement {
  static override styles = [...SaumatonElement.styles, formStyles];
  @property({ attribute: false }) content: TemplateResult | typeof nothing = nothing;

  protected override render() {
    return html`<form novalidate>${this.content}</form>`;
  }
}
define('test-form-host', FormHost);

function focused(el: LitElement): Element | null {
  return el.shadowRoot!.activeElement;
}

async function form(content: TemplateResult): Promise<FormHost> {
  return fixture<FormHost>(html`<test-form-host .content=${content}></test-form-host>`);
}

function $(el: LitElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const nameField: FieldOptions = { name: 'name', label: 'Name', value: 'Satu Lahtinen' };

/** A widget whose form comes from a module loaded on first use, as the roster's editing tools do. */
class LazyHost extends SaumatonElement {
  /** What the next import gives: the module, or a failure (offline, a redeployed site). */
  next: () => Promise<{ form: () => TemplateResult }> = () =>
    Promise.resolve({ form: () => html`<form id="f"></form>` });
  imports = 0;
  open = false;
  message = '';
  readonly tools = new LazyModule(
    this,
    () => {
      this.imports++;
      return this.next();
    },
    (work) => this.settleAfter(work),
  );

  openForm(): void {
    this.tools.run(
      () => {
        this.open = true;
      },
      (message) => {
        this.message = message;
      },
    );
  }

  protected override render() {
    return html`${this.open && this.tools.value ? this.tools.value.form() : nothing}
      <p id="message">${this.message}</p>`;
  }
}
define('test-lazy-host', LazyHost);

describe('LazyModule', () => {
  it('loads on first use, and updateComplete waits until what it opens has rendered', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    let resolve!: (m: { form: () => TemplateResult }) => void;
    el.next = () => new Promise((r) => (resolve = r));
    el.openForm();
    const complete = el.updateComplete;
    setTimeout(() => resolve({ form: () => html`<form id="f"></form>` }), 30);
    await complete;
    expect(el.shadowRoot!.querySelector('#f')).to.not.equal(null);
    el.openForm();
    expect(el.imports).to.equal(1);
  });

  it('prefetches once, when idle', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    el.tools.prefetch();
    el.tools.prefetch();
    await new Promise((r) => setTimeout(r, 400));
    expect(el.imports).to.equal(1);
    expect(el.tools.value).to.not.equal(undefined);
  });

  it('says so when the module cannot load, and loads it on the next try', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    el.next = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    el.openForm();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#message')!.textContent).to.equal(
      'This part of the view could not be loaded. Check your connection and try again.',
    );
    expect(el.shadowRoot!.querySelector('#f')).to.equal(null);
    el.next = () => Promise.resolve({ form: () => html`<form id="f"></form>` });
    el.openForm();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f')).to.not.equal(null);
    expect(el.imports).to.equal(2);
  });
});

describe('FocusController', () => {
  it('focuses what a selector finds once the next render is on screen', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    // The input does not exist yet when the focus is asked for: the render that opens the form makes it.
    el.open = true;
    el.focusing.focusAfterUpdate('#name');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('name');
  });

  it('focuses what a function finds once the next render is on screen', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.focusAfterUpdate(() => el.renderRoot.querySelector<HTMLElement>('#heading'));
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('heading');
  });

  it('renders by itself when asked to move focus', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.focusAfterUpdate('#name');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('name');
  });

  it('moves focus once: a later render leaves focus where the user put it', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.focusAfterUpdate('#name');
    await el.updateComplete;
    $(el, '#opener').focus();
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('opener');
  });

  it('follows the last request when asked twice before a render', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.focusAfterUpdate('#name');
    el.focusing.focusAfterUpdate('#heading');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('heading');
  });

  it('leaves focus alone when the selector finds nothing', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    $(el, '#opener').focus();
    el.focusing.focusAfterUpdate('#name');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('opener');
  });

  it('gives focus back to the control that opened a form when it closes', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.focusing.rememberReturn('opener');
    el.open = true;
    el.focusing.focusAfterUpdate('#name');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('name');
    el.open = false;
    el.focusing.restore('#heading');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('opener');
  });

  it('falls back when the remembered control is gone', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.rememberReturn('opener');
    el.withOpener = false;
    el.open = false;
    el.focusing.restore('#heading');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('heading');
  });

  it('forgets the remembered control once restored, and restores nothing after', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host open></test-focus-host>`);
    el.focusing.rememberReturn('opener');
    el.focusing.restore('#heading');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('opener');
    $(el, '#name').focus();
    el.focusing.restore('#heading');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('name');
  });
});

describe('Announcer', () => {
  it('renders one empty polite live region', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    expect(el.region.getAttribute('aria-live')).to.equal('polite');
    expect(el.region.textContent).to.equal('');
    expect(el.renderRoot.querySelectorAll('[aria-live]')).to.have.length(1);
  });

  it('empties the region first, then says the sentence', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.said.length = 0;
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.said).to.deep.equal(['', 'Saved.']);
    expect(el.region.textContent).to.equal('Saved.');
    expect(el.announcer.current).to.equal('Saved.');
  });

  it('says the same sentence twice when it is announced twice', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    el.said.length = 0;
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.said).to.deep.equal(['', 'Saved.']);
  });

  it('replaces an earlier sentence with a later one', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    el.announcer.announce('Someone else updated the team.');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.region.textContent).to.equal('Someone else updated the team.');
  });

  it('forgets the sentence when the widget leaves the page, and does not say it again on its return', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    expect(el.announcer.current).to.equal('');
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.region.textContent).to.equal('');
  });

  it('does not say a sentence announced just before the widget left the page', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const parent = el.parentNode!;
    el.announcer.announce('Saved.');
    el.remove();
    await el.updateComplete;
    await el.updateComplete;
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.region.textContent).to.equal('');
    expect(el.announcer.current).to.equal('');
  });

  it('says only the last of two sentences announced at once', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    el.said.length = 0;
    el.announcer.announce('Saving…');
    el.announcer.announce('Saved.');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.said).to.deep.equal(['', 'Saved.']);
  });
});

describe('field templates', () => {
  it('ties the label to its input by id', async () => {
    const el = await form(field(nameField));
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.id).to.equal('field-name');
    expect(input.name).to.equal('name');
    expect(input.value).to.equal('Satu Lahtinen');
    expect([...input.labels!].map((l) => l.textContent)).to.deep.equal(['Name']);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(input.getAttribute('autocomplete')).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('uses the id given instead of the name', async () => {
    const el = await form(field({ ...nameField, id: 'meeting-date', type: 'date', value: '2026-11-24' }));
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.id).to.equal('meeting-date');
    expect(input.type).to.equal('date');
    expect(input.labels![0]!.getAttribute('for')).to.equal('meeting-date');
    await expect(el).to.be.accessible();
  });

  it('describes the input by its hint', async () => {
    const el = await form(field({ ...nameField, hint: 'As on the ID card.' }));
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.getAttribute('aria-describedby')).to.equal('field-name-hint');
    expect($(el, '#field-name-hint').textContent).to.equal('As on the ID card.');
    await expect(el).to.be.accessible();
  });

  it('marks an input in error invalid and describes it by its hint and its error', async () => {
    const el = await form(field({ ...nameField, value: '', hint: 'As on the ID card.', error: 'Enter a name.' }));
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('field-name-hint field-name-error');
    expect($(el, '#field-name-error').textContent).to.equal('Enter a name.');
    await expect(el).to.be.accessible();
  });

  it('marks a required field with a * that assistive technology does not read', async () => {
    const el = await form(field({ ...nameField, required: true }));
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.required).to.equal(true);
    const star = $(el, 'label span');
    expect(star.textContent).to.equal('*');
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('offers suggestions from a datalist tied to the input', async () => {
    const el = await form(
      field({ name: 'organizationName', label: 'Organisation', value: '', list: ['Kotiapu Lindqvist Oy', 'Majakka'] }),
    );
    const input = $(el, 'input') as HTMLInputElement;
    expect(input.list?.id).to.equal('field-organizationName-list');
    expect([...input.list!.options].map((o) => o.value)).to.deep.equal(['Kotiapu Lindqvist Oy', 'Majakka']);
    await expect(el).to.be.accessible();
  });

  it('makes a labelled textarea of a multiline field', async () => {
    const el = await form(
      field({
        name: 'decisions',
        label: 'Decisions',
        value: 'Jatketaan\nSeuraava tapaaminen',
        multiline: true,
        rows: 5,
      }),
    );
    const area = $(el, 'textarea') as HTMLTextAreaElement;
    expect(area.value).to.equal('Jatketaan\nSeuraava tapaaminen');
    expect(area.rows).to.equal(5);
    expect(area.labels[0]!.textContent).to.equal('Decisions');
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('makes a labelled select with the value chosen', async () => {
    const el = await form(
      select({
        name: 'role',
        label: 'Role in the team',
        value: 'named-worker',
        options: [
          { value: 'member', label: 'Team member' },
          { value: 'named-worker', label: 'Named worker' },
        ],
        hint: 'Saving moves the role.',
      }),
    );
    const chosen = $(el, 'select') as HTMLSelectElement;
    expect(chosen.id).to.equal('field-role');
    expect(chosen.value).to.equal('named-worker');
    expect(chosen.labels[0]!.textContent).to.equal('Role in the team');
    expect([...chosen.options].map((o) => o.textContent)).to.deep.equal(['Team member', 'Named worker']);
    expect(chosen.getAttribute('aria-invalid')).to.equal('false');
    expect(chosen.getAttribute('aria-describedby')).to.equal('field-role-hint');
    await expect(el).to.be.accessible();
  });

  it('marks a select in error invalid and describes it by the error', async () => {
    const el = await form(
      select({
        name: 'role',
        label: 'Role in the team',
        value: '',
        options: [{ value: '', label: 'Not chosen' }],
        error: 'Choose a role.',
      }),
    );
    const chosen = $(el, 'select') as HTMLSelectElement;
    expect(chosen.getAttribute('aria-invalid')).to.equal('true');
    expect(chosen.getAttribute('aria-describedby')).to.equal('field-role-error');
    expect($(el, '#field-role-error').textContent).to.equal('Choose a role.');
    await expect(el).to.be.accessible();
  });

  describe('formFooter', () => {
    const footer = (saving: boolean, errors: readonly string[] = [], onCancel: () => void = () => undefined) =>
      form(html`${field(nameField)}${formFooter({ submitLabel: 'Add member', saving, errors, onCancel })}`);

    it('offers the submit button and Cancel', async () => {
      let cancelled = 0;
      const el = await footer(false, [], () => cancelled++);
      const submit = $(el, 'button[type="submit"]') as HTMLButtonElement;
      expect(submit.textContent.trim()).to.equal('Add member');
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
      ($(el, 'button[type="button"]') as HTMLButtonElement).click();
      expect(cancelled).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('keeps the submit button focusable but aria-disabled while saving', async () => {
      const el = await footer(true);
      const submit = $(el, 'button[type="submit"]') as HTMLButtonElement;
      expect(submit.textContent.trim()).to.equal('Saving…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.disabled).to.equal(false);
      submit.focus();
      expect(focused(el)).to.equal(submit);
      await expect(el).to.be.accessible();
    });

    it('shows each form error as an alert', async () => {
      const el = await footer(false, ['A team has one coordinator at a time.', 'The save failed.']);
      const alerts = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
      expect(alerts).to.deep.equal(['A team has one coordinator at a time.', 'The save failed.']);
      await expect(el).to.be.accessible();
    });
  });
});
