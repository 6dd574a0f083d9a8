import { expect } from '@open-wc/testing';
import {
  ClientPlanSchema,
  MemoryAdapter,
  MeterReadingSchema,
  PLAN_CODE_SYSTEMS,
  PLAN_FIELDS,
  PLAN_SECTIONS,
  checkPlan,
  checkPlanPart,
  diffPlan,
  diffPlanCommon,
  diffPlanPart,
  parse,
  planAt,
  planHistory,
  sectionsOf,
  type ClientPlan,
  type PlanChange,
  type PlanCommon,
  type PlanPart,
  type PlanVersion,
} from '@saumaton/core';
import { examplePlan, exampleTemplateIds, largePlan } from '@saumaton/core/examples';

const { parts: exampleParts, ...exampleCommonWithoutParts } = examplePlan;
const common: PlanCommon = exampleCommonWithoutParts;
const [countyPart, voucherPart] = exampleParts as [PlanPart, PlanPart, PlanPart];

/** The changes as short tuples: field, kind, the item's id or label, before, after. */
const brief = (changes: readonly PlanChange[]) =>
  changes.map((c) => [
    c.field === 'other' ? `other:${c.key!}` : c.field,
    c.kind,
    c.item?.id ?? c.item?.label,
    c.before,
    c.after,
  ]);

/** A plan with every member of the model filled in, each list with one entry. */
const full: PlanCommon = {
  ...common,
  header: {
    ...common.header,
    client: { name: 'Aino Mäkelä', identityCode: '120488-9123', temporaryId: 'tmp-1' },
    organizer: { id: 'org-1', name: 'Järjestäjä', producerType: 'own-production' },
    producers: [{ id: 'org-1', name: 'Järjestäjä', producerType: 'own-production' }],
    author: { name: 'Leena Korhonen', title: 'Sosiaalityöntekijä', organizationId: 'org-1', practitionerId: 'p-1' },
  },
  clienthood: {
    startDate: '2026-01-01',
    responsibleWorker: {
      kind: 'named-worker',
      name: 'Jari Heikkinen',
      title: 'Sosiaaliohjaaja',
      organizationId: 'org-1',
      practitionerId: 'p-2',
      contact: { phone: '+358 40 555 0102', email: 'jari@example.fi' },
    },
    turvakielto: false,
    endDate: '2026-12-31',
    endReason: 'Muutti pois.',
  },
  context: {
    motherTongue: 'fi',
    languageOfService: 'sv',
    representatives: [
      {
        name: 'Eva Östman',
        kind: 'legal-representative',
        competence: 'Talousasiat',
        contact: { phone: '+358 44 555 0000', email: 'eva@example.org' },
      },
    ],
    closePersons: [
      {
        name: 'Raija Mäkelä',
        kind: 'close-person',
        role: 'äiti',
        tasks: 'Kauppa-asiat',
        contact: { phone: '+358 44 555 0198', email: 'raija@example.org' },
      },
    ],
  },
  supportNeed: { client: { text: 'a', reasons: 'b' }, professional: { text: 'c', reasons: 'd' } },
  servicesNeeded: { client: { text: 'e', reasons: 'f' }, professional: { text: 'g', reasons: 'h' } },
  goals: [
    {
      id: 'goal-1',
      text: 'Tavoite',
      means: 'Keinot',
      status: 'active',
      setBy: { kind: 'client', name: 'Aino' },
      kind: 'improve',
      targetDate: '2027-01-01',
      meter: { id: 'meter', url: 'https://example.fi/meter', version: '1' },
      areaLinkId: 'finances',
      evaluations: [
        {
          date: '2026-09-08',
          achievement: 'improving',
          text: 'Paranee',
          by: { name: 'Leena', title: 'Sosiaalityöntekijä', organizationId: 'org-1', practitionerId: 'p-1' },
        },
      ],
    },
  ],
  partners: [{ name: 'Kela', organization: { id: 'kela', name: 'Kela', producerType: 'other-sector' }, role: 'Tuet' }],
  responsibilities: [{ party: 'coordinator', name: 'Leena', organizationId: 'org-1', text: 'Koordinoi' }],
  followUp: {
    method: 'Mittari',
    nextReviewDate: '2026-12-08',
    entries: [
      {
        id: 'review-1',
        date: '2026-09-08',
        clientFeedback: 'Hyvä',
        teamFeedback: 'Parempi',
        goalEvaluations: [
          {
            goalId: 'goal-1',
            date: '2026-09-08',
            achievement: 'improving',
            text: 'Paranee',
            by: { name: 'Leena', title: 'T', organizationId: 'org-1', practitionerId: 'p-1' },
          },
        ],
        nextReviewDate: '2026-12-08',
        recordedBy: { name: 'Leena', title: 'T', organizationId: 'org-1', practitionerId: 'p-1' },
      },
    ],
  },
  evaluation: {
    date: '2026-12-08',
    clientView: 'i',
    participantsView: 'j',
    workerAssessment: 'k',
    by: { name: 'Leena', title: 'T', organizationId: 'org-1', practitionerId: 'p-1' },
  },
  health: {
    careNeeds: 'l',
    goals: 'm',
    implementation: 'n',
    followUp: 'o',
    professional: { name: 'Maria', title: 'T', organizationId: 'org-2', practitionerId: 'p-3' },
  },
};
const fullPart: PlanPart = {
  ...voucherPart,
  producer: { id: voucherPart.producer.id, name: 'Kotiapu', producerType: 'service-voucher' },
  services: [
    {
      id: 'svc-1',
      name: 'Kotipalvelu',
      serviceTask: 'Kotipalvelu',
      status: 'ended',
      start: '2026-04-01',
      end: '2026-10-01',
      duration: '6 kk',
      frequency: '2 krt/vko',
      responsiblePerson: { name: 'Pekka', title: 'Lähihoitaja', organizationId: 'org-3', practitionerId: 'p-4' },
      goalIds: ['goal-1'],
      package: { id: 'package-1', name: 'Työikäiset', step: 'Vaihe 1' },
      chain: { id: 'chain-1', name: 'Kotoa kotiin', step: 'Vaihe 2' },
    },
  ],
  notes: 'Muistiinpano',
};

