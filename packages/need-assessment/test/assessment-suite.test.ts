import { expect } from '@open-wc/testing';
import { MemoryAdapter, type AnyAdapter, type AssessmentTemplate } from '@saumaton/core';
import { XSS_PAYLOADS, widgetSuite } from '@saumaton/elements/test-suites';
import { NeedAssessment } from '../src/NeedAssessment.js';
import {
  $,
  $$,
  assessmentTemplate,
  byLabel,
  cleanUp,
  otherTemplate,
  renderAssessment,
  settled,
  templateAdapter,
  text,
} from './fixtures.js';
import '../saumaton-need-assessment.js';

const TEXT_KEYS = new Set(['text', 'title', 'display', 'prefix', 'valueString']);

/** The template with `payload` in every text it has: titles, item texts, prefixes, choices. */
function poisonTemplate(template: AssessmentTemplate, payload: string): AssessmentTemplate {
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (typeof value === 'object' && value !== null) {
      // Conditions compare with the template's own values: left as they are.
      if (key === 'enableWhen') return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return typeof value === 'string' && TEXT_KEYS.has(key) ? `${value} ${payload}` : value;
  };
  const poisoned = walk(template) as AssessmentTemplate;
  // A prefix on the first item too, so that every text the widget shows carries the payload.
  const items = poisoned.item as Record<string, unknown>[];
  items[0] = { ...items[0], prefix: payload };
  return poisoned;
}

const unsupported: AssessmentTemplate = {
  ...assessmentTemplate,
  item: [{ linkId: 'photo', type: 'attachment', text: 'Valokuva' }],
};

widgetSuite<NeedAssessment>({
  tag: 'saumaton-need-assessment',
  element: NeedAssessment,
  adapter: () => templateAdapter(),
  records: [
    { select: (el) => (el.templateId = assessmentTemplate.id), text: 'Palvelutarpeen arviointi' },
    { select: (el) => (el.templateId = otherTemplate.id), text: 'Elämäntilannemittari' },
  ],
  poisoned: (payload) => templateAdapter([poisonTemplate(assessmentTemplate, payload)]),
  states: {
    'ready, with every problem shown at its item': async (el) => {
      el.checkAnswers();
      await el.updateComplete;
      if ($$(el, '.field-error').length === 0) throw new Error('no problem shown');
    },
    'ready, a condition met, two repetitions and a format error': async (el) => {
      byLabel(el, 'Asuu yksin').querySelector('input')!.click();
      $(el, 'button.link[id$="-add"]')!.click();
      const visits = byLabel(el, 'Käyntejä viikossa');
      visits.value = 'kolme';
      visits.dispatchEvent(new Event('input'));
      visits.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await el.updateComplete;
      if (!$(el, '[aria-invalid="true"]')) throw new Error('no format error shown');
    },
    'error: a template it cannot show, naming the item': async (el) => {
      el.template = unsupported;
      await settled(el);
      if (!text($(el, '.state.error')).includes('Valokuva')) throw new Error('the item is not named');
    },
  },
});

describe('<saumaton-need-assessment> with hostile or slow input', () => {
  afterEach(cleanUp);

  for (const payload of XSS_PAYLOADS) {
    it(`renders ${payload} in answers, and in a refused item's name, as text`, async () => {
      const el = await renderAssessment((e) => {
        e.template = assessmentTemplate;
        e.value = {
          resourceType: 'QuestionnaireResponse',
          status: 'in-progress',
          item: [
            {
              linkId: 'situation',
              item: [
                { linkId: 'summary', answer: [{ valueString: payload }] },
                { linkId: 'support', answer: [{ valueString: 'Talous' }, { valueString: payload }] },
              ],
            },
            { linkId: 'relative', item: [{ linkId: 'relative-name', answer: [{ valueString: payload }] }] },
          ],
        };
      });
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, svg, iframe, object, embed, a')).to.equal(null);
      expect((byLabel(el, 'Yhteenveto tilanteesta') as unknown as HTMLTextAreaElement).value).to.equal(payload);
      expect(byLabel(el, 'Läheisen nimi').value).to.equal(payload);
      el.template = { ...unsupported, item: [{ linkId: 'photo', type: 'attachment', text: payload }] };
      await settled(el);
      expect(root.querySelector('img, script, svg, iframe, object, embed, a')).to.equal(null);
      expect(text($(el, '.state.error'))).to.contain(`Item “${payload.replace(/\s+/g, ' ')}”`);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  }

  it('a slow getTemplate followed by a quick change of template-id never shows the old form', async () => {
    const memory = await templateAdapter();
    const slow: AnyAdapter = {
      getTemplate: async (id, opts) => {
        // The first template answers late, ignoring the signal, as a careless backend might.
        if (id === assessmentTemplate.id) await new Promise((r) => setTimeout(r, 150));
        return memory.getTemplate(id, opts);
      },
    };
    const seen: string[] = [];
    const el = document.createElement('saumaton-need-assessment');
    el.adapter = slow;
    el.templateId = assessmentTemplate.id;
    document.body.append(el);
    await el.updateComplete;
    const observer = new MutationObserver(() => seen.push(text($(el, 'h2'))));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.templateId = otherTemplate.id;
    await settled(el);
    await new Promise((r) => setTimeout(r, 250));
    await el.updateComplete;
    observer.disconnect();
    el.remove();
    expect(text($(el, 'h2'))).to.equal('Elämäntilannemittari');
    expect(seen).not.to.include('Palvelutarpeen arviointi');
  });

  it('shows the adapter’s missing getTemplate as the error state, not a crash', async () => {
    const el = await renderAssessment((e) => {
      e.adapter = {};
      e.templateId = assessmentTemplate.id;
    });
    expect(text($(el, '.state.error'))).to.contain('This view is not connected to a data source.');
  });

  it('refuses a template the adapter gives for another id', async () => {
    const adapter = await MemoryAdapter.withData({ templates: [otherTemplate] });
    const wrong: AnyAdapter = { getTemplate: (_id, opts) => adapter.getTemplate(otherTemplate.id, opts) };
    const el = await renderAssessment((e) => {
      e.adapter = wrong;
      e.templateId = assessmentTemplate.id;
    });
    expect($(el, '.state.error')).to.exist;
    expect($(el, 'h2')).to.equal(null);
  });
});
