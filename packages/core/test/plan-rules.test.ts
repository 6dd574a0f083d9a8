import { expect } from '@open-wc/testing';
import {
  ClientPlanSchema,
  DECISION_STATUSES,
  IsoDaySchema,
  PLAN_RULES,
  PlanCommonSchema,
  PlanPartSchema,
  TemplateRefSchema,
  ValidationError,
  checkPlan,
  checkPlanChange,
  checkPlanPart,
  checkPlanPartChange,
  commonOf,
  isDecisionStatus,
  onlyClientViewsChanged,
  parse,
  planOrder,
  planPart,
  planPermissions,
  planServices,
  reviewStatus,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
  type Viewer,
} from '@saumaton/core';
import {
  conformanceForeignPlan,
  conformanceOrganizerPart,
  conformancePlan,
  conformanceProducers,
  conformanceVoucherPart,
} from '@saumaton/core/conformance';
import { examplePlan } from '@saumaton/core/examples';

const plan = conformancePlan;
const { organizer, voucher, employment } = conformanceProducers;

/** The codes and paths of the rules `value` breaks. */
const broken = (value: PlanCommon | ClientPlan) => checkPlan(value).map((i) => [i.code, i.path]);
const brokenPart = (part: PlanPart) => checkPlanPart(part).map((i) => [i.code, i.path]);
const withService = (status: string, extra: Partial<PlanPart['services'][number]> = {}): PlanPart => ({
  ...conformanceVoucherPart,
  services: [{ ...conformanceVoucherPart.services[0]!, status, ...extra }],
});

