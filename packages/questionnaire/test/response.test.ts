import { expect } from '@open-wc/testing';
import { engineOf, only, refusal, yes } from './helpers.js';

const items = [
  { linkId: 'gate', type: 'boolean', text: 'Gate' },
  {
    linkId: 'details',
    type: 'group',
    text: 'Details',
    enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }],
    item: [
      { linkId: 'weight', type: 'quantity', text: 'Weight' },
      {
        linkId: 'mood',
        type: 'choice',
        answerOption: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Not at all' } }],
      },
      { linkId: 'note', type: 'string' },
    ],
  },
  {
    linkId: 'visit',
    type: 'group',
    repeats: true,
    item: [
      { linkId: 'when', type: 'date' },
      { linkId: 'hadPain', type: 'boolean', item: [{ linkId: 'where', type: 'string' }] },
    ],
  },
];

const kg = { value: 72.5, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' };
const mood = {
  system: 'http://loinc.org',
  code: 'LA6568-5',
  display: 'Not at all',
  extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 0 }],
};

const response = (status: string) => ({
  resourceType: 'QuestionnaireResponse',
  id: 'r1',
  questionnaire: 'https://example.org/Questionnaire/test',
  status,
  subject: { reference: 'Patient/1' },
  authored: '2026-11-30T10:00:00+02:00',
  item: [
    { linkId: 'gate', text: 'Gate', answer: [yes] },
    {
      linkId: 'details',
      text: 'Details',
      item: [
        { linkId: 'weight', answer: [{ valueQuantity: kg }] },
        { linkId: 'mood', answer: [{ valueCoding: mood }] },
        {
          linkId: 'note',
          extension: [{ url: 'http://example.org/x', valueString: 'y' }],
          answer: [{ valueString: 'ok' }],
        },
      ],
    },
    {
      linkId: 'visit',
      item: [
        { linkId: 'when', answer: [{ valueDate: '2026-11-01' }] },
        {
          linkId: 'hadPain',
          answer: [{ valueBoolean: true, item: [{ linkId: 'where', answer: [{ valueString: 'knee' }] }] }],
        },
      ],
    },
    { linkId: 'visit', item: [{ linkId: 'when', answer: [{ valueDate: '2026-11-15' }] }] },
  ],
});

describe('the QuestionnaireResponse', () => {
  it('round-trips: the same answers out, codings with system and display, quantities with units, nested answers', () => {
    for (const status of ['in-progress', 'completed']) {
      const input = response(status);
      const engine = engineOf(items, structuredClone(input));
      expect(engine.toResponse()).to.deep.equal(input);
    }
  });

  it('does not share its answers with what was loaded or what it gave', () => {
    const input = response('in-progress');
    const engine = engineOf(items, input);
    const out = engine.toResponse() as { item: { answer?: { valueBoolean?: boolean }[] }[] };
    out.item[0]!.answer![0]!.valueBoolean = false;
    expect(only(engine, 'gate').answers).to.deep.equal([yes]);
  });

  it('in progress keeps the answers of items that became disabled; completed drops them', () => {
    const engine = engineOf(items, response('in-progress'));
    engine.setAnswers(only(engine, 'gate').id, [{ valueBoolean: false }]);
    const draft = engine.toResponse() as { item: { linkId: string }[] };
    expect(draft.item.map((i) => i.linkId)).to.deep.equal(['gate', 'details', 'visit', 'visit']);
    const done = engine.toResponse({ status: 'completed' }) as { status: string; item: { linkId: string }[] };
    expect(done.status).to.equal('completed');
    expect(done.item.map((i) => i.linkId)).to.deep.equal(['gate', 'visit', 'visit']);
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    expect(engine.toResponse({ status: 'completed' })).to.deep.equal(response('completed'));
  });

  it('drops items without answers, and groups with none below', () => {
    const engine = engineOf(items);
    expect(engine.toResponse()).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://example.org/Questionnaire/test',
      status: 'in-progress',
    });
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    engine.setAnswers(only(engine, 'note').id, [{ valueString: 'n' }]);
    expect(engine.toResponse({ status: 'completed' })).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://example.org/Questionnaire/test',
      status: 'completed',
      item: [
        { linkId: 'gate', text: 'Gate', answer: [yes] },
        { linkId: 'details', text: 'Details', item: [{ linkId: 'note', answer: [{ valueString: 'n' }] }] },
      ],
    });
  });

  it('keeps a false answer: a boolean has three states, and false is not unanswered', () => {
    const engine = engineOf(items);
    engine.setAnswers(only(engine, 'gate').id, [{ valueBoolean: false }]);
    expect(engine.toResponse({ status: 'completed' }).item).to.deep.equal([
      { linkId: 'gate', text: 'Gate', answer: [{ valueBoolean: false }] },
    ]);
  });

  it('names the canonical with its version for a new response', () => {
    const engine = engineOf([{ linkId: 'a', type: 'string' }], undefined, { version: '2' });
    expect(engine.toResponse().questionnaire).to.equal('https://example.org/Questionnaire/test|2');
  });

  describe('refuses a response that does not fit the questionnaire, naming the item', () => {
    const load = (item: unknown[]) => () =>
      engineOf(items, { resourceType: 'QuestionnaireResponse', status: 'in-progress', item });

    it('an item the questionnaire does not have', () => {
      const error = refusal(load([{ linkId: 'details', item: [{ linkId: 'weigth', answer: [{ valueDecimal: 1 }] }] }]));
      expect(error.issues[0]).to.include({ path: 'item.0.item.0', code: 'unknown-item' });
      expect(error.issues[0]!.message).to.equal('item "weigth" is not in the questionnaire under "details"');
    });

    it('an answer of the wrong type', () => {
      const error = refusal(load([{ linkId: 'gate', answer: [{ valueString: 'yes' }] }]));
      expect(error.issues[0]).to.include({ path: 'item.0.answer.0', code: 'answer-type' });
      expect(error.issues[0]!.message).to.contain('"gate"').and.contain('valueBoolean');
    });

    it('several answers to a question that does not repeat, or a non-repeating item twice', () => {
      expect(refusal(load([{ linkId: 'gate', answer: [yes, yes] }])).issues[0]).to.include({
        code: 'too-many-answers',
      });
      expect(
        refusal(
          load([
            { linkId: 'gate', answer: [yes] },
            { linkId: 'gate', answer: [yes] },
          ]),
        ).issues[0],
      ).to.include({
        path: 'item.1',
        code: 'too-many-answers',
      });
    });

    it('something that is not a QuestionnaireResponse', () => {
      expect(refusal(() => engineOf(items, { resourceType: 'Questionnaire' })).issues[0]!.path).to.equal(
        'resourceType',
      );
      expect(
        refusal(() => engineOf(items, { resourceType: 'QuestionnaireResponse', status: 'done' })).issues[0]!.path,
      ).to.equal('status');
    });
  });
});
