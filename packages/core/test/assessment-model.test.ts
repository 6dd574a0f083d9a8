import { expect } from '@open-wc/testing';
import {
  AssessmentSchema,
  MAX_ANSWER_DEPTH,
  MeterReadingSchema,
  QuestionnaireResponseItemSchema,
  ValidationError,
  parse,
  parseVersioned,
  type Assessment,
  type QuestionnaireResponseItem,
} from '@saumaton/core';
import { conformanceAssessment, conformanceAssessments, conformanceMeterReadings } from '@saumaton/core/conformance';

function validationError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** The value as loose JSON, to build values the types would not let through. */
const json = (value: unknown): Record<string, unknown> => structuredClone(value) as Record<string, unknown>;

/** An item with `depth` levels of items under it. */
function nested(depth: number): QuestionnaireResponseItem {
  let item: QuestionnaireResponseItem = { linkId: 'leaf', answer: [{ valueInteger: 1 }] };
  for (let i = 0; i < depth; i++) item = { linkId: `level-${String(i)}`, item: [item] };
  return item;
}

describe('assessment model', () => {
  it('parses every conformance assessment and meter reading as it is, and returns a copy', () => {
    for (const assessment of conformanceAssessments) {
      const parsed = parse(AssessmentSchema, assessment);
      expect(parsed, assessment.id).to.deep.equal(assessment);
      expect(parsed).not.to.equal(assessment);
    }
    for (const reading of conformanceMeterReadings) {
      expect(parse(MeterReadingSchema, reading), reading.id).to.deep.equal(reading);
    }
  });

  it('keeps members it does not know, at the top and in the answers (FHIR extensions, valueAttachment)', () => {
    const value = {
      ...json(conformanceAssessment),
      writtenByANewerVersion: { note: 'kept' },
      answers: [
        {
          linkId: 'q',
          extension: [{ url: 'https://example.org/x', valueString: 'y' }],
          answer: [{ valueReference: { reference: 'Practitioner/1' }, item: [{ linkId: 'q.1', answer: [] }] }],
        },
      ],
    };
    expect(parse(AssessmentSchema, value)).to.deep.equal(value);
  });

  it('names the path of what is wrong, however deep in the answers', () => {
    const value = json(conformanceAssessment);
    value.answers = [{ linkId: 'a', item: [{ linkId: 'b', answer: [{ valueInteger: 'three' }] }] }];
    expect(validationError(() => parse(AssessmentSchema, value)).path).to.equal(
      'answers.0.item.0.answer.0.valueInteger',
    );
    value.answers = [{ linkId: 'a', answer: [{ item: [{ linkId: '' }] }] }];
    expect(validationError(() => parse(AssessmentSchema, value)).path).to.equal('answers.0.answer.0.item.0.linkId');
    value.answers = { linkId: 'not a list' };
    expect(validationError(() => parse(AssessmentSchema, value)).path).to.equal('answers');
  });

  it('refuses answers nested deeper than it reads, as a ValidationError rather than a stack overflow', () => {
    expect(parse(QuestionnaireResponseItemSchema, nested(MAX_ANSWER_DEPTH - 1))).to.deep.equal(
      nested(MAX_ANSWER_DEPTH - 1),
    );
    const error = validationError(() => parse(QuestionnaireResponseItemSchema, nested(MAX_ANSWER_DEPTH)));
    expect(error.issues[0]!.message).to.match(/deeper/);
    const hostile = validationError(() => parse(QuestionnaireResponseItemSchema, nested(100_000)));
    expect(hostile).to.be.instanceOf(ValidationError);
  });

  it('checks the initiation: a calendar day, a known trigger kind, known grounds, a known initiator', () => {
    const cases: [(value: Record<string, unknown>) => void, string][] = [
      [
        (v) => ((v.initiation as Record<string, unknown>).triggerDate = '2026-03-02T10:00:00Z'),
        'initiation.triggerDate',
      ],
      [(v) => ((v.initiation as Record<string, unknown>).triggerDate = '2026-02-29'), 'initiation.triggerDate'],
      [(v) => ((v.initiation as Record<string, unknown>).triggerKind = 'referral'), 'initiation.triggerKind'],
      [(v) => ((v.initiation as Record<string, unknown>).grounds = ['urgent', 'bored']), 'initiation.grounds.1'],
      [
        (v) => ((v.initiation as Record<string, unknown>).initiatedBy = { kind: 'neighbour' }),
        'initiation.initiatedBy.kind',
      ],
      [(v) => (v.status = 'draft'), 'status'],
      [(v) => (v.template = { url: 'https://example.org' }), 'template.id'],
      [(v) => (v.clientView = { kind: 'obstacle' }), 'clientView.reason'],
      [(v) => (v.clientView = { kind: 'refused' }), 'clientView.kind'],
      [(v) => (v.completedAt = 'yesterday'), 'completedAt'],
    ];
    for (const [change, path] of cases) {
      const value = json(conformanceAssessment);
      change(value);
      expect(validationError(() => parse(AssessmentSchema, value)).path, path).to.equal(path);
    }
  });

  it('takes a meter value as a finite number or null, nothing else', () => {
    const [reading] = conformanceMeterReadings;
    const bad: [string, unknown][] = [
      ['a string', '5'],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['nothing', undefined],
      ['an object', {}],
    ];
    for (const [what, given] of bad) {
      const value = { ...json(reading), values: [{ linkId: 'overall', value: given }] };
      expect(validationError(() => parse(MeterReadingSchema, value)).path, what).to.equal('values.0.value');
    }
    const unrated = { ...json(reading), values: [{ linkId: 'overall', value: null }] };
    expect(parse(MeterReadingSchema, unrated)).to.deep.equal(unrated);
    const rater = { ...json(reading), rater: { kind: 'neighbour' } };
    expect(validationError(() => parse(MeterReadingSchema, rater)).path).to.equal('rater.kind');
  });

  it('validates what an adapter answered with parseVersioned', () => {
    const answer = { value: conformanceAssessment, version: '3' };
    expect(parseVersioned(AssessmentSchema, answer)).to.deep.equal(answer);
    const broken = { value: { ...conformanceAssessment, answers: null } as unknown as Assessment, version: '3' };
    expect(validationError(() => parseVersioned(AssessmentSchema, broken)).path).to.equal('answers');
  });
});