describe('PLAN_SECTIONS and PLAN_FIELDS', () => {
  it('list the sections in the order of DOMAIN §3.1, the SHL § 39 items in theirs', () => {
    expect(PLAN_SECTIONS).to.deep.equal([
      'header',
      'clienthood',
      'context',
      'supportNeed',
      'servicesNeeded',
      'services',
      'meetingFrequency',
      'strengths',
      'goals',
      'expectedDuration',
      'partnersAndResponsibilities',
      'followUp',
      'evaluation',
      'part',
      'health',
      'other',
    ]);
  });

  it('name every field a plan holds: a plan with every member filled in, compared with an empty one, uses them all', () => {
    const emptyHeader = {
      id: 'x',
      clientId: 'y',
      status: 'draft',
      clienthood: { turvakielto: true },
      supportNeed: {},
      servicesNeeded: {},
      goals: [],
      followUp: {},
      header: {
        documentName: 'Nimi',
        client: { name: 'N' },
        organizer: { id: 'o', name: 'O' },
        producers: [],
        author: { name: 'A' },
        createdAt: '2020-01-01',
        serviceTasks: [],
      },
    } as PlanCommon;
    const emptyPart: PlanPart = {
      producer: { id: 'p', name: 'P' },
      producerType: 'other-sector',
      services: [],
      responsibilities: [],
      author: { name: 'A' },
      updatedAt: '2020-01-01',
    };
    const fields = new Set(
      [...diffPlanCommon(emptyHeader, full), ...diffPlanPart(emptyPart, fullPart)].map((c) => c.field),
    );
    expect([...fields].sort()).to.deep.equal([...PLAN_FIELDS].sort());
    expect(fields.has('other'), 'nothing in a full plan is unknown').to.equal(false);
    expect(checkPlan(full)).to.deep.equal([]);
    expect(checkPlanPart(fullPart)).to.deep.equal([]);
  });

  it('give every code its system, and the systems their lists', () => {
    const changes = diffPlanCommon(
      { ...full, header: { ...full.header, producers: [] } },
      { ...full, status: 'on-hold' },
    );
    const codes = changes.flatMap((c) => [c.before, c.after]).filter((v) => typeof v === 'object');
    expect(codes).to.deep.include({ code: 'on-hold', system: 'plan-status' });
    expect(PLAN_CODE_SYSTEMS['planned-service-status']).to.include('planned');
    expect(PLAN_CODE_SYSTEMS['goal-achievement']).to.include('partly-achieved');
  });
});

