import { expect } from '@open-wc/testing';
import { engineOf, inOrder, only, refusal, yes } from './helpers.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const limit = (kind: 'minValue' | 'maxValue', value: Record<string, unknown>) => ({ url: `${SD}${kind}`, ...value });

describe('validity: problems as stable codes', () => {
  const problems = (item: Record<string, unknown>, ...answers: Record<string, unknown>[]) => {
    const engine = engineOf([item]);
    const node = only(engine, item.linkId as string);
    engine.setAnswers(node.id, answers);
    return engine.problemsOf(node.id);
  };

  it('required-missing for a required question without an answer, and a required group with none below', () => {
    expect(problems({ linkId: 'q', type: 'string', required: true })).to.deep.equal([{ code: 'required-missing' }]);
    const engine = engineOf([{ linkId: 'g', type: 'group', required: true, item: [{ linkId: 'q', type: 'string' }] }]);
    expect(engine.problemsOf(only(engine, 'g').id)).to.deep.equal([{ code: 'required-missing' }]);
    engine.setAnswers(only(engine, 'q').id, [{ valueString: 'x' }]);
    expect(engine.problemsOf(only(engine, 'g').id)).to.deep.equal([]);
  });

  it('max-length counts characters, not UTF-16 units', () => {
    expect(problems({ linkId: 'q', type: 'string', maxLength: 3 }, { valueString: 'äöå' })).to.deep.equal([]);
    expect(problems({ linkId: 'q', type: 'string', maxLength: 3 }, { valueString: 'abcd' })).to.deep.equal([
      { code: 'max-length', answerIndex: 0, limit: 3 },
    ]);
  });

  it('min-value and max-value for numbers, dates and quantities', () => {
    const bounded = {
      linkId: 'q',
      type: 'integer',
      extension: [limit('minValue', { valueInteger: 0 }), limit('maxValue', { valueInteger: 10 })],
    };
    expect(problems(bounded, { valueInteger: 5 })).to.deep.equal([]);
    expect(problems(bounded, { valueInteger: -1 })).to.deep.equal([{ code: 'min-value', answerIndex: 0, limit: 0 }]);
    expect(problems(bounded, { valueInteger: 11 })).to.deep.equal([{ code: 'max-value', answerIndex: 0, limit: 10 }]);
    const date = { linkId: 'q', type: 'date', extension: [limit('maxValue', { valueDate: '2026-11-30' })] };
    expect(problems(date, { valueDate: '2026-12-01' })).to.deep.equal([
      { code: 'max-value', answerIndex: 0, limit: '2026-11-30' },
    ]);
    const quantity = { linkId: 'q', type: 'quantity', extension: [limit('minValue', { valueDecimal: 1.5 })] };
    expect(problems(quantity, { valueQuantity: { value: 1, unit: 'kg' } })).to.deep.equal([
      { code: 'min-value', answerIndex: 0, limit: 1.5 },
    ]);
  });

  it('invalid-format for values that are not what FHIR allows', () => {
    expect(problems({ linkId: 'q', type: 'date' }, { valueDate: '30.11.2026' })).to.deep.equal([
      { code: 'invalid-format', answerIndex: 0 },
    ]);
    expect(problems({ linkId: 'q', type: 'integer' }, { valueInteger: 1.5 })).to.deep.equal([
      { code: 'invalid-format', answerIndex: 0 },
    ]);
    expect(problems({ linkId: 'q', type: 'time' }, { valueTime: '25:00:00' })).to.deep.equal([
      { code: 'invalid-format', answerIndex: 0 },
    ]);
    expect(problems({ linkId: 'q', type: 'url' }, { valueUri: 'has space' })).to.deep.equal([
      { code: 'invalid-format', answerIndex: 0 },
    ]);
    expect(problems({ linkId: 'q', type: 'dateTime' }, { valueDateTime: '2026-11-30T10:00:00+02:00' })).to.deep.equal(
      [],
    );
  });

  it('not-an-option for a choice answer the template does not list (an open-choice may say its own)', () => {
    const options = [{ valueCoding: { system: 's', code: 'a' } }];
    expect(
      problems({ linkId: 'q', type: 'choice', answerOption: options }, { valueCoding: { system: 's', code: 'b' } }),
    ).to.deep.equal([{ code: 'not-an-option', answerIndex: 0 }]);
    expect(
      problems({ linkId: 'q', type: 'open-choice', answerOption: options }, { valueString: 'my own' }),
    ).to.deep.equal([]);
  });

  it('refuses answers an item cannot take, leaving its state as it was', () => {
    const engine = engineOf([
      { linkId: 'n', type: 'integer' },
      { linkId: 'r', type: 'string', readOnly: true },
    ]);
    const n = only(engine, 'n');
    expect(refusal(() => engine.setAnswers(n.id, [{ valueString: '1' }])).issues[0]).to.include({
      code: 'answer-type',
    });
    expect(refusal(() => engine.setAnswers(n.id, [{ valueInteger: 1 }, { valueInteger: 2 }])).issues[0]).to.include({
      code: 'too-many-answers',
    });
    expect(refusal(() => engine.setAnswers(only(engine, 'r').id, [{ valueString: 'x' }])).issues[0]).to.include({
      code: 'read-only',
    });
    expect(n.answers).to.deep.equal([]);
  });
});

