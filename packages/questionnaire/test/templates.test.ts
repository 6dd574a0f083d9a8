import { expect } from '@open-wc/testing';
import { parseQuestionnaire, QuestionnaireEngine, textIn, type ItemNode } from '@saumaton/questionnaire';
import { bandOf, parseMeter } from '@saumaton/questionnaire/meter';
import { only, yes, no } from './helpers.js';

/**
 * Saumaton's own templates (`templates/`, CC0): they parse with no issue, the meter is a meter,
 * the assessment's conditions follow the law (SHL § 37), and every text is in Finnish, Swedish
 * and English.
 */
type Json = Record<string, unknown>;
const load = async (name: string) =>
  (await (await fetch(new URL(`../templates/${name}.json`, import.meta.url))).json()) as Json;

let meterJson: Json;
let assessmentJson: Json;
before(async () => {
  [meterJson, assessmentJson] = await Promise.all([load('life-situation-meter'), load('service-need-assessment')]);
});

/** The texts of a resource that need translations: every string under one of these keys. */
const TEXT_KEYS = new Set(['title', 'description', 'text', 'prefix', 'display', 'valueString']);

/** Every text with its path, and the translations its `_key` carries. */
function textsOf(resource: unknown): { path: string; text: string; translations: Record<string, string> }[] {
  const found: { path: string; text: string; translations: Record<string, string> }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}.${i}`));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Json;
    for (const [key, v] of Object.entries(record)) {
      if (key.startsWith('_')) continue; // the translations themselves
      if (typeof v === 'string' && TEXT_KEYS.has(key)) {
        const translations: Record<string, string> = {};
        const shadow = record[`_${key}`] as
          { extension?: { extension: { url: string; valueCode?: string; valueString?: string }[] }[] } | undefined;
        for (const ext of shadow?.extension ?? []) {
          const lang = ext.extension.find((p) => p.url === 'lang')?.valueCode;
          const content = ext.extension.find((p) => p.url === 'content')?.valueString;
          if (lang && content) translations[lang] = content;
        }
        found.push({ path: `${path}.${key}`, text: v, translations });
      } else {
        walk(v, `${path}.${key}`);
      }
    }
  };
  walk(resource, '');
  return found;
}

describe("Saumaton's templates", () => {
  for (const [name, json] of [
    ['life-situation-meter', () => meterJson],
    ['service-need-assessment', () => assessmentJson],
  ] as const) {
    it(`${name}: parses with no issue, active, in Finnish, CC0, published by Saumaton`, () => {
      const resource = json();
      const parsed = parseQuestionnaire(resource);
      expect(parsed.language).to.equal('fi');
      expect(resource).to.include({
        status: 'active',
        version: '1.0.0',
        publisher: 'Saumaton',
        copyright: 'CC0 1.0',
        url: `https://saumaton.fi/fhir/Questionnaire/${name}`,
        id: `saumaton-${name}`,
      });
    });

    it(`${name}: every text has a Swedish and an English translation, none left as the Finnish`, () => {
      const texts = textsOf(json());
      expect(texts.length).to.be.greaterThan(15);
      for (const { path, text, translations } of texts) {
        expect(Object.keys(translations).sort(), path).to.deep.equal(['en', 'sv']);
        expect(translations.sv, path).to.not.equal(text);
        expect(translations.en, path).to.not.equal(text);
        expect(translations.en, path).to.not.equal(translations.sv);
      }
    });
  }

  it('the life-situation meter: ten areas on 0–10, bands 0–5 / 6–7 / 8–10, no total, rated by client and professional', () => {
    const meter = parseMeter(meterJson);
    expect(meter.areas.map((a) => a.linkId)).to.deep.equal([
      'health',
      'coping',
      'housing',
      'daily-life',
      'family',
      'friends',
      'finances',
      'strengths',
      'self-esteem',
      'life-as-a-whole',
    ]);
    expect(meter.scale).to.deep.equal({ min: 0, max: 10 });
    expect(meter.bands.map((b) => [b.from, b.to, b.level])).to.deep.equal([
      [0, 5, 'low'],
      [6, 7, 'middle'],
      [8, 10, 'high'],
    ]);
    expect(meter.total).to.equal(undefined);
    expect(meter.raters).to.deep.equal(['client', 'professional']);
    expect(meter).to.include({ id: 'saumaton-life-situation-meter', version: '1.0.0', copyright: 'CC0 1.0' });
    expect(['fi', 'sv', 'en'].map((l) => textIn(meter.title, l))).to.deep.equal([
      'Elämäntilannemittari',
      'Livssituationsmätare',
      'Life-situation meter',
    ]);
    expect(textIn(bandOf(meter, 6)!.label, 'sv')).to.equal('Måttlig');
    const health = parseQuestionnaire(meterJson).byLinkId.get('health')!;
    expect(health.control).to.equal('slider');
  });

  describe('the service-need assessment', () => {
    let engine: QuestionnaireEngine;
    const node = (linkId: string): ItemNode => only(engine, linkId);
    const problems = (linkId: string) => engine.problemsOf(node(linkId).id).map((p) => p.code);
    beforeEach(() => {
      engine = new QuestionnaireEngine(parseQuestionnaire(assessmentJson));
    });

    it('follows SHL § 37 in order, with no item for the initiation or the deadlines', () => {
      expect(engine.items.map((n) => n.item.linkId)).to.deep.equal([
        'support-needs',
        'functional-capacity',
        'strengths',
        'client-view',
        'views-of-others',
        'clienthood',
        'named-worker',
        'children',
        'client-plan',
        'referral',
        'summary',
      ]);
      expect(node('support-need-categories').item).to.include({ type: 'choice', repeats: true, required: true });
      expect(node('support-need-categories').item.options!.length).to.equal(10);
      expect(
        node('need-nature').item.options!.map((o) => (o.answer.valueCoding as { code: string }).code),
      ).to.deep.equal(['temporary', 'recurring', 'long-term']);
      expect(
        node('clienthood').item.options!.map((o) => (o.answer.valueCoding as { code: string }).code),
      ).to.deep.equal(['begins', 'continues', 'ends']);
      expect(
        node('functional-capacity')
          .children.filter((c) => c.item.type === 'text')
          .map((c) => c.item.linkId),
      ).to.deep.equal(['fc-physical', 'fc-psychological', 'fc-cognitive', 'fc-social', 'fc-daily']);
    });

    it("asks for the client's own view unless an obvious obstacle is recorded, and then for its reason", () => {
      expect(node('client-view-text').enabled).to.equal(true);
      expect(node('client-view-obstacle-reason').enabled).to.equal(false);
      expect(problems('client-view-text')).to.deep.equal(['required-missing']);
      engine.setAnswers(node('client-view-obstacle').id, [yes]);
      expect(node('client-view-text').enabled).to.equal(false);
      expect(problems('client-view-obstacle-reason')).to.deep.equal(['required-missing']);
      engine.setAnswers(node('client-view-obstacle').id, [no]);
      expect(node('client-view-text').enabled).to.equal(true);
      expect(node('client-view-obstacle-reason').enabled).to.equal(false);
    });

    it('asks why not when no client plan is made, and about the children when there are children in care', () => {
      expect(node('client-plan-why-not').enabled).to.equal(false);
      engine.setAnswers(node('client-plan-made').id, [no]);
      expect(node('client-plan-why-not').enabled).to.equal(true);
      expect(problems('client-plan-why-not')).to.deep.equal(['required-missing']);
      expect(node('children-situation').enabled).to.equal(false);
      engine.setAnswers(node('children-in-care').id, [yes]);
      expect(node('children-situation').enabled).to.equal(true);
    });

    it('asks for consent to each referral to another sector, in the same repetition', () => {
      const first = engine.instancesOf('referral')[0]!;
      const second = engine.addRepetition(first.id).added;
      const [to1, to2] = engine.instancesOf('referral-to');
      engine.setAnswers(to2!.id, [{ valueString: 'TE-palvelut' }]);
      const [consent1, consent2] = engine.instancesOf('referral-consent');
      expect([consent1!.enabled, consent2!.enabled]).to.deep.equal([false, true]);
      expect(consent2!.parent).to.equal(second);
      expect(to1!.answers).to.deep.equal([]);
    });

    it('requires the summary, the conclusion on clienthood and the professional’s view on a named worker', () => {
      const required = engine.validate().map((f) => f.node.item.linkId);
      expect(required).to.include.members([
        'support-need-categories',
        'need-nature',
        'client-view-text',
        'clienthood',
        'named-worker-professional-view',
        'children-in-care',
        'client-plan-made',
        'summary',
      ]);
      expect(required).to.not.include('named-worker-client-view');
    });
  });
});