describe('diffPlanCommon', () => {
  it('finds nothing between identical versions, copies, another key order, or versions saved by someone else at another time', () => {
    expect(diffPlanCommon(common, common)).to.deep.equal([]);
    expect(diffPlanCommon(common, structuredClone(common))).to.deep.equal([]);
    const reordered = Object.fromEntries(Object.entries(full).reverse()) as PlanCommon;
    expect(diffPlanCommon(full, reordered)).to.deep.equal([]);
    const resaved = { ...common, updatedAt: '2026-11-30T10:00:00+02:00', updatedBy: { name: 'Joku Muu' } };
    expect(diffPlanCommon(common, resaved)).to.deep.equal([]);
    const withUndefined = { ...common, strengths: undefined, evaluation: undefined };
    const withoutThem = { ...common };
    delete withoutThem.strengths;
    expect(diffPlanCommon(withUndefined, withoutThem)).to.deep.equal([]);
  });

  it('reports the header: the status as a code, the document name, a service task added, and the identity code only masked', () => {
    const after: PlanCommon = {
      ...common,
      status: 'on-hold',
      header: {
        ...common.header,
        documentName: 'Monialainen asiakassuunnitelma',
        client: { ...common.header.client, identityCode: '120488-912C' },
        serviceTasks: [...common.header.serviceTasks, 'Mielenterveyspalvelut'],
      },
    };
    const changes = diffPlanCommon(common, after);
    expect(brief(changes)).to.deep.equal([
      [
        'status',
        'changed',
        undefined,
        { code: 'active', system: 'plan-status' },
        { code: 'on-hold', system: 'plan-status' },
      ],
      ['header.documentName', 'changed', undefined, 'Asiakassuunnitelma', 'Monialainen asiakassuunnitelma'],
      ['header.client.identityCode', 'changed', undefined, '120488-****', '120488-****'],
      ['header.serviceTasks', 'added', undefined, undefined, 'Mielenterveyspalvelut'],
    ]);
    expect(changes.every((c) => c.section === 'header')).to.equal(true);
    expect(JSON.stringify(changes)).not.to.contain('9123');
  });

  it('reports clienthood: non-disclosure as yes/no, the worker kind as a code, an end date and reason added', () => {
    const after: PlanCommon = {
      ...common,
      clienthood: {
        ...common.clienthood,
        turvakielto: true,
        responsibleWorker: { ...common.clienthood.responsibleWorker!, kind: 'responsible-worker' },
        endDate: '2026-12-31',
        endReason: 'Asiakkuus päättyi.',
      },
    };
    const changes = diffPlanCommon(common, after);
    expect(brief(changes)).to.deep.equal([
      [
        'clienthood.responsibleWorker.kind',
        'changed',
        undefined,
        { code: 'named-worker', system: 'responsible-worker-kind' },
        { code: 'responsible-worker', system: 'responsible-worker-kind' },
      ],
      ['clienthood.turvakielto', 'changed', undefined, false, true],
      ['clienthood.endDate', 'added', undefined, undefined, { date: '2026-12-31' }],
      ['clienthood.endReason', 'added', undefined, undefined, 'Asiakkuus päättyi.'],
    ]);
    expect(sectionsOf(changes)).to.deep.equal(['clienthood']);
  });

  it('reports the context: a language as a code, a representative added as an entry and its fields', () => {
    const after: PlanCommon = {
      ...common,
      context: {
        ...common.context,
        languageOfService: 'sv',
        representatives: [{ name: 'Eva Östman', kind: 'authorised-person', competence: 'Asiointi' }],
      },
    };
    const changes = diffPlanCommon(common, after);
    expect(brief(changes)).to.deep.equal([
      [
        'context.languageOfService',
        'changed',
        undefined,
        { code: 'fi', system: 'language' },
        { code: 'sv', system: 'language' },
      ],
      ['context.representatives', 'added', 'Eva Östman', undefined, undefined],
      ['context.representatives.name', 'added', 'Eva Östman', undefined, 'Eva Östman'],
      [
        'context.representatives.kind',
        'added',
        'Eva Östman',
        undefined,
        { code: 'authorised-person', system: 'representative-kind' },
      ],
      ['context.representatives.competence', 'added', 'Eva Östman', undefined, 'Asiointi'],
    ]);
    expect(sectionsOf(changes)).to.deep.equal(['context']);
  });

  it('reports the two views apart: the client’s view changed, the professional’s reasons removed', () => {
    const after: PlanCommon = {
      ...common,
      supportNeed: { ...common.supportNeed, client: { text: 'Pärjään nyt paremmin.' } },
      servicesNeeded: { ...common.servicesNeeded, professional: { text: common.servicesNeeded.professional!.text } },
    };
    const changes = diffPlanCommon(common, after);
    expect(changes.map((c) => [c.section, c.field, c.kind, c.after ?? null])).to.deep.equal([
      ['supportNeed', 'supportNeed.client.text', 'changed', 'Pärjään nyt paremmin.'],
      ['servicesNeeded', 'servicesNeeded.professional.reasons', 'removed', null],
    ]);
    expect(changes[1]!.before).to.equal(common.servicesNeeded.professional!.reasons);
  });

  it('reports SHL § 39 items 4, 5 and 7 each in its own section', () => {
    const after: PlanCommon = {
      ...common,
      meetingFrequency: 'Kahden viikon välein',
      strengths: undefined,
      expectedDuration: 'Puoli vuotta',
    };
    expect(diffPlanCommon(common, after).map((c) => [c.section, c.field, c.kind])).to.deep.equal([
      ['meetingFrequency', 'meetingFrequency', 'changed'],
      ['strengths', 'strengths', 'removed'],
      ['expectedDuration', 'expectedDuration', 'changed'],
    ]);
  });

  it('reports a goal’s status changed as one change with that goal as its item', () => {
    const after: PlanCommon = {
      ...common,
      goals: common.goals.map((g) => (g.id === 'goal-housing' ? { ...g, status: 'achieved' } : g)),
    };
    const changes = diffPlanCommon(common, after);
    expect(changes).to.deep.equal([
      {
        section: 'goals',
        field: 'goals.status',
        kind: 'changed',
        item: { id: 'goal-housing', label: 'Aino saa pitää nykyisen kotinsa.' },
        before: { code: 'active', system: 'goal-status' },
        after: { code: 'achieved', system: 'goal-status' },
      },
    ]);
  });

  it('matches goals by id: one added, one removed, the rest reordered is no change', () => {
    const [finances, housing, work] = common.goals as [
      PlanCommon['goals'][number],
      PlanCommon['goals'][number],
      PlanCommon['goals'][number],
    ];
    const added = {
      id: 'goal-friends',
      text: 'Uusia ystäviä.',
      status: 'proposed',
      setBy: { kind: 'client' as const },
    };
    expect(diffPlanCommon(common, { ...common, goals: [work, housing, finances] })).to.deep.equal([]);
    const changes = diffPlanCommon(common, { ...common, goals: [added, work, finances] });
    expect(brief(changes)).to.deep.equal([
      ['goals', 'added', 'goal-friends', undefined, undefined],
      ['goals.text', 'added', 'goal-friends', undefined, 'Uusia ystäviä.'],
      ['goals.status', 'added', 'goal-friends', undefined, { code: 'proposed', system: 'goal-status' }],
      ['goals.setBy.kind', 'added', 'goal-friends', undefined, { code: 'client', system: 'goal-setter' }],
      ['goals', 'removed', 'goal-housing', undefined, undefined],
      ['goals.text', 'removed', 'goal-housing', housing.text, undefined],
      ['goals.means', 'removed', 'goal-housing', housing.means, undefined],
      ['goals.status', 'removed', 'goal-housing', { code: 'active', system: 'goal-status' }, undefined],
      ['goals.setBy.kind', 'removed', 'goal-housing', { code: 'client', system: 'goal-setter' }, undefined],
      ['goals.setBy.name', 'removed', 'goal-housing', 'Aino Mäkelä', undefined],
      ['goals.kind', 'removed', 'goal-housing', { code: 'prevent-worsening', system: 'goal-kind' }, undefined],
      ['goals.meter.id', 'removed', 'goal-housing', exampleTemplateIds.meter, undefined],
      ['goals.areaLinkId', 'removed', 'goal-housing', 'housing', undefined],
    ]);
    expect(changes[0]!.item).to.deep.equal({ id: 'goal-friends', label: 'Uusia ystäviä.' });
  });

  it('reports a goal evaluated at a review: the evaluation as the entry of the goal', () => {
    const after: PlanCommon = {
      ...common,
      goals: common.goals.map((g) =>
        g.id === 'goal-finances'
          ? { ...g, evaluations: [...(g.evaluations ?? []), { date: '2026-12-08', achievement: 'achieved' }] }
          : g,
      ),
    };
    const changes = diffPlanCommon(common, after);
    expect(changes.map((c) => [c.field, c.kind, c.item?.id, c.entry?.label, c.after])).to.deep.equal([
      ['goals.evaluations', 'added', 'goal-finances', { date: '2026-12-08' }, undefined],
      ['goals.evaluations.date', 'added', 'goal-finances', { date: '2026-12-08' }, { date: '2026-12-08' }],
      [
        'goals.evaluations.achievement',
        'added',
        'goal-finances',
        { date: '2026-12-08' },
        { code: 'achieved', system: 'goal-achievement' },
      ],
    ]);
  });

  it('matches partners and responsibilities without ids: equal ones wherever they stand, the rest by position', () => {
    const [kela, tuulia] = common.partners as [
      NonNullable<PlanCommon['partners']>[number],
      NonNullable<PlanCommon['partners']>[number],
    ];
    const church = { name: 'Seurakunta', role: 'Ruoka-apu' };
    expect(diffPlanCommon(common, { ...common, partners: [tuulia, kela] }), 'reordered').to.deep.equal([]);
    expect(
      brief(diffPlanCommon(common, { ...common, partners: [church, kela, tuulia] })),
      'inserted first',
    ).to.deep.equal([
      ['partners', 'added', 'Seurakunta', undefined, undefined],
      ['partners.name', 'added', 'Seurakunta', undefined, 'Seurakunta'],
      ['partners.role', 'added', 'Seurakunta', undefined, 'Ruoka-apu'],
    ]);
    const edited = { ...kela, role: 'Asumistuki' };
    const changes = diffPlanCommon(common, { ...common, partners: [tuulia, edited] });
    expect(brief(changes), 'one edited').to.deep.equal([
      ['partners.role', 'changed', 'Kela', 'Asumistuki ja toimeentulotuki', 'Asumistuki'],
    ]);
    expect(changes[0]!.item).to.deep.equal({ label: 'Kela' });
    expect(sectionsOf(changes)).to.deep.equal(['partnersAndResponsibilities']);
    const responsibilities = common.responsibilities!.map((r, i) => (i === 0 ? { ...r, text: 'Tuo laskut.' } : r));
    expect(brief(diffPlanCommon(common, { ...common, responsibilities }))).to.deep.equal([
      ['responsibilities.text', 'changed', 'Aino Mäkelä', 'Avaa postin ja tuo laskut tapaamisiin.', 'Tuo laskut.'],
    ]);
  });

  it('matches entries by id where they have one, and by position only those without', () => {
    const entries = [
      { id: 'a', date: '2026-01-01' },
      { date: '2026-02-01', teamFeedback: 'x' },
    ];
    const before = { ...common, followUp: { ...common.followUp, entries } } as PlanCommon;
    const after = {
      ...common,
      followUp: {
        ...common.followUp,
        entries: [
          { date: '2026-02-01', teamFeedback: 'y' },
          { id: 'a', date: '2026-01-02' },
        ],
      },
    } as PlanCommon;
    expect(brief(diffPlanCommon(before, after))).to.deep.equal([
      ['followUp.entries.teamFeedback', 'changed', { date: '2026-02-01' }, 'x', 'y'],
      ['followUp.entries.date', 'changed', 'a', { date: '2026-01-01' }, { date: '2026-01-02' }],
    ]);
  });

  it('reports a review recorded: the entry, its feedback, its goal evaluations named by their goal, and the next review', () => {
    const after: PlanCommon = {
      ...common,
      followUp: {
        ...common.followUp,
        nextReviewDate: '2027-03-08',
        entries: [
          ...(common.followUp.entries ?? []),
          {
            id: 'review-2026-12',
            date: '2026-12-08',
            clientFeedback: 'Hyvin menee.',
            goalEvaluations: [{ goalId: 'goal-housing', date: '2026-12-08', achievement: 'achieved' }],
          },
        ],
      },
    };
    const changes = diffPlanCommon(common, after);
    expect(changes.map((c) => [c.field, c.kind, c.item?.id, c.entry?.label])).to.deep.equal([
      ['followUp.nextReviewDate', 'changed', undefined, undefined],
      ['followUp.entries', 'added', 'review-2026-12', undefined],
      ['followUp.entries.date', 'added', 'review-2026-12', undefined],
      ['followUp.entries.clientFeedback', 'added', 'review-2026-12', undefined],
      ['followUp.entries.goalEvaluations', 'added', 'review-2026-12', 'Aino saa pitää nykyisen kotinsa.'],
      ['followUp.entries.goalEvaluations.date', 'added', 'review-2026-12', 'Aino saa pitää nykyisen kotinsa.'],
      ['followUp.entries.goalEvaluations.achievement', 'added', 'review-2026-12', 'Aino saa pitää nykyisen kotinsa.'],
      ['followUp.entries.goalEvaluations.goalId', 'added', 'review-2026-12', 'Aino saa pitää nykyisen kotinsa.'],
    ]);
    expect(changes[0]!.before).to.deep.equal({ date: '2026-12-08' });
    expect(changes[1]!.item!.label).to.deep.equal({ date: '2026-12-08' });
    expect(sectionsOf(changes)).to.deep.equal(['followUp']);
  });

  it('reports the plan’s evaluation and the health part, each in its section', () => {
    const after: PlanCommon = {
      ...common,
      evaluation: { date: '2027-03-31', clientView: 'Asiat ovat paremmin.' },
      health: { ...common.health, careNeeds: 'Masennuksen seuranta.' },
    };
    expect(diffPlanCommon(common, after).map((c) => [c.section, c.field, c.kind])).to.deep.equal([
      ['evaluation', 'evaluation.date', 'added'],
      ['evaluation', 'evaluation.clientView', 'added'],
      ['health', 'health.careNeeds', 'changed'],
    ]);
  });

  it('compares members the model does not know, as "other" with their key, wherever they are', () => {
    const before = {
      ...common,
      extension: [
        { url: 'https://example.fi/priority', valueCoding: { system: 'https://example.fi/cs', code: 'low' } },
      ],
      goals: common.goals.map((g, i) => (i === 0 ? { ...g, priority: 1 } : g)),
    } as PlanCommon;
    const after = {
      ...common,
      extension: [
        {
          url: 'https://example.fi/priority',
          valueCoding: { system: 'https://example.fi/cs', code: 'high', display: 'Korkea' },
        },
      ],
      goals: common.goals.map((g, i) => (i === 0 ? { ...g, priority: 2 } : g)),
      header: { ...common.header, client: { ...common.header.client, nickname: 'Ainoliini' } },
      reviewedOn: '2026-11-30',
    } as PlanCommon;
    const changes = diffPlanCommon(before, after);
    expect(changes.map((c) => [c.section, c.field, c.key, c.kind, c.item?.id, c.before, c.after])).to.deep.equal([
      ['header', 'other', 'header.client.nickname', 'added', undefined, undefined, 'Ainoliini'],
      ['goals', 'other', 'goals.priority', 'changed', 'goal-finances', 1, 2],
      [
        'other',
        'other',
        'extension.0.valueCoding',
        'changed',
        undefined,
        { code: 'low', system: 'https://example.fi/cs' },
        { code: 'high', system: 'https://example.fi/cs', display: 'Korkea' },
      ],
      ['other', 'other', 'reviewedOn', 'added', undefined, undefined, { date: '2026-11-30' }],
    ]);
    expect(sectionsOf(changes)).to.deep.equal(['header', 'goals', 'other']);
  });

  it('flattens an unknown object into its values, never a JSON blob', () => {
    const after = {
      ...common,
      origin: { system: 'Apotti', exported: { at: '2026-11-01', by: 'batch' } },
    } as PlanCommon;
    const changes = diffPlanCommon(common, after);
    expect(brief(changes)).to.deep.equal([
      ['other:origin.exported.at', 'added', undefined, undefined, { date: '2026-11-01' }],
      ['other:origin.exported.by', 'added', undefined, undefined, 'batch'],
      ['other:origin.system', 'added', undefined, undefined, 'Apotti'],
    ]);
    for (const c of changes)
      for (const v of [c.before, c.after]) expect(typeof v === 'string' && v.includes('{')).to.equal(false);
  });

  it('pairs the entries of unknown lists as known ones are paired, each under its position', () => {
    const before = {
      ...common,
      tags: ['a', 'b'],
      links: [
        { id: 'x', rel: 'source' },
        { id: 'y', rel: 'copy' },
      ],
    } as PlanCommon;
    const after = {
      ...common,
      tags: ['b', 'c'],
      links: [
        { id: 'y', rel: 'copy' },
        { id: 'x', rel: 'origin' },
      ],
    } as PlanCommon;
    expect(brief(diffPlanCommon(before, after))).to.deep.equal([
      ['other:links.1.rel', 'changed', undefined, 'source', 'origin'],
      ['other:tags.1', 'changed', undefined, 'a', 'c'],
    ]);
    const shapes = { ...common, tags: { first: 'a' } } as PlanCommon;
    expect(brief(diffPlanCommon(before, shapes))).to.deep.equal([
      ['other:links.0.id', 'removed', undefined, 'x', undefined],
      ['other:links.0.rel', 'removed', undefined, 'source', undefined],
      ['other:links.1.id', 'removed', undefined, 'y', undefined],
      ['other:links.1.rel', 'removed', undefined, 'copy', undefined],
      ['other:tags.0', 'removed', undefined, 'a', undefined],
      ['other:tags.1', 'removed', undefined, 'b', undefined],
      ['other:tags.first', 'added', undefined, undefined, 'a'],
    ]);
  });

  it('leaves contact details out when asked (turvakielto), known and unknown', () => {
    const after = {
      ...common,
      clienthood: {
        ...common.clienthood,
        responsibleWorker: { ...common.clienthood.responsibleWorker!, contact: { phone: '+358 40 000 0000' } },
      },
      homeAddress: 'Kotikatu 1',
      strengths: 'Uusi',
    } as PlanCommon;
    expect(diffPlanCommon(common, after).map((c) => c.field)).to.deep.equal([
      'clienthood.responsibleWorker.contact.phone',
      'strengths',
      'other',
    ]);
    const hidden = diffPlanCommon(common, after, { omitContactDetails: true });
    expect(hidden.map((c) => c.field)).to.deep.equal(['strengths']);
    expect(JSON.stringify(hidden)).not.to.match(/\+358|Kotikatu/);
  });

  it('never throws on values of a shape the model does not expect, and shows them as they are', () => {
    const broken = {
      ...common,
      goals: 'none',
      status: 7,
      strengths: { fi: 'Vahvuudet' },
      partners: [null, 'Kela'],
      header: null,
    } as unknown as PlanCommon;
    const changes = diffPlanCommon(common, broken);
    expect(changes.length).to.be.greaterThan(0);
    expect(changes.find((c) => c.field === 'status')).to.deep.include({ kind: 'changed', after: 7 });
    expect(changes.some((c) => c.field === 'other' && c.key === 'strengths.fi' && c.after === 'Vahvuudet')).to.equal(
      true,
    );
    expect(changes.some((c) => c.field === 'other' && c.key === 'goals' && c.after === 'none')).to.equal(true);
    expect(() => diffPlanCommon(broken, common)).not.to.throw();
    expect(() => diffPlanCommon({} as PlanCommon, broken)).not.to.throw();
  });
});