describe('checkPlan', () => {
  it('passes the conformance plan, the example plan and a draft with nothing filled in', () => {
    expect(checkPlan(plan)).to.deep.equal([]);
    expect(checkPlan(examplePlan)).to.deep.equal([]);
    const empty: PlanCommon = {
      ...commonOf(plan),
      status: 'draft',
      supportNeed: {},
      servicesNeeded: {},
      goals: [],
      followUp: {},
    };
    expect(checkPlan(empty)).to.deep.equal([]);
  });

  it('names an unknown plan status, and a blank document name', () => {
    expect(broken({ ...plan, status: 'approved' })).to.deep.include(['status-unknown', 'status']);
    expect(broken({ ...plan, header: { ...plan.header, documentName: '  ' } })).to.deep.equal([
      ['document-name-required', 'header.documentName'],
    ]);
  });

  it('asks an active plan for its next review date, not a draft or a completed one', () => {
    const noReview = { ...plan, followUp: { method: 'Mittari' } };
    expect(broken(noReview)).to.deep.equal([['next-review-required', 'followUp.nextReviewDate']]);
    expect(broken({ ...noReview, status: 'draft' })).to.deep.equal([]);
    expect(broken({ ...noReview, status: 'completed' })).to.deep.equal([]);
  });

  it('checks the client relationship: real dates, the end not before the start, the reason for the end', () => {
    const clienthood = { ...plan.clienthood, startDate: '2026-03-01', endDate: '2026-02-01', endReason: 'Muutto' };
    expect(broken({ ...plan, clienthood })).to.deep.equal([['end-before-start', 'clienthood.endDate']]);
    expect(broken({ ...plan, clienthood: { ...clienthood, endDate: '2026-04-01', endReason: ' ' } })).to.deep.equal([
      ['end-reason-required', 'clienthood.endReason'],
    ]);
    expect(broken({ ...plan, clienthood: { ...plan.clienthood, startDate: '2026-13-01' } })).to.deep.equal([
      ['date-invalid', 'clienthood.startDate'],
    ]);
    expect(broken({ ...plan, header: { ...plan.header, createdAt: 'yesterday' } })).to.deep.equal([
      ['date-invalid', 'header.createdAt'],
    ]);
  });

  it('refuses a blank view: a view recorded says something, either side', () => {
    expect(broken({ ...plan, supportNeed: { ...plan.supportNeed, client: { text: ' ' } } })).to.deep.equal([
      ['view-text-required', 'supportNeed.client.text'],
    ]);
    expect(broken({ ...plan, servicesNeeded: { professional: { text: '' } } })).to.deep.equal([
      ['view-text-required', 'servicesNeeded.professional.text'],
    ]);
  });

  it('checks goals: text, a known status, the meter link whole, ids unique, real target dates', () => {
    const goal = plan.goals[0]!;
    expect(broken({ ...plan, goals: [{ ...goal, text: '' }] })).to.deep.equal([['goal-text-required', 'goals.0.text']]);
    expect(broken({ ...plan, goals: [{ ...goal, status: 'granted' }] })).to.deep.equal([
      ['goal-status-unknown', 'goals.0.status'],
    ]);
    expect(broken({ ...plan, goals: [{ ...goal, areaLinkId: undefined }] })).to.deep.equal([
      ['goal-meter-area-incomplete', 'goals.0.areaLinkId'],
    ]);
    expect(broken({ ...plan, goals: [{ ...goal, meter: undefined }] })).to.deep.equal([
      ['goal-meter-area-incomplete', 'goals.0.meter'],
    ]);
    expect(broken({ ...plan, goals: [{ ...goal, meter: undefined, areaLinkId: undefined }] })).to.deep.equal([]);
    expect(broken({ ...plan, goals: [goal, { ...goal, text: 'Toinen' }] })).to.deep.equal([
      ['id-repeated', 'goals.1.id'],
    ]);
    expect(broken({ ...plan, goals: [{ ...goal, targetDate: '2026-02-30' }] })).to.deep.equal([
      ['date-invalid', 'goals.0.targetDate'],
    ]);
    expect(
      broken({ ...plan, goals: [{ ...goal, evaluations: [{ date: '2026-05-01', achievement: 'great' }] }] }),
    ).to.deep.equal([['goal-status-unknown', 'goals.0.evaluations.0.achievement']]);
  });

  it('checks follow-up entries: each its own id, evaluating goals of the plan with a known achievement', () => {
    const entry = {
      id: 'review-1',
      date: '2026-05-05',
      clientFeedback: 'Hyvin menee',
      goalEvaluations: [{ goalId: 'goal-finances', date: '2026-05-05', achievement: 'improving' }],
    };
    expect(broken({ ...plan, followUp: { ...plan.followUp, entries: [entry] } })).to.deep.equal([]);
    const unknownGoal = { ...entry, goalEvaluations: [{ ...entry.goalEvaluations[0]!, goalId: 'goal-x' }] };
    expect(broken({ ...plan, followUp: { ...plan.followUp, entries: [unknownGoal] } })).to.deep.equal([
      ['goal-unknown', 'followUp.entries.0.goalEvaluations.0.goalId'],
    ]);
    const badAchievement = { ...entry, goalEvaluations: [{ ...entry.goalEvaluations[0]!, achievement: 'meh' }] };
    expect(broken({ ...plan, followUp: { ...plan.followUp, entries: [badAchievement] } })).to.deep.equal([
      ['goal-status-unknown', 'followUp.entries.0.goalEvaluations.0.achievement'],
    ]);
    expect(broken({ ...plan, followUp: { ...plan.followUp, entries: [entry, entry] } })).to.deep.equal([
      ['id-repeated', 'followUp.entries.1.id'],
    ]);
  });

  it('checks the parts of a whole plan: one per producer, each by the part rules, paths under parts', () => {
    expect(broken({ ...plan, parts: [conformanceVoucherPart, conformanceVoucherPart] })).to.deep.equal([
      ['producer-repeated', 'parts.1.producer.id'],
    ]);
    expect(broken({ ...plan, parts: [conformanceOrganizerPart, withService('granted')] })).to.deep.equal([
      ['service-status-is-decision', 'parts.1.services.0.status'],
    ]);
    expect(broken(commonOf(plan))).to.deep.equal([]);
  });

  it('names every rule it checks among PLAN_RULES', () => {
    const codes = new Set<string>([
      ...checkPlan(conformanceForeignPlan).map((i) => i.code),
      ...checkPlan({
        ...plan,
        status: 'x',
        followUp: {},
        clienthood: { turvakielto: false, endDate: '2026-01-01' },
      }).map((i) => i.code),
    ]);
    for (const code of codes) expect(PLAN_RULES).to.include(code);
    expect(codes).to.include('producer-type-unknown').and.include('service-status-unknown');
  });
});

