import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AssessmentInitiation, AssessmentStatus, ClientView } from '@saumaton/core';
import { clientViewProblems, completionView, type CompletionData } from '../src/views/completion.js';
import { deadlinesView, type DeadlinesData } from '../src/views/deadlines.js';
import {
  initiationFormView,
  initiationFromDraft,
  type InitiationDraft,
  type InitiationProblems,
} from '../src/views/initiation-form.js';
import {
  byLabel,
  expectNoOverflow,
  inLocale,
  mount,
  option,
  text,
  typeInto,
  unmountAll,
  type Mounted,
} from './record-fixtures.js';

/** Tue 3 March 2026: the 7th weekday after it is Thu 12 March, three months on is 3 June. */
const initiation = (grounds: AssessmentInitiation['grounds'], extra: Partial<AssessmentInitiation> = {}) =>
  ({
    triggerDate: '2026-03-03',
    triggerKind: 'contact',
    grounds,
    initiatedBy: { kind: 'client' },
    ...extra,
  }) satisfies AssessmentInitiation;

const deadlines = (
  grounds: AssessmentInitiation['grounds'],
  today: string,
  extra: Partial<DeadlinesData> = {},
): DeadlinesData => ({ initiation: initiation(grounds), status: 'in-progress', today, ...extra });

const items = (m: Mounted) => m.$$('.deadline').map(text);