describe('diffPlanPart', () => {
  it('finds nothing between identical parts, or the same part saved again by someone else', () => {
    expect(diffPlanPart(voucherPart, structuredClone(voucherPart))).to.deep.equal([]);
    expect(
      diffPlanPart(voucherPart, { ...voucherPart, author: { name: 'Muu' }, updatedAt: '2026-11-30' }),
    ).to.deep.equal([]);
  });

  it('reports a service’s status from planned to ongoing as one change with that service as its item', () => {
    const after: PlanPart = {
      ...countyPart,
      services: countyPart.services.map((s) => (s.id === 'svc-debt-advice' ? { ...s, status: 'ongoing' } : s)),
    };
    expect(diffPlanPart(countyPart, after)).to.deep.equal([
      {
        section: 'services',
        field: 'services.status',
        kind: 'changed',
        item: { id: 'svc-debt-advice', label: 'Talous- ja velkaneuvonta' },
        before: { code: 'planned', system: 'planned-service-status' },
        after: { code: 'ongoing', system: 'planned-service-status' },
      },
    ]);
  });

  it('reports nested fields of a service field by field: its responsible person, its place in a chain, the goals it serves', () => {
    const [service] = voucherPart.services as [PlanPart['services'][number]];
    const after: PlanPart = {
      ...voucherPart,
      services: [
        {
          ...service,
          responsiblePerson: { ...service.responsiblePerson!, name: 'Pekka Lindqvist-Ek' },
          chain: { id: 'chain-home', name: 'Kotoa kotiin', step: 'Kotiutus' },
          goalIds: ['goal-housing', 'goal-finances'],
        },
      ],
    };
    expect(brief(diffPlanPart(voucherPart, after))).to.deep.equal([
      ['services.responsiblePerson.name', 'changed', 'svc-home-help', 'Pekka Lindqvist', 'Pekka Lindqvist-Ek'],
      ['services.goalIds', 'added', 'svc-home-help', undefined, 'goal-finances'],
      ['services.chain.id', 'added', 'svc-home-help', undefined, 'chain-home'],
      ['services.chain.name', 'added', 'svc-home-help', undefined, 'Kotoa kotiin'],
      ['services.chain.step', 'added', 'svc-home-help', undefined, 'Kotiutus'],
    ]);
  });

  it('reports services added and removed by id, and reordering as no change', () => {
    expect(diffPlanPart(countyPart, { ...countyPart, services: [...countyPart.services].reverse() })).to.deep.equal([]);
    const added = { id: 'svc-peer', name: 'Vertaistuki', status: 'planned' };
    const changes = diffPlanPart(countyPart, { ...countyPart, services: [added, countyPart.services[0]!] });
    expect(changes.filter((c) => c.field === 'services').map((c) => [c.kind, c.item])).to.deep.equal([
      ['added', { id: 'svc-peer', label: 'Vertaistuki' }],
      ['removed', { id: 'svc-debt-advice', label: 'Talous- ja velkaneuvonta' }],
    ]);
    expect(changes.every((c) => c.section === 'services')).to.equal(true);
  });

  it('reports the part’s own sections: type and notes in the part, its responsibilities in the division of responsibilities', () => {
    const after: PlanPart = {
      ...countyPart,
      producerType: 'purchased-service',
      notes: undefined,
      responsibilities: [
        'Koordinoi suunnitelmaa ja arvioinnit',
        'Sopii maksusuunnitelman vuokranantajan ja Kelan kanssa',
      ],
      extra: { lang: 'fi' },
    };
    expect(
      diffPlanPart(countyPart, after).map((c) => [c.section, c.field, c.key, c.kind, c.before, c.after]),
    ).to.deep.equal([
      [
        'part',
        'producerType',
        undefined,
        'changed',
        { code: 'own-production', system: 'part-producer-type' },
        { code: 'purchased-service', system: 'part-producer-type' },
      ],
      [
        'partnersAndResponsibilities',
        'responsibilities',
        undefined,
        'changed',
        'Sopii maksusuunnitelman vuokranantajan kanssa',
        'Sopii maksusuunnitelman vuokranantajan ja Kelan kanssa',
      ],
      ['part', 'notes', undefined, 'removed', countyPart.notes, undefined],
      ['part', 'other', 'extra.lang', 'added', undefined, 'fi'],
    ]);
  });

  it('matches services without ids by equality, then by position', () => {
    const strip = (s: PlanPart['services'][number]) => {
      const { id: _id, ...rest } = s;
      return rest as PlanPart['services'][number];
    };
    const [a, b] = countyPart.services.map(strip) as [PlanPart['services'][number], PlanPart['services'][number]];
    const before = { ...countyPart, services: [a, b] };
    expect(diffPlanPart(before, { ...countyPart, services: [b, a] })).to.deep.equal([]);
    expect(
      brief(diffPlanPart(before, { ...countyPart, services: [b, { ...a, frequency: 'Joka toinen viikko' }] })),
    ).to.deep.equal([
      ['services.frequency', 'changed', 'Aikuissosiaalityö', 'Kerran kuukaudessa', 'Joka toinen viikko'],
    ]);
  });
});