describe('checkPlanPart', () => {
  it('passes every planned service status, and the parts of the example plan', () => {
    for (const status of ['planned', 'applied', 'ongoing', 'paused', 'ended', 'cancelled']) {
      expect(checkPlanPart(withService(status)), status).to.deep.equal([]);
    }
    for (const part of examplePlan.parts) expect(checkPlanPart(part), part.producer.name).to.deep.equal([]);
  });

  it('refuses a service presented as decided, in English, Finnish and Swedish, whatever the case', () => {
    for (const status of [...DECISION_STATUSES, 'Granted', ' APPROVED ', 'Myönnetty', 'Beviljad']) {
      expect(brokenPart(withService(status)), status).to.deep.equal([
        ['service-status-is-decision', 'services.0.status'],
      ]);
    }
    expect(isDecisionStatus('planned')).to.equal(false);
    expect(isDecisionStatus('hyväksytty')).to.equal(true);
  });

  it('names an unknown service status apart from a decision', () => {
    expect(brokenPart(withService('waiting-list'))).to.deep.equal([['service-status-unknown', 'services.0.status']]);
  });

  it('checks each service: a name, its own id, real dates in order', () => {
    expect(brokenPart(withService('planned', { name: ' ' }))).to.deep.equal([
      ['service-name-required', 'services.0.name'],
    ]);
    expect(brokenPart(withService('planned', { start: '2026-05-01', end: '2026-04-30' }))).to.deep.equal([
      ['end-before-start', 'services.0.end'],
    ]);
    expect(brokenPart(withService('planned', { start: '2026-05-01', end: '2026-05-01' }))).to.deep.equal([]);
    expect(brokenPart(withService('planned', { end: 'soon' }))).to.deep.equal([['date-invalid', 'services.0.end']]);
    const service = conformanceVoucherPart.services[0]!;
    expect(brokenPart({ ...conformanceVoucherPart, services: [service, service] })).to.deep.equal([
      ['id-repeated', 'services.1.id'],
    ]);
  });

  it('checks the producer type and when it was saved', () => {
    expect(brokenPart({ ...conformanceVoucherPart, producerType: 'ngo' })).to.deep.equal([
      ['producer-type-unknown', 'producerType'],
    ]);
    for (const type of [
      'own-production',
      'service-voucher',
      'purchased-service',
      'employment-services',
      'other-sector',
    ]) {
      expect(brokenPart({ ...conformanceVoucherPart, producerType: type }), type).to.deep.equal([]);
    }
    expect(brokenPart({ ...conformanceVoucherPart, updatedAt: 'now' })).to.deep.equal([['date-invalid', 'updatedAt']]);
  });
});

describe('checkPlanChange and checkPlanPartChange', () => {
  it('keep a plan with its client and a part with its producer', () => {
    expect(checkPlanChange(undefined, plan)).to.deep.equal([]);
    expect(checkPlanChange(plan, { ...plan, meetingFrequency: 'Viikoittain' })).to.deep.equal([]);
    expect(checkPlanChange(plan, { ...plan, clientId: 'someone-else' }).map((i) => i.code)).to.deep.equal([
      'client-changed',
    ]);
    expect(checkPlanPartChange(undefined, conformanceVoucherPart)).to.deep.equal([]);
    expect(
      checkPlanPartChange(conformanceVoucherPart, { ...conformanceVoucherPart, producer: employment }).map(
        (i) => i.code,
      ),
    ).to.deep.equal(['producer-changed']);
  });
});

