import { expect } from '@open-wc/testing';
import { MemoryAdapter, type AssessmentTemplate } from '@saumaton/core';
import type { SaumatonChangeEvent } from '../src/events/saumaton-change.js';
import {
  $,
  $$,
  assessmentTemplate,
  byLabel,
  cleanUp,
  inLocale,
  otherTemplate,
  renderAssessment,
  templateAdapter,
  text,
  type,
} from './fixtures.js';

describe('<saumaton-need-assessment> renders its template', () => {
  afterEach(cleanUp);

  it('renders a template given as a property, without an adapter', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    expect(text($(el, 'h2'))).to.equal('Palvelutarpeen arviointi');
    expect(byLabel(el, 'Yhteenveto tilanteesta').localName).to.equal('textarea');
  });

  it('reads the template named by template-id through the adapter', async () => {
    const adapter = await templateAdapter();
    const el = await renderAssessment((e) => {
      e.adapter = adapter;
      e.templateId = otherTemplate.id;
    });
    expect(text($(el, 'h2'))).to.equal('Elämäntilannemittari');
    expect(byLabel(el, 'Asuminen nyt').getAttribute('inputmode')).to.equal('numeric');
  });

  it('is one element: every item is rendered in its one shadow root, with no custom element inside', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    expect($$(el, '*').filter((n) => n.localName.includes('-'))).to.deep.equal([]);
    expect($$(el, 'input, textarea, select').length).to.be.greaterThan(10);
  });

  it('shows groups as fieldsets with their text as the legend', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const group = byLabel(el, 'Tilanne');
    expect(group.localName).to.equal('fieldset');
    expect(group.contains(byLabel(el, 'Yhteenveto tilanteesta'))).to.equal(true);
  });

  it('labels every control in the same shadow root', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    for (const c of $$<HTMLInputElement>(el, 'input, select, textarea')) {
      const named = (c.labels?.length ?? 0) > 0 || c.hasAttribute('aria-label') || c.closest('label') !== null;
      expect(named, `control ${c.id} has a label`).to.equal(true);
    }
  });

  it('says in words which items are required, not only with a colour or a sign', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const label = $$(el, 'label').find((l) => text(l).startsWith('Yhteenveto tilanteesta'));
    expect(text(label)).to.equal('Yhteenveto tilanteesta (required)');
    expect(byLabel(el, 'Yhteenveto tilanteesta').getAttribute('aria-required')).to.equal('true');
    expect(text(byLabel(el, 'Asuu yksin').querySelector('legend'))).to.equal('Asuu yksin (required)');
  });

  it('asks a boolean as a yes/no pair that starts unanswered, and can be cleared back to no answer', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const set = byLabel(el, 'Asuu yksin');
    const [yes, no] = [...set.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect([text(yes!.closest('label')), text(no!.closest('label'))]).to.deep.equal(['Yes', 'No']);
    expect([yes!.checked, no!.checked]).to.deep.equal([false, false]);
    no!.click();
    await el.updateComplete;
    expect(el.value?.item).to.deep.equal([
      {
        linkId: 'situation',
        text: 'Tilanne',
        item: [{ linkId: 'lives-alone', text: 'Asuu yksin', answer: [{ valueBoolean: false }] }],
      },
    ]);
    $(el, `#${CSS.escape(yes!.id.replace(/-yes$/, '-clear'))}`)!.click();
    await el.updateComplete;
    expect(el.value?.item).to.equal(undefined);
    expect([yes!.checked, no!.checked]).to.deep.equal([false, false]);
  });

  it('shows choices as radio buttons, a drop-down or check boxes, as itemControl and repeats say', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    expect(byLabel(el, 'Asumismuoto').querySelectorAll('input[type="radio"]')).to.have.length(3);
    expect(byLabel(el, 'Asunnon kunto').localName).to.equal('select');
    expect(byLabel(el, 'Tuen tarpeet').querySelectorAll('input[type="checkbox"]')).to.have.length(3);
  });

  it('gives the answers back as a QuestionnaireResponse, codings with system and display', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const changes: SaumatonChangeEvent[] = [];
    el.addEventListener('saumaton-change', (e) => changes.push(e));
    byLabel(el, 'Asumismuoto').querySelectorAll<HTMLInputElement>('input')[1]!.click();
    const select = byLabel(el, 'Asunnon kunto') as unknown as HTMLSelectElement;
    select.value = '2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    type(byLabel(el, 'Käyntejä viikossa'), '3');
    await el.updateComplete;
    expect(changes.map((c) => c.detail.linkId)).to.deep.equal(['housing', 'housing-select', 'visits']);
    expect(changes[0]!.detail.answers).to.deep.equal([
      {
        valueCoding: {
          system: 'https://example.org/fhir/CodeSystem/housing',
          code: 'rented',
          display: 'Vuokra-asunto',
        },
      },
    ]);
    const response = el.value!;
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.questionnaire).to.equal('https://example.org/fhir/Questionnaire/service-need');
    expect(response.item).to.deep.equal([
      {
        linkId: 'situation',
        text: 'Tilanne',
        item: [
          {
            linkId: 'housing',
            text: 'Asumismuoto',
            answer: [
              {
                valueCoding: {
                  system: 'https://example.org/fhir/CodeSystem/housing',
                  code: 'rented',
                  display: 'Vuokra-asunto',
                },
              },
            ],
          },
          { linkId: 'housing-select', text: 'Asunnon kunto', answer: [{ valueString: 'Huono' }] },
        ],
      },
      { linkId: 'visits', text: 'Käyntejä viikossa', answer: [{ valueInteger: 3 }] },
    ]);
  });

  it('takes a saved response through value and shows its answers, never applying initial values again', async () => {
    const withInitial: AssessmentTemplate = {
      ...otherTemplate,
      item: [{ linkId: 'housing-score', type: 'integer', text: 'Asuminen nyt', initial: [{ valueInteger: 5 }] }],
    };
    const fresh = await renderAssessment((e) => (e.template = withInitial));
    expect(byLabel(fresh, 'Asuminen nyt').value).to.equal('5');
    const saved = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] };
    const loaded = await renderAssessment((e) => {
      e.value = saved;
      e.template = withInitial;
    });
    expect(byLabel(loaded, 'Asuminen nyt').value).to.equal('');
    loaded.value = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [{ linkId: 'housing-score', answer: [{ valueInteger: 8 }] }],
    };
    await loaded.updateComplete;
    await loaded.updateComplete;
    expect(byLabel(loaded, 'Asuminen nyt').value).to.equal('8');
    expect(loaded.value.item).to.deep.equal([{ linkId: 'housing-score', answer: [{ valueInteger: 8 }] }]);
  });

  it('refuses an unsupported template with the error state naming the item, and tells the host page', async () => {
    const unsupported: AssessmentTemplate = {
      ...otherTemplate,
      item: [{ linkId: 'photo', type: 'attachment', text: 'Valokuva' }],
    };
    const errors: unknown[] = [];
    document.addEventListener('saumaton-error', (e) => errors.push(e.detail.error), { once: true });
    const el = await renderAssessment((e) => (e.template = unsupported));
    const state = $(el, '.state.error');
    expect(state?.getAttribute('role')).to.equal('alert');
    expect(text(state)).to.contain('Item “Valokuva” uses a construct that this form cannot show.');
    expect(errors).to.have.length(1);
  });

  it('names a malformed item of a template read through the adapter, in Finnish on a Finnish page', async () => {
    await inLocale('fi');
    const broken = {
      ...otherTemplate,
      id: 'broken',
      item: [
        {
          linkId: 'x',
          type: 'choice',
          text: 'Asuminen',
          enableWhen: [{ question: 'nowhere', operator: '=', answerBoolean: true }],
        },
      ],
    };
    const adapter = await MemoryAdapter.withData({ templates: [broken] });
    const el = await renderAssessment((e) => {
      e.adapter = adapter;
      e.templateId = 'broken';
    });
    expect(text($(el, '.state.error'))).to.contain('Kohta ”Asuminen” on virheellinen.');
    expect(text($(el, '.state.error button'))).to.equal('Yritä uudelleen');
  });

  it('speaks Finnish and Swedish in its own words', async () => {
    await inLocale('fi');
    const fi = await renderAssessment((e) => (e.template = assessmentTemplate));
    expect(text(byLabel(fi, 'Asuu yksin').querySelector('.options'))).to.equal('Kyllä Ei');
    expect(text(fi.shadowRoot!.querySelector('.required'))).to.equal('(pakollinen)');
    await inLocale('sv');
    await fi.updateComplete;
    expect(text(byLabel(fi, 'Asuu yksin').querySelector('.options'))).to.equal('Ja Nej');
    expect(text(fi.shadowRoot!.querySelector('.required'))).to.equal('(obligatorisk)');
  });

  it('shows the empty state when no template is chosen', async () => {
    const el = await renderAssessment(() => undefined);
    expect(text($(el, '.state.empty'))).to.equal('No assessment template was chosen.');
  });
});