describe('diffPlan', () => {
  it('compares two whole plans piece by piece, a part added or removed as such', () => {
    const moved: ClientPlan = {
      ...examplePlan,
      strengths: 'Uudet vahvuudet',
      parts: [
        { ...voucherPart, notes: 'Uusi muistiinpano' },
        examplePlan.parts[2]!,
        {
          producer: { id: 'org-new', name: 'Uusi' },
          producerType: 'other-sector',
          services: [],
          responsibilities: [],
          author: { name: 'A' },
          updatedAt: '2026-11-30',
        },
      ],
    };
    const pieces = diffPlan(examplePlan, moved);
    expect(pieces.map((p) => [p.piece, p.kind, p.changes.map((c) => c.field)])).to.deep.equal([
      ['common', 'changed', ['strengths']],
      [{ producerId: voucherPart.producer.id }, 'changed', ['notes']],
      [{ producerId: 'org-new' }, 'added', []],
      [{ producerId: countyPart.producer.id }, 'removed', []],
    ]);
    expect(diffPlan(examplePlan, structuredClone(examplePlan))).to.deep.equal([]);
    const odd = { ...examplePlan, parts: [null, { producer: {} }, voucherPart] } as unknown as ClientPlan;
    expect(diffPlan(examplePlan, odd).map((p) => [p.piece, p.kind])).to.deep.equal([
      [{ producerId: countyPart.producer.id }, 'removed'],
      [{ producerId: examplePlan.parts[2]!.producer.id }, 'removed'],
    ]);
    expect(diffPlan({ ...examplePlan, parts: undefined } as unknown as ClientPlan, examplePlan)).to.have.length(3);
  });
});