describe('deadlinesView: the initiation and the deadlines the law gives', () => {
  afterEach(unmountAll);

  it('says when and how the assessment began, on what grounds, by whom and why, and where it stands', async () => {
    const m = mount(
      deadlinesView(
        deadlines(['over-75', 'highest-care-allowance'], '2026-03-04', {
          initiation: initiation(['over-75', 'highest-care-allowance'], {
            initiatedBy: { kind: 'close-person', name: 'Liisa Virtanen' },
            justification: 'Tytär soitti: äiti ei enää pärjää kotona.',
          }),
        }),
      ),
    );
    const facts = m.$$('.facts > div').map(text);
    expect(facts).to.deep.equal([
      'Status In progress',
      'Began Contact made on Mar 3, 2026',
      'Grounds Client aged over 75 and Client receives the highest care allowance',
      'Initiated by A close person: Liisa Virtanen',
      'Justification Tytär soitti: äiti ei enää pärjää kotona.',
    ]);
    await expect(m.host).to.be.accessible();
  });

  it('names the client’s contact and the day a matter became pending', () => {
    const contact = mount(deadlinesView(deadlines(['other'], '2026-03-04')));
    expect(text(contact.$('.facts'))).to.contain('Contact from the client on Mar 3, 2026');
    const pending = mount(
      deadlinesView({
        ...deadlines(['other'], '2026-03-04'),
        initiation: initiation(['other'], { triggerKind: 'pending' }),
      }),
    );
    expect(text(pending.$('.facts'))).to.contain('The matter became pending on Mar 3, 2026');
  });

  it('shows urgent as urgent: in words, with a marker and a strong border', async () => {
    const m = mount(deadlinesView(deadlines(['urgent'], '2026-03-03')));
    expect(items(m)).to.deep.equal(['! Urgent: to be assessed immediately']);
    const urgent = m.$('.deadline.urgent');
    expect(urgent.querySelector('.marker')?.getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat(getComputedStyle(urgent).borderInlineStartWidth)).to.be.greaterThan(4);
    expect(text(m.$('.basis'))).to.contain('§ 36');
    await expect(m.host).to.be.accessible();
  });

  it('over 75: the start date and "due in 3 weekdays" while there is time', async () => {
    const m = mount(deadlinesView(deadlines(['over-75'], '2026-03-09')));
    expect(items(m)).to.deep.equal(['Start no later than Mar 12, 2026: Due in 3 weekdays']);
    await expect(m.host).to.be.accessible();
  });

  it('says one weekday in the singular', () => {
    const m = mount(deadlinesView(deadlines(['highest-care-allowance'], '2026-03-11')));
    expect(items(m)).to.deep.equal(['Start no later than Mar 12, 2026: Due in 1 weekday']);
  });

  it('due today: says so first, with a marker and a strong border', async () => {
    const m = mount(deadlinesView(deadlines(['over-75'], '2026-03-12')));
    expect(items(m)).to.deep.equal(['› Due today: Start no later than Mar 12, 2026']);
    const item = m.$('.deadline.due-today');
    expect(text(item.querySelector('strong'))).to.equal('Due today');
    expect(parseFloat(getComputedStyle(item).borderInlineStartWidth)).to.be.greaterThan(4);
    await expect(m.host).to.be.accessible();
  });

  it('overdue: "Overdue by 2 weekdays" is the first thing said, in words as well as by the border', async () => {
    const m = mount(deadlinesView(deadlines(['over-75'], '2026-03-16')));
    expect(items(m)).to.deep.equal(['! Overdue by 2 weekdays: Start no later than Mar 12, 2026']);
    const item = m.$('.deadline.overdue');
    expect(text(item.querySelector('strong'))).to.equal('Overdue by 2 weekdays');
    const plain = mount(deadlinesView(deadlines(['over-75'], '2026-03-09'))).$('.deadline');
    expect(parseFloat(getComputedStyle(item).borderInlineStartWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(plain).borderInlineStartWidth),
    );
    await expect(m.host).to.be.accessible();
  });

  it('a child needing special support: both the start and the completion deadline, each with where it stands', async () => {
    const m = mount(deadlinesView(deadlines(['child-special-support'], '2026-03-09')));
    expect(items(m)).to.deep.equal([
      'Start no later than Mar 12, 2026: Due in 3 weekdays',
      'Complete no later than Jun 3, 2026: Due in 58 weekdays',
    ]);
    await expect(m.host).to.be.accessible();
  });

  it('urgent with over 75: immediately, and the start date too', () => {
    const m = mount(deadlinesView(deadlines(['urgent', 'over-75'], '2026-03-04')));
    expect(items(m)).to.deep.equal([
      '! Urgent: to be assessed immediately',
      'Start no later than Mar 12, 2026: Due in 6 weekdays',
    ]);
  });

  it('counts days for a deadline that falls on no weekday', () => {
    // Sat 7 March 2026 + 3 months = Sun 7 June.
    const on = (today: string) =>
      items(
        mount(
          deadlinesView({
            ...deadlines(['child-special-support'], today),
            initiation: initiation(['child-special-support'], { triggerDate: '2026-03-07' }),
          }),
        ),
      )[1];
    expect(on('2026-06-05')).to.equal('Complete no later than Jun 7, 2026: Due in 2 days');
    expect(on('2026-06-09')).to.equal('! Overdue by 2 days: Complete no later than Jun 7, 2026');
  });

  it('other grounds only: no statutory deadline, to be assessed without undue delay', async () => {
    const m = mount(deadlinesView(deadlines(['other'], '2026-05-04')));
    expect(items(m)).to.deep.equal(['No statutory deadline: to be assessed without undue delay']);
    expect(text(m.container)).not.to.contain('Due');
    await expect(m.host).to.be.accessible();
  });

  const completed = (status: AssessmentStatus, completedAt: string) =>
    mount(deadlinesView(deadlines(['child-special-support'], '2026-07-01', { status, completedAt })));

  it('once completed: the completion deadline compared with the completion date, and no "due" wording', async () => {
    const onTime = completed('completed', '2026-05-20T10:00:00+03:00');
    expect(items(onTime)).to.deep.equal([
      'Start no later than Mar 12, 2026',
      'Complete no later than Jun 3, 2026: completed on time',
    ]);
    expect(text(onTime.$('.facts'))).to.contain('Status Completed');
    expect(text(onTime.container)).not.to.match(/due|overdue/i);
    await expect(onTime.host).to.be.accessible();

    const late = completed('amended', '2026-06-10');
    expect(items(late)).to.deep.equal([
      'Start no later than Mar 12, 2026',
      '! Complete no later than Jun 3, 2026: completed after the deadline',
    ]);
    expect(text(late.$('.facts'))).to.contain('Status Completed, amended afterwards');
    expect(text(late.container)).not.to.match(/due|overdue/i);
  });

  it('a stopped assessment shows its dates without counting', () => {
    const m = mount(deadlinesView(deadlines(['over-75'], '2026-04-01', { status: 'stopped' })));
    expect(text(m.$('.facts'))).to.contain('Status Stopped');
    expect(items(m)).to.deep.equal(['Start no later than Mar 12, 2026']);
  });

  it('speaks Finnish and Swedish, with the plural forms right', async () => {
    await inLocale('fi');
    let m = mount(deadlinesView(deadlines(['over-75'], '2026-03-16')));
    expect(items(m)).to.deep.equal(['! Myöhässä 2 arkipäivää: Aloitettava viimeistään 12.3.2026']);
    expect(text(m.$('.facts'))).to.contain('Tila Kesken');
    m = mount(deadlinesView(deadlines(['over-75'], '2026-03-11')));
    expect(items(m)).to.deep.equal(['Aloitettava viimeistään 12.3.2026: Määräaikaa jäljellä 1 arkipäivä']);
    await expect(m.host).to.be.accessible();
    await inLocale('sv');
    m = mount(deadlinesView(deadlines(['over-75'], '2026-03-16')));
    expect(items(m)[0]).to.match(/^! Försenad med 2 vardagar: Ska inledas senast 12 mars 2026$/);
    m = mount(deadlinesView(deadlines(['urgent'], '2026-03-03')));
    expect(items(m)).to.deep.equal(['! Brådskande: ska bedömas genast']);
    await expect(m.host).to.be.accessible();
  });

  it('never throws on a date that is no day: says the deadlines wait for one', () => {
    const m = mount(
      deadlinesView({
        ...deadlines(['over-75'], 'today'),
        initiation: initiation(['over-75'], { triggerDate: '2026-02-30' }),
      }),
    );
    expect(text(m.container)).to.contain('The deadlines are counted once the date is given.');
  });

  it('fits 320 px in every state', () => {
    for (const data of [
      deadlines(['urgent', 'over-75'], '2026-03-16'),
      deadlines(['child-special-support'], '2026-03-12'),
      deadlines(['child-special-support'], '2026-07-01', { status: 'completed', completedAt: '2026-06-10' }),
      {
        ...deadlines(['other'], '2026-03-04'),
        initiation: initiation(['other'], {
          initiatedBy: {
            kind: 'other-authority',
            name: 'Järvilaakson hyvinvointialueen-lastensuojelun-ilmoitusyksikkö',
          },
          justification: 'https://example.org/a-very-long-address-without-any-place-to-break-it-at-all-0123456789',
        }),
      },
    ]) {
      expectNoOverflow(mount(deadlinesView(data), '320px'));
    }
  });
});

