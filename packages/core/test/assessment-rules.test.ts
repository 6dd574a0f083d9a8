import { expect } from '@open-wc/testing';
import {
  ASSESSMENT_RULES,
  ASSESSMENT_STATUSES,
  METER_READING_RULES,
  checkAssessment,
  checkAssessmentTransition,
  checkMeterReading,
  type Assessment,
  type AssessmentStatus,
  type MeterReading,
} from '@saumaton/core';
import {
  conformanceAssessment,
  conformanceAssessments,
  conformanceCompletedAssessment,
  conformanceMeterReadings,
  conformanceStoppedAssessment,
} from '@saumaton/core/conformance';

const draft = conformanceAssessment;
const done = conformanceCompletedAssessment;

/** The codes of the rules `assessment` breaks. */
const codes = (assessment: Assessment) => checkAssessment(assessment).map((i) => [i.code, i.path]);
const transition = (previous: Assessment | undefined, next: Assessment) =>
  checkAssessmentTransition(previous, next).map((i) => i.code);

/** `assessment` with the status, and what that status needs, so only the change of status is judged. */
function as(assessment: Assessment, status: AssessmentStatus): Assessment {
  const next: Assessment = { ...assessment, status };
  if (status === 'completed' || status === 'amended') {
    return { ...next, completedAt: assessment.completedAt ?? '2026-03-20', clientView: { kind: 'given' } };
  }
  if (status === 'stopped') return { ...next, stoppedReason: 'Asiakas muutti.' };
  return next;
}

describe('assessment rules', () => {
  it('finds nothing wrong with the conformance assessments', () => {
    for (const assessment of conformanceAssessments)
      expect(checkAssessment(assessment), assessment.id).to.deep.equal([]);
  });

  it('gives every issue a code from the list of stable rule codes', () => {
    const broken: Assessment = {
      ...draft,
      status: 'completed',
      initiation: { ...draft.initiation, grounds: [], triggerDate: '2026-13-01' },
      clientView: { kind: 'obstacle', reason: '' },
    };
    const issues = checkAssessment(broken);
    expect(issues.length).to.be.greaterThan(3);
    for (const issue of issues) expect(ASSESSMENT_RULES).to.include(issue.code);
  });

  it('wants at least one ground', () => {
    expect(codes({ ...draft, initiation: { ...draft.initiation, grounds: [] } })).to.deep.equal([
      ['grounds-required', 'initiation.grounds'],
    ]);
  });

  it('wants real dates: the trigger date a calendar day, nothing completed or summarised before it', () => {
    expect(codes({ ...draft, initiation: { ...draft.initiation, triggerDate: '2026-03-02T08:00:00Z' } })).to.deep.equal(
      [['date-invalid', 'initiation.triggerDate']],
    );
    expect(codes({ ...draft, updatedAt: '2026-02-30T10:00:00Z' })).to.deep.equal([['date-invalid', 'updatedAt']]);
    expect(codes({ ...done, completedAt: '2026-01-11T23:00:00+02:00', summaryGivenAt: '2026-01-10' })).to.deep.equal([
      ['date-before-trigger', 'completedAt'],
      ['date-before-trigger', 'summaryGivenAt'],
    ]);
    // The day it was initiated is not before it.
    expect(codes({ ...done, completedAt: '2026-01-12T16:00:00+02:00' })).to.deep.equal([]);
  });

  it('wants the reason of an obvious obstacle to the client’s view', () => {
    expect(codes({ ...done, clientView: { kind: 'obstacle', reason: '  ' } })).to.deep.equal([
      ['obstacle-reason-required', 'clientView.reason'],
    ]);
    expect(codes({ ...done, clientView: { kind: 'obstacle', reason: 'Asiakas on tajuton.' } })).to.deep.equal([]);
    // The view given may be unwritten: the client gave it, the professional wrote it into the answers.
    expect(codes({ ...done, clientView: { kind: 'given' } })).to.deep.equal([]);
  });

  it('wants a completed or amended assessment dated, with the client’s view or the obstacle', () => {
    for (const status of ['completed', 'amended'] as const) {
      expect(codes({ ...done, status, completedAt: undefined, clientView: undefined }), status).to.deep.equal([
        ['completion-date-required', 'completedAt'],
        ['client-view-required', 'clientView'],
      ]);
    }
    // A draft needs neither yet.
    expect(codes({ ...draft, clientView: undefined, completedAt: undefined })).to.deep.equal([]);
  });

  it('wants the reason a stopped assessment was stopped', () => {
    expect(codes({ ...conformanceStoppedAssessment, stoppedReason: '' })).to.deep.equal([
      ['stopped-reason-required', 'stoppedReason'],
    ]);
  });
});