describe('planPermissions', () => {
  const professionalOf = (organizationId: string): Viewer => ({ kind: 'professional', organizationId });

  it('lets the responsible unit edit the common sections and its own part, no other part', () => {
    const can = planPermissions(professionalOf(organizer.id), plan);
    expect(can.common).to.equal(true);
    expect(can.parts(organizer.id)).to.equal(true);
    expect(can.parts(voucher.id)).to.equal(false);
    expect(can.parts(employment.id)).to.equal(false);
    expect(can.clientView).to.equal(false);
  });

  it('lets a producer edit only its own part, never the common sections', () => {
    const can = planPermissions(professionalOf(voucher.id), plan);
    expect(can.common).to.equal(false);
    expect(can.parts(voucher.id)).to.equal(true);
    expect(can.parts(organizer.id)).to.equal(false);
    expect(can.parts(employment.id)).to.equal(false);
  });

  it('lets a producer without a part yet add its own (the same answer for a part not in the plan)', () => {
    expect(planPermissions(professionalOf(employment.id), plan).parts(employment.id)).to.equal(true);
  });

  it('gives a professional without an organisation, an outsider, or no viewer nothing', () => {
    for (const viewer of [{ kind: 'professional' } as Viewer, professionalOf('1.2.3.4'), undefined]) {
      const can = planPermissions(viewer, plan, { allowClientView: true });
      expect([can.common, can.parts(organizer.id), can.parts(voucher.id), can.clientView]).to.deep.equal([
        false,
        false,
        false,
        false,
      ]);
    }
  });

  it('lets a client or representative edit nothing, but add their own view where the host allows it', () => {
    for (const kind of ['client', 'representative'] as const) {
      const viewer: Viewer = { kind, organizationId: organizer.id };
      const denied = planPermissions(viewer, plan);
      expect([denied.common, denied.parts(organizer.id), denied.clientView], kind).to.deep.equal([false, false, false]);
      const allowed = planPermissions(viewer, plan, { allowClientView: true });
      expect([allowed.common, allowed.parts(organizer.id), allowed.clientView], kind).to.deep.equal([
        false,
        false,
        true,
      ]);
    }
  });

  it('makes a completed plan, or one entered in error, read-only for everyone', () => {
    for (const status of ['completed', 'entered-in-error']) {
      const closed = { ...plan, status };
      const can = planPermissions(professionalOf(organizer.id), closed);
      expect([can.common, can.parts(organizer.id)], status).to.deep.equal([false, false]);
      expect(planPermissions({ kind: 'client' }, closed, { allowClientView: true }).clientView, status).to.equal(false);
    }
    const draft = planPermissions(professionalOf(organizer.id), { ...plan, status: 'draft' });
    expect(draft.common).to.equal(true);
  });

  it('tells a change of the client’s own views from any other change', () => {
    const mine = {
      ...plan,
      supportNeed: { ...plan.supportNeed, client: { text: 'Oma näkemykseni' } },
      servicesNeeded: { client: { text: 'Kotiapua ja rahaneuvontaa' } },
      updatedAt: '2026-03-03T10:00:00+02:00',
    };
    expect(onlyClientViewsChanged(plan, mine)).to.equal(true);
    expect(
      onlyClientViewsChanged(plan, { ...mine, supportNeed: { ...mine.supportNeed, professional: { text: 'x' } } }),
    ).to.equal(false);
    expect(onlyClientViewsChanged(plan, { ...plan, strengths: 'Muutettu' })).to.equal(false);
  });
});

describe('reviewStatus', () => {
  const at = (nextReviewDate: string | undefined, status = 'active') => ({ status, followUp: { nextReviewDate } });

  it('counts the next review as due, due today or overdue, by the assessment’s date rules', () => {
    // 2026-05-05 is a Tuesday; 2026-05-01 (Friday, May Day) is no weekday.
    expect(reviewStatus(at('2026-05-05'), '2026-04-28')).to.deep.equal({
      date: '2026-05-05',
      kind: 'due',
      weekdays: 4,
      days: 7,
    });
    expect(reviewStatus(at('2026-05-05'), '2026-05-05')).to.deep.equal({
      date: '2026-05-05',
      kind: 'due-today',
      weekdays: 0,
      days: 0,
    });
    expect(reviewStatus(at('2026-05-05'), '2026-05-08')).to.deep.equal({
      date: '2026-05-05',
      kind: 'overdue',
      weekdays: 3,
      days: 3,
    });
  });

  it('has nothing to say without a next review, with a malformed one, or for a closed plan; never throws', () => {
    expect(reviewStatus(at(undefined), '2026-05-05')).to.equal(undefined);
    expect(reviewStatus(at('2026-02-30'), '2026-05-05')).to.equal(undefined);
    expect(reviewStatus(at('2026-05-05'), 'today')).to.equal(undefined);
    expect(reviewStatus(at('2026-05-05', 'completed'), '2026-06-01')).to.equal(undefined);
    expect(reviewStatus(at('2026-05-05', 'entered-in-error'), '2026-06-01')).to.equal(undefined);
  });

  it('gives the example plan its December review as due on the last day of November', () => {
    expect(reviewStatus(examplePlan, '2026-11-30')).to.include({ date: '2026-12-08', kind: 'due' });
  });
});