describe('scores: the sum of ordinalValue / itemWeight over answered items', () => {
  const scale = (linkId: string, more: Record<string, unknown> = {}) => ({
    linkId,
    type: 'choice',
    answerOption: [0, 1, 2, 3].map((n) => ({
      valueCoding: { system: 'http://loinc.org', code: `LA${n}` },
      extension: [{ url: `${SD}ordinalValue`, valueDecimal: n }],
    })),
    ...more,
  });
  const pick = (n: number) => ({ valueCoding: { system: 'http://loinc.org', code: `LA${n}` } });

  it('adds the chosen options’ weights as answers change', () => {
    const engine = engineOf([scale('a'), scale('b')]);
    expect(engine.score).to.equal(0);
    engine.setAnswers(only(engine, 'a').id, [pick(2)]);
    engine.setAnswers(only(engine, 'b').id, [pick(3)]);
    expect(engine.score).to.equal(5);
    engine.setAnswers(only(engine, 'a').id, []);
    expect(engine.score).to.equal(3);
  });

  it('counts only enabled items, and comes back with them', () => {
    const engine = engineOf([
      { linkId: 'gate', type: 'boolean' },
      scale('a', { enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }] }),
      scale('b'),
    ]);
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    engine.setAnswers(only(engine, 'a').id, [pick(3)]);
    engine.setAnswers(only(engine, 'b').id, [pick(1)]);
    expect(engine.score).to.equal(4);
    engine.setAnswers(only(engine, 'gate').id, [{ valueBoolean: false }]);
    expect(engine.score).to.equal(1);
    engine.setAnswers(only(engine, 'gate').id, [yes]);
    expect(engine.score).to.equal(4);
  });

  it('follows repetitions added and removed', () => {
    const engine = engineOf([{ linkId: 'g', type: 'group', repeats: true, item: [scale('a')] }]);
    engine.setAnswers(only(engine, 'a').id, [pick(2)]);
    const { added } = engine.addRepetition(only(engine, 'g').id);
    engine.setAnswers(added.children[0]!.id, [pick(3)]);
    expect(engine.score).to.equal(5);
    engine.removeRepetition(added.id);
    expect(engine.score).to.equal(2);
  });
});

describe('repeating groups and initial answers', () => {
  const items = [
    {
      linkId: 'visit',
      type: 'group',
      repeats: true,
      item: [{ linkId: 'place', type: 'string', initial: [{ valueString: 'home' }] }],
    },
  ];

  it('a new response starts from the initial answers, and so does a new repetition', () => {
    const engine = engineOf(items);
    expect(only(engine, 'place').answers).to.deep.equal([{ valueString: 'home' }]);
    const { added, toggled } = engine.addRepetition(only(engine, 'visit').id);
    expect(toggled).to.include(added);
    expect(inOrder(engine, 'visit')).to.deep.equal([engine.items[0], added]);
    expect(added.children[0]!.answers).to.deep.equal([{ valueString: 'home' }]);
  });

  it('a loaded draft never has its initial answers applied again', () => {
    const engine = engineOf(items, {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [{ linkId: 'visit' }],
    });
    expect(only(engine, 'place').answers).to.deep.equal([]);
  });

  it('removing the last repetition leaves a new one, never none', () => {
    const engine = engineOf(items);
    const first = only(engine, 'visit');
    const { added } = engine.removeRepetition(first.id);
    expect(added).to.exist;
    expect(engine.items).to.deep.equal([added]);
    expect(() => engine.get(first.id)).to.throw(RangeError);
  });

  it('an instance knows its enclosing instance; the top level has none', () => {
    const engine = engineOf(items);
    const visit = only(engine, 'visit');
    expect(visit.parent).to.be.undefined;
    expect(only(engine, 'place').parent).to.equal(visit);
    expect(engine.get(visit.id)).to.equal(visit);
  });

  it('only a repeating group repeats', () => {
    const engine = engineOf([{ linkId: 'g', type: 'group', item: [{ linkId: 'q', type: 'string' }] }]);
    expect(refusal(() => engine.addRepetition(only(engine, 'g').id)).issues[0]).to.include({ code: 'not-repeating' });
  });
});