describe('planHistory', () => {
  const v = (version: string, value: PlanCommon, changedAt: string): PlanVersion => ({
    section: 'common',
    version,
    value,
    changedBy: value.updatedBy ?? value.header.author,
    changedAt,
  });
  const p = (version: string, value: PlanPart): PlanVersion => ({
    section: 'part',
    producerId: value.producer.id,
    version,
    value,
    changedBy: value.author,
    changedAt: value.updatedAt,
  });

  it('makes a timeline in the order given, each version compared with the one of its own piece before it', () => {
    const common2 = {
      ...common,
      strengths: 'Uudet',
      updatedBy: { name: 'Leena Korhonen' },
      updatedAt: '2026-10-05T10:00:00+03:00',
    };
    const voucher2 = { ...voucherPart, notes: 'Avain vaihdettu', updatedAt: '2026-10-06T10:00:00+03:00' };
    const timeline = planHistory([
      v('1', common, '2026-09-08T15:00:00+03:00'),
      p('1', voucherPart),
      p('1', countyPart),
      v('2', common2, '2026-10-05T10:00:00+03:00'),
      p('2', voucher2),
    ]);
    expect(timeline.map((e) => [e.piece, e.version, e.kind, e.previousVersion, e.sections])).to.deep.equal([
      ['common', '1', 'created', undefined, []],
      [{ producerId: voucherPart.producer.id }, '1', 'created', undefined, []],
      [{ producerId: countyPart.producer.id }, '1', 'created', undefined, []],
      ['common', '2', 'updated', '1', ['strengths']],
      [{ producerId: voucherPart.producer.id }, '2', 'updated', '1', ['part']],
    ]);
    expect(timeline[3]!.changes).to.deep.equal([
      { section: 'strengths', field: 'strengths', kind: 'changed', before: common.strengths, after: 'Uudet' },
    ]);
    expect(timeline[3]!.changedBy).to.deep.equal({ name: 'Leena Korhonen' });
    expect(timeline[4]!.changedAt).to.equal('2026-10-06T10:00:00+03:00');
    expect(timeline[4]!.value).to.equal(voucher2);
    expect(planHistory([])).to.deep.equal([]);
  });

  it('shows a part added to the plan later as created, and a version saved unchanged as an update with no changes', () => {
    const timeline = planHistory([v('1', common, '2026-04-07'), v('2', common, '2026-04-08'), p('1', voucherPart)]);
    expect(timeline.map((e) => [e.kind, e.changes.length])).to.deep.equal([
      ['created', 0],
      ['updated', 0],
      ['created', 0],
    ]);
  });

  it('leaves contact details out of every entry when asked', () => {
    const moved = {
      ...common,
      clienthood: {
        ...common.clienthood,
        responsibleWorker: { ...common.clienthood.responsibleWorker!, contact: { phone: '+358 1' } },
      },
    };
    const versions = [v('1', common, '2026-04-07'), v('2', moved, '2026-04-08')];
    expect(planHistory(versions)[1]!.changes).to.have.length(1);
    expect(planHistory(versions, { omitContactDetails: true })[1]!.changes).to.deep.equal([]);
  });

  it('reads the history a store lists', async () => {
    const adapter = await MemoryAdapter.withData({ plans: [examplePlan] });
    const current = await adapter.getPlan({ planId: examplePlan.id });
    const part = current.value.parts[1]!;
    const next = {
      ...part,
      services: part.services.map((s) => ({ ...s, status: 'paused' })),
      updatedAt: '2026-11-30T09:00:00+02:00',
    };
    await adapter.savePlanPart(examplePlan.id, next, current.partVersions[1]!.version);
    const timeline = planHistory(await adapter.listPlanVersions(examplePlan.id));
    const last = timeline.at(-1)!;
    expect([last.piece, last.kind, brief(last.changes)]).to.deep.equal([
      { producerId: part.producer.id },
      'updated',
      [
        [
          'services.status',
          'changed',
          'svc-home-help',
          { code: 'ongoing', system: 'planned-service-status' },
          { code: 'paused', system: 'planned-service-status' },
        ],
      ],
    ]);
    expect(timeline.filter((e) => e.kind === 'created')).to.have.length(4);
  });
});