describe('initiationFromDraft: a draft becomes an initiation, or says what is wrong', () => {
  afterEach(unmountAll);
  const today = '2026-03-10';
  const valid: InitiationDraft = {
    triggerDate: '2026-03-03',
    triggerKind: 'pending',
    grounds: ['child-special-support', 'urgent'],
    initiatorKind: 'other-authority',
    initiatorName: '  Lastensuojeluilmoitus, Järvilaakso  ',
    justification: '  Koulu teki ilmoituksen.  ',
  };

  it('gives the initiation of a valid draft: grounds in their order, texts trimmed', () => {
    expect(initiationFromDraft(valid, { today })).to.deep.equal({
      initiation: {
        triggerDate: '2026-03-03',
        triggerKind: 'pending',
        grounds: ['urgent', 'child-special-support'],
        initiatedBy: { kind: 'other-authority', name: 'Lastensuojeluilmoitus, Järvilaakso' },
        justification: 'Koulu teki ilmoituksen.',
      },
    });
    expect(
      initiationFromDraft({ ...valid, triggerDate: today, initiatorName: ' ', justification: '' }, { today }),
    ).to.deep.equal({
      initiation: {
        triggerDate: today,
        triggerKind: 'pending',
        grounds: ['urgent', 'child-special-support'],
        initiatedBy: { kind: 'other-authority' },
      },
    });
  });

  it('an empty draft: the date, how it began, a ground and who initiated are asked for', () => {
    expect(initiationFromDraft({ grounds: [] }, { today })).to.deep.equal({
      problems: {
        triggerDate: 'Give the date.',
        triggerKind: 'Choose how the assessment began.',
        grounds: 'Choose at least one ground.',
        initiatorKind: 'Choose who initiated the assessment.',
      },
    });
  });

  it('refuses a date in the future and a date that does not exist', () => {
    expect(initiationFromDraft({ ...valid, triggerDate: '2026-03-11' }, { today })).to.deep.equal({
      problems: { triggerDate: 'The date cannot be in the future.' },
    });
    expect(initiationFromDraft({ ...valid, triggerDate: '2026-02-30' }, { today })).to.deep.equal({
      problems: { triggerDate: 'Give a date that exists, for example 3.3.2026.' },
    });
  });

  it('counts "the future" from today in Finland when no today is given', () => {
    const result = initiationFromDraft({ ...valid, triggerDate: '2999-01-01' });
    expect(result).to.deep.equal({ problems: { triggerDate: 'The date cannot be in the future.' } });
  });

  it('says its problems in the page’s language', async () => {
    await inLocale('fi');
    expect(initiationFromDraft({ ...valid, grounds: [] }, { today })).to.deep.equal({
      problems: { grounds: 'Valitse vähintään yksi peruste.' },
    });
    await inLocale('sv');
    expect(initiationFromDraft({ ...valid, triggerDate: '2026-04-01' }, { today })).to.deep.equal({
      problems: { triggerDate: 'Datumet kan inte vara i framtiden.' },
    });
  });
});