describe('the plan schemas', () => {
  it('keep members they do not know, at every level, and read statuses as they came', () => {
    expect(parse(ClientPlanSchema, conformanceForeignPlan)).to.deep.equal(conformanceForeignPlan);
    const part = conformanceForeignPlan.parts[0]!;
    expect(parse(PlanPartSchema, part)).to.deep.equal(part);
  });

  it('reject what does not fit, naming the path', () => {
    const cases: [unknown, string][] = [
      [{ ...plan, goals: [{ ...plan.goals[0], id: '' }] }, 'goals.0.id'],
      [{ ...plan, header: { ...plan.header, organizer: { name: 'Ei tunnusta' } } }, 'header.organizer.id'],
      [{ ...plan, followUp: { nextReviewDate: '2026-05-05T10:00:00Z' } }, 'followUp.nextReviewDate'],
      [{ ...plan, clienthood: {} }, 'clienthood.turvakielto'],
      [{ ...plan, status: '' }, 'status'],
      [{ ...plan, parts: [{ ...conformanceVoucherPart, services: 'none' }] }, 'parts.0.services'],
    ];
    for (const [value, path] of cases) {
      let error: unknown;
      try {
        parse(ClientPlanSchema, value);
      } catch (e) {
        error = e;
      }
      expect(error, path).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).path, path).to.equal(path);
    }
  });

  it('read a day and a meter as the assessment model does (the plan model keeps copies of its two schemas)', () => {
    const accepts = (schema: Parameters<typeof parse>[0], value: unknown) => {
      try {
        parse(schema, value);
        return true;
      } catch (error) {
        if (error instanceof ValidationError) return false;
        throw error;
      }
    };
    const days = [
      '2026-12-01',
      '2028-02-29',
      '2026-02-29',
      '2026-13-01',
      '2026-12-1',
      '2026-12-01T10:00:00Z',
      '',
      20261201,
    ];
    for (const day of days) {
      const asPlan = accepts(PlanCommonSchema, { ...commonOf(plan), followUp: { nextReviewDate: day } });
      expect(asPlan, String(day)).to.equal(accepts(IsoDaySchema, day));
    }
    const meters = [
      { id: 'mittari' },
      { id: 'mittari', url: 'https://example.fi/Questionnaire/mittari', version: '2', extra: true },
      { id: '' },
      { id: 'x\u0007' },
      { id: 'mittari', version: 2 },
      { id: 'mittari', url: 'x'.repeat(501) },
      {},
      'mittari',
    ];
    for (const meter of meters) {
      const asPlan = accepts(PlanCommonSchema, { ...commonOf(plan), goals: [{ ...plan.goals[0], meter }] });
      expect(asPlan, JSON.stringify(meter)).to.equal(accepts(TemplateRefSchema, meter));
    }
    expect(accepts(IsoDaySchema, '2028-02-29') && !accepts(IsoDaySchema, '2026-02-29')).to.equal(true);
  });

  it('take the common sections apart from the parts', () => {
    const common = parse(PlanCommonSchema, commonOf(plan));
    expect(common).to.not.have.property('parts');
    expect({ ...common, parts: plan.parts }).to.deep.equal(plan);
  });
});

describe('reading a plan', () => {
  it('gives one part with its version, the ifMatch of its next save', () => {
    const read = {
      value: plan,
      version: '3',
      partVersions: [
        { producerId: organizer.id, version: '1' },
        { producerId: voucher.id, version: '4' },
      ],
    };
    expect(planPart(read, voucher.id)).to.deep.equal({ value: conformanceVoucherPart, version: '4' });
    expect(planPart(read, employment.id)).to.equal(undefined);
  });

  it('lists every planned service with the part that holds it', () => {
    expect(planServices(examplePlan).map(({ service, part }) => [service.id, part.producer.id])).to.deep.equal([
      ['svc-social-work', examplePlan.parts[0]!.producer.id],
      ['svc-debt-advice', examplePlan.parts[0]!.producer.id],
      ['svc-home-help', examplePlan.parts[1]!.producer.id],
      ['svc-rehabilitative-work', examplePlan.parts[2]!.producer.id],
    ]);
  });

  it('picks a client’s plan: active first, then draft, on hold, completed, any other; then the one saved last', () => {
    const base = commonOf(plan);
    const of = (id: string, status: string, updatedAt?: string): PlanCommon => ({ ...base, id, status, updatedAt });
    const plans = [
      of('other', 'x-vendor'),
      of('completed', 'completed'),
      of('old-active', 'active', '2026-01-01T10:00:00Z'),
      of('draft', 'draft'),
      of('active', 'active', '2026-03-01T10:00:00+02:00'),
      of('hold', 'on-hold'),
    ];
    expect(plans.sort(planOrder).map((p) => p.id)).to.deep.equal([
      'active',
      'old-active',
      'draft',
      'hold',
      'completed',
      'other',
    ]);
  });
});