describe('largePlan', () => {
  const large = largePlan({ parts: 8, services: 200, goals: 30 });

  it('makes the plan the bench asks for: 8 parts, 200 services, 30 goals each following a meter area with 10 readings', () => {
    const { plan, meterReadings } = large;
    expect(plan.parts).to.have.length(8);
    expect(plan.parts.reduce((n, part) => n + part.services.length, 0)).to.equal(200);
    expect(plan.goals).to.have.length(30);
    expect(new Set(plan.parts.map((part) => part.producer.id)).size).to.equal(8);
    expect(plan.header.producers.map((x) => x.id)).to.deep.equal(plan.parts.map((part) => part.producer.id));
    expect(plan.header.organizer).to.deep.equal(plan.parts[0]!.producer);
    expect(meterReadings).to.have.length(10);
    for (const reading of meterReadings) expect(parse(MeterReadingSchema, reading)).to.deep.equal(reading);
    for (const goal of plan.goals) {
      expect(goal.meter?.id).to.equal(exampleTemplateIds.meter);
      const readings = meterReadings.filter((r) =>
        r.values.some((x) => x.linkId === goal.areaLinkId && x.value !== null),
      );
      expect(readings, goal.id).to.have.length(10);
    }
  });

  it('is valid in every version, and the same every time', () => {
    expect(parse(ClientPlanSchema, large.plan)).to.deep.equal(large.plan);
    expect(checkPlan(large.plan)).to.deep.equal([]);
    for (const version of large.versions) {
      const issues = version.section === 'common' ? checkPlan(version.value) : checkPlanPart(version.value);
      expect(issues, `${version.section} ${version.version}`).to.deep.equal([]);
    }
    expect(largePlan({ parts: 8, services: 200, goals: 30 })).to.deep.equal(large);
  });

  it('has a history of the length asked, each piece created once, ending in the plan as it stands', () => {
    expect(large.versions).to.have.length(40);
    expect(largePlan({ parts: 3, services: 10, goals: 4, versions: 12 }).versions).to.have.length(12);
    expect(largePlan({ parts: 3, versions: 1 }).versions, 'at least one per piece').to.have.length(4);
    const timeline = planHistory(large.versions);
    expect(timeline.filter((e) => e.kind === 'created')).to.have.length(9);
    expect(timeline.filter((e) => e.kind === 'updated').every((e) => e.changes.length > 0)).to.equal(true);
    const sections = new Set(timeline.flatMap((e) => e.sections));
    expect([...sections].sort()).to.deep.equal(
      ['goals', 'followUp', 'supportNeed', 'partnersAndResponsibilities', 'services', 'part'].sort(),
    );
    const times = large.versions.map((x) => Date.parse(x.changedAt!));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    const lastCommon = large.versions.filter((x) => x.section === 'common').at(-1)!.value;
    expect({ ...lastCommon, parts: large.plan.parts }).to.deep.equal(large.plan);
    for (const part of large.plan.parts) {
      const last = large.versions.filter((x) => x.section === 'part' && x.producerId === part.producer.id).at(-1);
      expect(last?.value).to.deep.equal(part);
    }
  });

  it('gives the whole plan as it stood at any version, the last one being the plan as it stands', () => {
    const { versions, plan } = large;
    expect(planAt(versions, versions.length - 1)).to.deep.equal(plan);
    expect(planAt(versions, 99)).to.deep.equal(plan);
    expect(planAt(versions, -1)).to.equal(undefined);
    const atStart = planAt(versions, 0)!;
    expect([atStart.parts.length, atStart.goals.length]).to.deep.equal([
      0,
      (versions[0]!.value as PlanCommon).goals.length,
    ]);
    const allParts = planAt(versions, 8)!;
    expect(allParts.parts.map((p) => p.producer.id)).to.deep.equal(plan.header.producers.map((p) => p.id));
    expect(checkPlan(allParts)).to.deep.equal([]);
    const reversed = versions
      .slice(0, 9)
      .filter((v) => v.section === 'part')
      .reverse();
    const common0 = versions[0]!;
    expect(
      planAt([...reversed, common0], 8)!.parts.map((p) => p.producer.id),
      'in the header’s order',
    ).to.deep.equal(plan.header.producers.map((p) => p.id));
    expect(diffPlan(planAt(versions, 20)!, plan).length).to.be.greaterThan(0);
  });

  it('is the history a store lists after the same saves', async () => {
    const small = largePlan({ parts: 3, services: 12, goals: 5, versions: 14 });
    const adapter = await MemoryAdapter.withData({});
    const versions = new Map<string, string>();
    for (const version of small.versions) {
      const key = version.section === 'common' ? 'common' : version.producerId;
      const saved =
        version.section === 'common'
          ? await adapter.savePlanCommon(version.value, versions.get(key) ?? null)
          : await adapter.savePlanPart(small.plan.id, version.value, versions.get(key) ?? null);
      versions.set(key, saved.version);
    }
    expect(await adapter.listPlanVersions(small.plan.id)).to.deep.equal(small.versions);
    expect((await adapter.getPlan({ planId: small.plan.id })).value).to.deep.equal(small.plan);
  });

  it('opens a version diff in under 30 ms: the first full plan against the current one (median of 15)', () => {
    const first = planAt(large.versions, 8)!;
    const pieces = diffPlan(first, large.plan);
    expect(pieces.length).to.be.greaterThan(1);
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      diffPlan(first, large.plan);
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[7]!;
    const changes = pieces.reduce((n, piece) => n + piece.changes.length, 0);
    console.log(
      `plan diff, 8 parts / 200 services / 30 goals, ${String(changes)} changes: median ${median.toFixed(2)} ms`,
    );
    expect(median).to.be.below(30);
  });
});