describe('initiationFormView: starting an assessment', () => {
  afterEach(unmountAll);
  const today = '2026-03-09';

  /** The form with a loop that keeps its draft and problems, as the widget would. */
  function form(initial: InitiationDraft, options: { busy?: boolean; cancel?: boolean } = {}) {
    const state = {
      draft: initial,
      problems: undefined as InitiationProblems | undefined,
      submitted: 0,
      cancelled: 0,
      result: undefined as ReturnType<typeof initiationFromDraft> | undefined,
    };
    const view = () =>
      initiationFormView(
        state.draft,
        { today, ...(state.problems ? { problems: state.problems } : {}), busy: options.busy ?? false },
        {
          change: (draft) => {
            state.draft = draft;
            m.update(view());
          },
          submit: () => {
            state.submitted++;
            state.result = initiationFromDraft(state.draft, { today });
            state.problems = 'problems' in state.result ? state.result.problems : undefined;
            m.update(view());
          },
          ...(options.cancel
            ? {
                cancel: () => {
                  state.cancelled++;
                },
              }
            : {}),
        },
      );
    const m = mount(view());
    return { m, state };
  }

  it('is accessible, labelled and explains the required mark', async () => {
    const { m } = form({ grounds: [] });
    expect(text(m.$('h3'))).to.equal('New service needs assessment');
    expect(text(m.$('.hint'))).to.equal('Fields marked * are required.');
    expect(byLabel(m, 'Date of contact or of becoming pending').type).to.equal('date');
    expect(byLabel(m, 'How the assessment began').localName).to.equal('fieldset');
    expect(byLabel(m, 'Grounds').localName).to.equal('fieldset');
    expect(byLabel(m, 'Initiated by').localName).to.equal('select');
    expect(byLabel(m, 'Justification').localName).to.equal('textarea');
    expect(text(m.$('button[type="submit"]'))).to.equal('Start the assessment');
    await expect(m.host).to.be.accessible();
  });

  it('keeps the draft as the controls change and shows the deadlines the grounds give, live', () => {
    const { m, state } = form({ grounds: [] });
    expect(text(m.$('.deadline-preview'))).to.contain('Choose the grounds to see the deadlines.');
    typeInto(byLabel(m, 'Date of contact or of becoming pending'), '2026-03-03');
    option(m, 'Contact was made').click();
    option(m, 'Client aged over 75').click();
    expect(state.draft).to.include({ triggerDate: '2026-03-03', triggerKind: 'contact' });
    expect(state.draft.grounds).to.deep.equal(['over-75']);
    expect(m.$$('.deadline-preview .deadline').map(text)).to.deep.equal([
      'Start no later than Mar 12, 2026: Due in 3 weekdays',
    ]);
    option(m, 'Urgent need for assistance').click();
    option(m, 'Child in need of special support').click();
    expect(state.draft.grounds).to.deep.equal(['urgent', 'over-75', 'child-special-support']);
    expect(m.$$('.deadline-preview .deadline').map(text)).to.deep.equal([
      '! Urgent: to be assessed immediately',
      'Start no later than Mar 12, 2026: Due in 3 weekdays',
      'Complete no later than Jun 3, 2026: Due in 58 weekdays',
    ]);
    expect(m.$('.deadline-preview').getAttribute('aria-live')).to.equal('polite');
  });

  it('can be filled in and submitted with the keyboard alone', async () => {
    const { m, state } = form({ triggerDate: '2026-03-02', grounds: [] });
    option(m, 'Contact was made').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(m.root.activeElement).to.equal(option(m, 'Urgent need for assistance'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(state.draft.grounds).to.deep.equal(['over-75']);
    byLabel(m, 'Name of the initiator (optional)').focus();
    await sendKeys({ type: 'Liisa' });
    expect(state.draft.initiatorName).to.equal('Liisa');
    await sendKeys({ press: 'Enter' });
    expect(state.submitted).to.equal(1);
    expect(state.problems).to.deep.equal({ initiatorKind: 'Choose who initiated the assessment.' });
  });

  it('shows each problem at its field, tied to it, after a submit of an empty form', async () => {
    const { m, state } = form({ grounds: [] });
    m.$('button[type="submit"]').click();
    expect(state.submitted).to.equal(1);
    const date = byLabel(m, 'Date of contact or of becoming pending');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(text(m.root.getElementById(date.getAttribute('aria-describedby')!.split(' ').pop()!))).to.equal(
      'Give the date.',
    );
    const grounds = byLabel(m, 'Grounds');
    expect(text(m.root.getElementById(grounds.getAttribute('aria-describedby')!))).to.equal(
      'Choose at least one ground.',
    );
    const initiator = byLabel(m, 'Initiated by');
    expect(initiator.getAttribute('aria-invalid')).to.equal('true');
    expect(text(m.root.getElementById(initiator.getAttribute('aria-describedby')!))).to.equal(
      'Choose who initiated the assessment.',
    );
    expect(text(m.container)).to.contain('Choose how the assessment began.');
    await expect(m.host).to.be.accessible();
  });

  it('a future date is refused at the date field', () => {
    const { m } = form({
      triggerDate: '2026-03-20',
      triggerKind: 'contact',
      grounds: ['other'],
      initiatorKind: 'client',
    });
    m.$('button[type="submit"]').click();
    expect(m.$$('.field-error').map(text)).to.deep.equal(['The date cannot be in the future.']);
  });

  it('filled in by its controls, gives the initiation the assessment starts with', () => {
    const { m, state } = form({ grounds: [] });
    typeInto(byLabel(m, 'Date of contact or of becoming pending'), '2026-03-02');
    option(m, 'The matter became pending').click();
    option(m, 'Other grounds').click();
    const select = byLabel(m, 'Initiated by');
    select.value = 'close-person';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    typeInto(byLabel(m, 'Name of the initiator (optional)'), 'Liisa Virtanen');
    typeInto(byLabel(m, 'Justification'), 'Huoli äidin jaksamisesta.');
    m.$('button[type="submit"]').click();
    expect(state.result).to.deep.equal({
      initiation: {
        triggerDate: '2026-03-02',
        triggerKind: 'pending',
        grounds: ['other'],
        initiatedBy: { kind: 'close-person', name: 'Liisa Virtanen' },
        justification: 'Huoli äidin jaksamisesta.',
      },
    });
    expect(m.$$('.field-error')).to.have.length(0);
  });

  it('while busy, submitting does nothing and the button stays focusable', () => {
    const { m, state } = form({ grounds: ['other'] }, { busy: true });
    const button = m.$('button[type="submit"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    button.click();
    expect(state.submitted).to.equal(0);
  });

  it('Cancel and Escape cancel, when the widget offers it', () => {
    const { m, state } = form({ grounds: [] }, { cancel: true });
    m.$$<HTMLButtonElement>('button')
      .find((b) => text(b) === 'Cancel')!
      .click();
    byLabel(m, 'Justification').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(state.cancelled).to.equal(2);
    expect(form({ grounds: [] }).m.$$('button').map(text)).to.deep.equal(['Start the assessment']);
  });

  it('is in Finnish and Swedish, and fits 320 px with its problems and deadlines shown', async () => {
    await inLocale('fi');
    let { m } = form({ triggerDate: '2026-03-03', grounds: ['urgent', 'child-special-support'] }, { cancel: true });
    expect(text(m.$('button[type="submit"]'))).to.equal('Aloita arviointi');
    m.$('button[type="submit"]').click();
    m.host.style.inlineSize = '320px';
    expectNoOverflow(m);
    await expect(m.host).to.be.accessible();
    await inLocale('sv');
    ({ m } = form({ grounds: [] }));
    expect(text(m.$('h3'))).to.equal('Ny bedömning av servicebehovet');
    await expect(m.host).to.be.accessible();
  });
});

describe('completionView: the client’s own view, or the obstacle, and completing', () => {
  afterEach(unmountAll);

  function completion(initial: Partial<CompletionData> = {}) {
    const state = { data: initial as CompletionData, views: [] as (ClientView | undefined)[], completed: 0 };
    const view = () =>
      completionView(state.data, {
        clientView: (v) => {
          state.views.push(v);
          state.data = { ...state.data, ...(v ? { clientView: v } : {}) };
          m.update(view());
        },
        complete: () => {
          state.completed++;
          state.data = { ...state.data, problems: clientViewProblems(state.data.clientView) };
          m.update(view());
        },
      });
    const m = mount(view());
    return { m, state };
  }

  it('asks for the view, citing the law, with nothing chosen yet', async () => {
    const { m } = completion();
    expect(text(m.$('legend'))).to.equal("The client's own view *");
    expect(text(m.$('.hint'))).to.contain('§ 37');
    expect(m.$$<HTMLInputElement>('input[type="radio"]').map((r) => r.checked)).to.deep.equal([false, false]);
    expect(m.$$('textarea')).to.have.length(0);
    await expect(m.host).to.be.accessible();
  });

  it('the radios toggle between the view in the client’s words and the obstacle with its reason', async () => {
    const { m, state } = completion();
    option(m, 'The client gave their view').click();
    expect(state.data.clientView).to.deep.equal({ kind: 'given' });
    typeInto(byLabel(m, "The client's view in their own words (optional)"), 'Haluan asua kotona.');
    expect(state.data.clientView).to.deep.equal({ kind: 'given', text: 'Haluan asua kotona.' });
    await expect(m.host).to.be.accessible();

    option(m, "The client's view could not be obtained").click();
    expect(state.data.clientView).to.deep.equal({ kind: 'obstacle', reason: '' });
    expect(m.$$('textarea')).to.have.length(1);
    const reason = byLabel(m, 'Why not (the obstacle)');
    expect(reason.required).to.equal(true);
    typeInto(reason, 'Asiakas on tajuton.');
    expect(state.data.clientView).to.deep.equal({ kind: 'obstacle', reason: 'Asiakas on tajuton.' });
    expect(m.$$<HTMLInputElement>('input[type="radio"]').map((r) => r.checked)).to.deep.equal([false, true]);
    await expect(m.host).to.be.accessible();
  });

  it('an obstacle without its reason is refused at the reason; no choice at all at the choice', async () => {
    const { m, state } = completion();
    m.$('button[type="submit"]').click();
    expect(state.completed).to.equal(1);
    const set = byLabel(m, "The client's own view");
    expect(text(m.root.getElementById(set.getAttribute('aria-describedby')!.split(' ').pop()!))).to.equal(
      "Record the client's own view, or that it could not be obtained.",
    );
    await expect(m.host).to.be.accessible();

    option(m, "The client's view could not be obtained").click();
    m.$('button[type="submit"]').click();
    const reason = byLabel(m, 'Why not (the obstacle)');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(text(m.root.getElementById(reason.getAttribute('aria-describedby')!))).to.equal(
      "Say why the client's view could not be obtained.",
    );
    await expect(m.host).to.be.accessible();
  });

  it('can be done with the keyboard alone: choose, write the reason, complete', async () => {
    const { m, state } = completion();
    option(m, 'The client gave their view').focus();
    await sendKeys({ press: ' ' });
    expect(state.data.clientView).to.deep.equal({ kind: 'given' });
    await sendKeys({ press: 'ArrowDown' });
    expect(state.data.clientView).to.deep.equal({ kind: 'obstacle', reason: '' });
    await sendKeys({ press: 'Tab' });
    expect(m.root.activeElement).to.equal(byLabel(m, 'Why not (the obstacle)'));
    await sendKeys({ type: 'Tajuton' });
    expect(state.data.clientView).to.deep.equal({ kind: 'obstacle', reason: 'Tajuton' });
    await sendKeys({ press: 'Tab' });
    expect(m.root.activeElement).to.equal(m.$('button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    expect(state.completed).to.equal(1);
    expect(state.data.problems).to.deep.equal({});
  });

  it('clientViewProblems: empty when the view is given or the obstacle has its reason', () => {
    expect(clientViewProblems({ kind: 'given' })).to.deep.equal({});
    expect(clientViewProblems({ kind: 'given', text: 'Näin.' })).to.deep.equal({});
    expect(clientViewProblems({ kind: 'obstacle', reason: 'Tajuton.' })).to.deep.equal({});
    expect(clientViewProblems({ kind: 'obstacle', reason: '  ' })).to.have.keys('reason');
    expect(clientViewProblems(undefined)).to.have.keys('clientView');
    expect(clientViewProblems({ kind: 'nonsense' } as unknown as ClientView)).to.have.keys('clientView');
  });

  it('says how many answers need attention, in the singular and plural, tied to the button', () => {
    let { m } = completion({ answersProblemCount: 1 });
    expect(text(m.$('.attention'))).to.equal('! 1 answer needs attention before completing.');
    ({ m } = completion({ answersProblemCount: 3 }));
    expect(text(m.$('.attention'))).to.equal('! 3 answers need attention before completing.');
    expect(m.$('button').getAttribute('aria-describedby')).to.equal(m.$('.attention').id);
    ({ m } = completion({ answersProblemCount: 0 }));
    expect(m.$$('.attention')).to.have.length(0);
  });

  it('does nothing while busy', () => {
    const { m, state } = completion({ busy: true, clientView: { kind: 'given' } });
    const button = m.$('button');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    expect(state.completed).to.equal(0);
  });

  it('is in Finnish and Swedish and fits 320 px', async () => {
    await inLocale('fi');
    let { m } = completion({
      clientView: { kind: 'obstacle', reason: '' },
      problems: { reason: clientViewProblems({ kind: 'obstacle', reason: '' }).reason! },
      answersProblemCount: 2,
    });
    expect(text(m.$('button'))).to.equal('Merkitse arviointi valmiiksi');
    expect(text(m.$('.attention'))).to.equal('! 2 vastausta on tarkistettava ennen valmistumista.');
    m.host.style.inlineSize = '320px';
    expectNoOverflow(m);
    await expect(m.host).to.be.accessible();
    await inLocale('sv');
    ({ m } = completion({ clientView: { kind: 'given', text: 'Jag vill bo hemma.' } }));
    expect(text(m.$('legend'))).to.equal('Klientens egen åsikt *');
    await expect(m.host).to.be.accessible();
  });
});