describe('assessment status changes', () => {
  it('starts every new assessment in progress', () => {
    expect(transition(undefined, draft)).to.deep.equal([]);
    for (const status of ['completed', 'amended', 'stopped'] as const) {
      expect(transition(undefined, as(draft, status)), status).to.deep.equal(['starts-in-progress']);
    }
  });

  it('moves forward only: in progress → completed or stopped, completed → amended, amended → amended', () => {
    const allowed = new Set([
      'in-progress→in-progress',
      'in-progress→completed',
      'in-progress→stopped',
      'completed→completed',
      'completed→amended',
      'amended→amended',
      'stopped→stopped',
    ]);
    for (const from of ASSESSMENT_STATUSES) {
      for (const to of ASSESSMENT_STATUSES) {
        const issues = transition(as(draft, from), as(draft, to));
        const move = `${from}→${to}`;
        expect(issues, move).to.deep.equal(allowed.has(move) ? [] : ['transition-not-allowed']);
      }
    }
  });

  it('never takes a completed assessment back in progress', () => {
    expect(checkAssessmentTransition(done, { ...done, status: 'in-progress' })).to.deep.equal([
      {
        code: 'transition-not-allowed',
        path: 'status',
        message: 'an assessment completed cannot become in-progress',
      },
    ]);
  });

  it('changes a completed assessment only by amending it; recording the summary given is no change', () => {
    const summarised = { ...done, summaryGivenAt: '2026-02-01', updatedAt: '2026-02-01T12:00:00Z' };
    expect(transition(done, summarised)).to.deep.equal([]);
    const edited = { ...done, answers: [] };
    expect(transition(done, edited)).to.deep.equal(['amend-to-change']);
    expect(transition(done, { ...edited, status: 'amended' })).to.deep.equal([]);
    const stopped = conformanceStoppedAssessment;
    expect(transition(stopped, { ...stopped, stoppedReason: 'Toinen syy.' })).to.deep.equal(['amend-to-change']);
    // A draft changes freely, step by step.
    expect(transition(draft, { ...draft, answers: [] })).to.deep.equal([]);
  });

  it('keeps an assessment with its client', () => {
    expect(transition(draft, { ...draft, clientId: 'someone-else' })).to.deep.equal(['client-changed']);
  });
});

describe('meter reading rules', () => {
  const [reading] = conformanceMeterReadings as [MeterReading];
  const withValues = (values: MeterReading['values']): MeterReading => ({ ...reading, values });
  const readingCodes = (r: MeterReading, ...scale: Parameters<typeof checkMeterReading>[1][]) =>
    checkMeterReading(r, ...scale).map((i) => [i.code, i.path]);

  it('finds nothing wrong with the conformance readings, an unrated area among them', () => {
    for (const r of conformanceMeterReadings) expect(checkMeterReading(r), r.id).to.deep.equal([]);
  });

  it('takes whole numbers 0 to 10, or null, by default', () => {
    const values = [0, 10, null, -1, 11, 7.5].map((value, i) => ({ linkId: `area-${String(i)}`, value }));
    expect(readingCodes(withValues(values))).to.deep.equal([
      ['value-out-of-range', 'values.3.value'],
      ['value-out-of-range', 'values.4.value'],
      ['value-not-integer', 'values.5.value'],
    ]);
    for (const issue of checkMeterReading(withValues(values))) expect(METER_READING_RULES).to.include(issue.code);
  });

  it('checks against the meter’s own scale when given one, and not at all with null', () => {
    const values = [
      { linkId: 'a', value: 4.5 },
      { linkId: 'b', value: 0 },
    ];
    expect(readingCodes(withValues(values), { min: 1, max: 5, integer: false })).to.deep.equal([
      ['value-out-of-range', 'values.1.value'],
    ]);
    expect(readingCodes(withValues([{ linkId: 'a', value: 250 }]), null)).to.deep.equal([]);
  });

  it('wants at least one area, each once, on a real day', () => {
    expect(readingCodes(withValues([]))).to.deep.equal([['values-required', 'values']]);
    const twice = withValues([
      { linkId: 'a', value: 1 },
      { linkId: 'a', value: 2 },
    ]);
    expect(readingCodes(twice, null)).to.deep.equal([['value-repeated', 'values.1.linkId']]);
    expect(readingCodes({ ...reading, date: '2026-04-31' })).to.deep.equal([['date-invalid', 'date']]);
  });
});
