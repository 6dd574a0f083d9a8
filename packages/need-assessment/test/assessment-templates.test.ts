import { expect } from '@open-wc/testing';
import { MemoryAdapter, type AssessmentTemplate } from '@saumaton/core';
import { $, $$, byLabel, cleanUp, inLocale, renderAssessment, text } from './fixtures.js';

/**
 * Saumaton's own templates (`@saumaton/questionnaire/templates/`) reach the widget as a portal's
 * would: served by the adapter, named by template-id. Each is shown in Finnish, Swedish and
 * English, and is accessible in each.
 */
const load = async (name: string) =>
  (await (
    await fetch(new URL(`../../questionnaire/templates/${name}.json`, import.meta.url))
  ).json()) as AssessmentTemplate;

let templates: AssessmentTemplate[];
before(async () => {
  templates = await Promise.all([load('life-situation-meter'), load('service-need-assessment')]);
});

const shows = {
  'saumaton-life-situation-meter': {
    fi: { title: 'Elämäntilannemittari', label: 'Kuinka tyytyväinen olet asumiseesi?' },
    sv: { title: 'Livssituationsmätare', label: 'Hur nöjd är du med ditt boende?' },
    en: { title: 'Life-situation meter', label: 'How satisfied are you with your housing?' },
  },
  'saumaton-service-need-assessment': {
    fi: { title: 'Palvelutarpeen arviointi', label: 'Ammattihenkilön johtopäätös asiakkuudesta' },
    sv: { title: 'Bedömning av servicebehovet', label: 'Yrkespersonens slutsats om klientskapet' },
    en: { title: 'Service needs assessment', label: "The professional's conclusion on clienthood" },
  },
} as const;

describe("<saumaton-need-assessment> shows Saumaton's own templates", () => {
  afterEach(cleanUp);

  for (const id of Object.keys(shows) as (keyof typeof shows)[]) {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      it(`${id} in ${locale}, accessible`, async () => {
        await inLocale(locale);
        const adapter = await MemoryAdapter.withData({ templates });
        const el = await renderAssessment((e) => {
          e.adapter = adapter;
          e.templateId = id;
        });
        const want = shows[id][locale];
        expect($(el, '.state.error')).to.equal(null);
        expect(text($(el, 'h2'))).to.equal(want.title);
        expect(byLabel(el, want.label)).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows the meter as ten sliders from 0 to 10', async () => {
    const adapter = await MemoryAdapter.withData({ templates });
    const el = await renderAssessment((e) => {
      e.adapter = adapter;
      e.templateId = 'saumaton-life-situation-meter';
    });
    const sliders = $$<HTMLInputElement>(el, 'input[type="range"]');
    expect(sliders.map((s) => [s.min, s.max])).to.deep.equal(Array.from({ length: 10 }, () => ['0', '10']));
  });

  it('in Swedish, asks for the reason once an obvious obstacle to hearing the client is recorded', async () => {
    await inLocale('sv');
    const adapter = await MemoryAdapter.withData({ templates });
    const el = await renderAssessment((e) => {
      e.adapter = adapter;
      e.templateId = 'saumaton-service-need-assessment';
    });
    const obstacle = byLabel(el, 'Klientens syn kan inte utredas på grund av ett uppenbart hinder');
    expect(() => byLabel(el, 'Orsaken till hindret')).to.throw();
    obstacle.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await el.updateComplete;
    expect(byLabel(el, 'Orsaken till hindret').getAttribute('aria-required')).to.equal('true');
    expect(() => byLabel(el, 'Klientens syn på sitt behov av tjänster')).to.throw();
  });
});
