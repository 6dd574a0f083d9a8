import { expect } from '@open-wc/testing';
import { ValidationError } from '@saumaton/core';
import { parseQuestionnaire, QuestionnaireEngine } from '@saumaton/questionnaire';
import { only, questionnaire, refusal } from './helpers.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
const fhirpath = (kind: string, expression: string, name?: string) => ({
  url: kind === 'variable' ? `${SD}variable` : `${SDC}sdc-questionnaire-${kind}`,
  valueExpression: { language: 'text/fhirpath', expression, ...(name ? { name } : {}) },
});
const calculated = (expression: string) => fhirpath('calculatedExpression', expression);
const answerOf = (linkId: string) => `%resource.item.where(linkId='${linkId}').answer.value`;

const create = (items: unknown[], response?: unknown, more: Record<string, unknown> = {}) =>
  QuestionnaireEngine.create(parseQuestionnaire(questionnaire(items, more)), response);

/** The ValidationError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('FHIRPath expressions (SDC)', () => {
  it('a calculatedExpression follows the answers it reads (answer.value through the R4 model)', async () => {
    const engine = await create([
      { linkId: 'a', type: 'integer' },
      { linkId: 'b', type: 'integer' },
      {
        linkId: 'sum',
        type: 'integer',
        readOnly: true,
        extension: [calculated(`${answerOf('a')} + ${answerOf('b')}`)],
      },
    ]);
    const sum = only(engine, 'sum');
    expect(sum.answers).to.deep.equal([]);
    engine.setAnswers(only(engine, 'a').id, [{ valueInteger: 2 }]);
    const change = engine.setAnswers(only(engine, 'b').id, [{ valueInteger: 3 }]);
    expect(sum.answers).to.deep.equal([{ valueInteger: 5 }]);
    expect(change.calculated).to.deep.equal([sum]);
    engine.setAnswers(only(engine, 'a').id, []);
    expect(sum.answers, 'empty in, empty out').to.deep.equal([]);
  });

  it('calculatedExpression: %context is the item’s own response item, in its repetition', async () => {
    const engine = await create([
      {
        linkId: 'row',
        type: 'group',
        repeats: true,
        item: [
          { linkId: 'n', type: 'integer' },
          {
            linkId: 'label',
            type: 'string',
            readOnly: true,
            // The parent of %context is this repetition: its own n, not the first one in the response.
            extension: [
              calculated(
                "%context.linkId + ' of ' + %resource.repeat(item).where(item contains %context).item.where(linkId='n').answer.value.toString()",
              ),
            ],
          },
        ],
      },
    ]);
    const first = only(engine, 'row');
    const { added } = engine.addRepetition(first.id);
    engine.setAnswers(first.children[0]!.id, [{ valueInteger: 1 }]);
    engine.setAnswers(added.children[0]!.id, [{ valueInteger: 2 }]);
    expect(first.children[1]!.answers).to.deep.equal([{ valueString: 'label of 1' }]);
    expect(added.children[1]!.answers).to.deep.equal([{ valueString: 'label of 2' }]);
  });

  it('calculatedExpression: evaluated in document order and repeated until stable', async () => {
    // `first` reads `second`, which comes after it: one pass in document order is not enough.
    const engine = await create([
      { linkId: 'first', type: 'integer', readOnly: true, extension: [calculated(`${answerOf('second')} + 1`)] },
      { linkId: 'second', type: 'integer', readOnly: true, extension: [calculated(`${answerOf('input')} * 10`)] },
      { linkId: 'input', type: 'integer' },
    ]);
    engine.setAnswers(only(engine, 'input').id, [{ valueInteger: 4 }]);
    expect(only(engine, 'second').answers).to.deep.equal([{ valueInteger: 40 }]);
    expect(only(engine, 'first').answers).to.deep.equal([{ valueInteger: 41 }]);
  });

  it('calculatedExpression: a cycle gives a clear error naming the items, never a hang', async () => {
    const error = await rejection(
      create([
        {
          linkId: 'a',
          type: 'integer',
          readOnly: true,
          extension: [calculated(`iif(${answerOf('b')}.exists(), ${answerOf('b')} + 1, 1)`)],
        },
        { linkId: 'b', type: 'integer', readOnly: true, extension: [calculated(`${answerOf('a')} + 1`)] },
      ]),
    );
    expect(error.issues.map((i) => i.code)).to.include('calculation-cycle');
    expect(error.issues[0]!.message).to.match(/^item "(a|b)": its expression does not settle/);
  });

  it('calculatedExpression: a value the user edited stays theirs', async () => {
    const engine = await create([
      { linkId: 'height', type: 'decimal' },
      { linkId: 'estimate', type: 'decimal', extension: [calculated(`${answerOf('height')} - 100`)] },
    ]);
    engine.setAnswers(only(engine, 'height').id, [{ valueDecimal: 180 }]);
    expect(only(engine, 'estimate').answers).to.deep.equal([{ valueDecimal: 80 }]);
    expect(only(engine, 'estimate').calculated).to.be.true;
    engine.setAnswers(only(engine, 'estimate').id, [{ valueDecimal: 75 }]);
    expect(only(engine, 'estimate').calculated).to.be.false;
    const change = engine.setAnswers(only(engine, 'height').id, [{ valueDecimal: 190 }]);
    expect(only(engine, 'estimate').answers).to.deep.equal([{ valueDecimal: 75 }]);
    expect(change.calculated).to.deep.equal([]);
  });

  it('calculatedExpression: a loaded value that differs (edited, or computed from "now") stays; an equal one keeps calculating', async () => {
    const items = [
      { linkId: 'n', type: 'integer' },
      { linkId: 'double', type: 'integer', extension: [calculated(`${answerOf('n')} * 2`)] },
      { linkId: 'stamp', type: 'dateTime', extension: [calculated('now()')] },
    ];
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [
        { linkId: 'n', answer: [{ valueInteger: 2 }] },
        { linkId: 'double', answer: [{ valueInteger: 4 }] },
        { linkId: 'stamp', answer: [{ valueDateTime: '2026-01-01T10:00:00+02:00' }] },
      ],
    };
    const engine = await create(items, structuredClone(response));
    expect(engine.toResponse(), 'opened again, nothing moved').to.deep.equal(response);
    engine.setAnswers(only(engine, 'n').id, [{ valueInteger: 5 }]);
    expect(only(engine, 'double').answers).to.deep.equal([{ valueInteger: 10 }]);
    expect(only(engine, 'stamp').answers).to.deep.equal([{ valueDateTime: '2026-01-01T10:00:00+02:00' }]);
  });

  it('calculatedExpression: an expression that reads the clock settles, even when the clock moves between rounds', async () => {
    const RealDate = Date;
    let tick = 0;
    // Every reading of the clock a millisecond later than the last, as Firefox's clock can be.
    class TickingDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [number]));
        else super(RealDate.now() + tick++);
      }
      static override now(): number {
        return RealDate.now() + tick++;
      }
    }
    globalThis.Date = TickingDate as DateConstructor;
    try {
      const engine = await create([
        { linkId: 'n', type: 'integer' },
        { linkId: 'stamp', type: 'dateTime', extension: [calculated('now()')] },
        { linkId: 'double', type: 'integer', extension: [calculated(`${answerOf('n')} * 2`)] },
      ]);
      expect(only(engine, 'stamp').answers).to.have.length(1);
      const { calculationError } = engine.setAnswers(only(engine, 'n').id, [{ valueInteger: 3 }]);
      expect(calculationError).to.equal(undefined);
      expect(only(engine, 'double').answers).to.deep.equal([{ valueInteger: 6 }]);
    } finally {
      globalThis.Date = RealDate;
    }
  });

  it('initialExpression fills a new response and a new repetition, never a loaded one', async () => {
    const items = [
      {
        linkId: 'visit',
        type: 'group',
        repeats: true,
        item: [{ linkId: 'when', type: 'date', extension: [fhirpath('initialExpression', "'2026-11-30'")] }],
      },
    ];
    const engine = await create(items);
    expect(only(engine, 'when').answers).to.deep.equal([{ valueDate: '2026-11-30' }]);
    const { added } = engine.addRepetition(only(engine, 'visit').id);
    expect(added.children[0]!.answers).to.deep.equal([{ valueDate: '2026-11-30' }]);
    const loaded = await create(items, {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [{ linkId: 'visit' }],
    });
    expect(only(loaded, 'when').answers).to.deep.equal([]);
  });

  it('enableWhenExpression enables an item when it gives true', async () => {
    const engine = await create([
      { linkId: 'age', type: 'integer' },
      { linkId: 'adult', type: 'string', extension: [fhirpath('enableWhenExpression', `${answerOf('age')} >= 18`)] },
    ]);
    const adult = only(engine, 'adult');
    expect(adult.enabled).to.be.false;
    const change = engine.setAnswers(only(engine, 'age').id, [{ valueInteger: 30 }]);
    expect(adult.enabled).to.be.true;
    expect(change.toggled).to.include(adult);
  });

  it('variables of the questionnaire and of an item are in scope for its expressions', async () => {
    const engine = await create(
      [
        {
          linkId: 'g',
          type: 'group',
          extension: [fhirpath('variable', '%base + 1', 'more')],
          item: [
            { linkId: 'x', type: 'integer' },
            {
              linkId: 'y',
              type: 'integer',
              readOnly: true,
              extension: [calculated("%more * %resource.repeat(item).where(linkId='x').answer.value")],
            },
          ],
        },
      ],
      undefined,
      { extension: [fhirpath('variable', '2', 'base')] },
    );
    engine.setAnswers(only(engine, 'x').id, [{ valueInteger: 5 }]);
    expect(only(engine, 'y').answers).to.deep.equal([{ valueInteger: 15 }]);
  });

  it('weight() sums the ordinalValue of the chosen options', async () => {
    const option = (n: number) => ({
      valueCoding: { system: 'http://loinc.org', code: `LA${n}` },
      extension: [{ url: `${SD}ordinalValue`, valueDecimal: n }],
    });
    const engine = await create([
      { linkId: 'a', type: 'choice', answerOption: [option(0), option(1), option(2)] },
      { linkId: 'b', type: 'choice', answerOption: [option(0), option(1), option(2)] },
      {
        linkId: 'total',
        type: 'decimal',
        readOnly: true,
        extension: [calculated("%resource.item.where(linkId != 'total').answer.value.weight().sum()")],
      },
    ]);
    engine.setAnswers(only(engine, 'a').id, [{ valueCoding: { system: 'http://loinc.org', code: 'LA2' } }]);
    engine.setAnswers(only(engine, 'b').id, [{ valueCoding: { system: 'http://loinc.org', code: 'LA1' } }]);
    expect(only(engine, 'total').answers).to.deep.equal([{ valueDecimal: 3 }]);
    expect(engine.score, 'the built-in agrees').to.equal(3);
  });

  it('a disabled item counts as unanswered in expressions too', async () => {
    const engine = await create([
      { linkId: 'gate', type: 'boolean' },
      { linkId: 'n', type: 'integer', enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }] },
      { linkId: 'copy', type: 'integer', readOnly: true, extension: [calculated(answerOf('n'))] },
    ]);
    engine.setAnswers(only(engine, 'gate').id, [{ valueBoolean: true }]);
    engine.setAnswers(only(engine, 'n').id, [{ valueInteger: 7 }]);
    expect(only(engine, 'copy').answers).to.deep.equal([{ valueInteger: 7 }]);
    engine.setAnswers(only(engine, 'gate').id, [{ valueBoolean: false }]);
    expect(only(engine, 'copy').answers).to.deep.equal([]);
  });

  it('refuses what it cannot run, naming the item', async () => {
    const cql = refusal(() =>
      parseQuestionnaire(
        questionnaire([
          {
            linkId: 'x',
            type: 'integer',
            extension: [
              {
                url: `${SDC}sdc-questionnaire-calculatedExpression`,
                valueExpression: { language: 'text/cql', expression: 'X' },
              },
            ],
          },
        ]),
      ),
    );
    expect(cql.issues[0]).to.include({ code: 'unsupported' });
    expect(cql.issues[0]!.message).to.equal(
      'item "x": calculatedExpression in text/cql is not supported (only text/fhirpath)',
    );
    const syntax = await rejection(create([{ linkId: 'x', type: 'integer', extension: [calculated('1 +* 2')] }]));
    expect(syntax.issues[0]).to.include({ code: 'expression-error' });
    expect(syntax.issues[0]!.message).to.contain('item "x": the expression "1 +* 2" failed');
    const both = refusal(() =>
      parseQuestionnaire(
        questionnaire([
          { linkId: 'a', type: 'boolean' },
          {
            linkId: 'b',
            type: 'string',
            enableWhen: [{ question: 'a', operator: 'exists', answerBoolean: true }],
            extension: [fhirpath('enableWhenExpression', 'true')],
          },
        ]),
      ),
    );
    expect(both.issues[0]!.message).to.equal('item "b": enableWhen and an enableWhenExpression cannot both be given');
  });

  it('a template with expressions needs create(), which loads FHIRPath', () => {
    const parsed = parseQuestionnaire(questionnaire([{ linkId: 'x', type: 'integer', extension: [calculated('1')] }]));
    expect(parsed.hasExpressions).to.be.true;
    expect(refusal(() => new QuestionnaireEngine(parsed)).issues[0]).to.include({ code: 'needs-expressions' });
  });
});

describe('minOccurs and maxOccurs', () => {
  const SDmin = { url: `${SD}questionnaire-minOccurs`, valueInteger: 2 };
  const SDmax = { url: `${SD}questionnaire-maxOccurs`, valueInteger: 3 };

  it('count the answers of a repeating question', async () => {
    const engine = await create([{ linkId: 'q', type: 'string', repeats: true, extension: [SDmin, SDmax] }]);
    const q = only(engine, 'q');
    expect(engine.problemsOf(q.id)).to.deep.equal([{ code: 'required-missing' }]);
    engine.setAnswers(q.id, [{ valueString: 'a' }]);
    expect(engine.problemsOf(q.id)).to.deep.equal([{ code: 'min-occurs', limit: 2 }]);
    engine.setAnswers(
      q.id,
      ['a', 'b', 'c', 'd'].map((valueString) => ({ valueString })),
    );
    expect(engine.problemsOf(q.id)).to.deep.equal([{ code: 'max-occurs', limit: 3 }]);
  });

  it('count the answered repetitions of a group, once, on the first', async () => {
    const engine = await create([
      { linkId: 'g', type: 'group', repeats: true, extension: [SDmin], item: [{ linkId: 'q', type: 'string' }] },
    ]);
    const first = only(engine, 'g');
    const { added } = engine.addRepetition(first.id);
    engine.setAnswers(first.children[0]!.id, [{ valueString: 'a' }]);
    expect(engine.problemsOf(first.id)).to.deep.equal([{ code: 'min-occurs', limit: 2 }]);
    expect(engine.problemsOf(added.id)).to.deep.equal([]);
    engine.setAnswers(added.children[0]!.id, [{ valueString: 'b' }]);
    expect(engine.problemsOf(first.id)).to.deep.equal([]);
  });

  it('need an item that repeats', () => {
    const error = refusal(() =>
      parseQuestionnaire(questionnaire([{ linkId: 'q', type: 'string', extension: [SDmin] }])),
    );
    expect(error.issues[0]!.message).to.equal('item "q": minOccurs 2 needs an item that repeats');
  });
});
