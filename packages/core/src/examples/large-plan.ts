/**
 * A large shared client plan with its history, for benchmarks and tests: many producers' parts,
 * many services and goals, and a realistic run of saved versions (the plan drawn up, each
 * producer adding its part, then goals added and reviewed, services started and added, views
 * and partners updated). Fictional, deterministic: the same options give the same plan.
 */
import type { PlanVersion } from '../contract/stores.js';
import type { MeterReading } from '../model/assessment.js';
import type { OrganizationRef } from '../model/organization.js';
import type {
  ClientPlan,
  PartProducerType,
  PlanCommon,
  PlanGoal,
  PlanPart,
  PlanPerson,
  PlannedService,
} from '../model/plan.js';

export interface LargePlanOptions {
  /** Producers with a part, the organiser's own first. Default 8, at least 1. */
  readonly parts?: number;
  /** Planned services in all, spread over the parts. Default 200. */
  readonly services?: number;
  /** Goals, each following an area of the life-situation meter. Default 30. */
  readonly goals?: number;
  /**
   * Saved versions in the history, every piece's included. Default 40; never fewer than one per
   * piece (the common sections and each part are created once).
   */
  readonly versions?: number;
  /** Readings of the life-situation meter by the client, one a month: each goal's trend. Default 10. */
  readonly readings?: number;
}

/** A large plan: the plan as it stands, every version that led to it, and the client's meter readings. */
export interface LargePlan {
  /** The plan as `getPlan` reads it now: the last version of every piece. */
  readonly plan: ClientPlan;
  /** Every saved version, oldest first, as `listPlanVersions` lists them (versions `1`, `2`… per piece). */
  readonly versions: readonly PlanVersion[];
  readonly meterReadings: readonly MeterReading[];
}

/** The example life-situation meter (`exampleTemplateIds.meter`) and its ten areas, in its order. */
const METER = 'saumaton-life-situation-meter';
const AREAS = [
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
] as const;

const CLIENT = { id: 'client-eero', name: 'Eero Laaksonen', identityCode: '150372-987W' };

const PRODUCERS: readonly { name: string; type: PartProducerType; services: readonly string[] }[] = [
  {
    name: 'Järvilaakson hyvinvointialue, aikuissosiaalityö',
    type: 'own-production',
    services: ['Aikuissosiaalityö', 'Talous- ja velkaneuvonta', 'Sosiaaliohjaus', 'Toimeentulotuen neuvonta'],
  },
  {
    name: 'Järvilaakson hyvinvointialue, mielenterveyspalvelut',
    type: 'own-production',
    services: ['Psykiatrisen sairaanhoitajan vastaanotto', 'Lääkehoidon seuranta', 'Ryhmätoiminta'],
  },
  {
    name: 'Kotiapu Lindqvist Oy',
    type: 'service-voucher',
    services: ['Kotipalvelu palvelusetelillä', 'Asiointiapu', 'Siivouspalvelu'],
  },
  {
    name: 'Asumispalvelu Majakka Oy',
    type: 'purchased-service',
    services: ['Tuettu asuminen', 'Asumisohjaus', 'Kotikäynnit iltaisin'],
  },
  {
    name: 'Järvilaakson kaupungin työllisyyspalvelut',
    type: 'employment-services',
    services: ['Kuntouttava työtoiminta', 'Työkokeilu', 'Työvalmennus'],
  },
  {
    name: 'Järvilaakson hyvinvointialue, henkilökohtainen budjetti',
    type: 'personal-budget',
    services: ['Henkilökohtainen apu', 'Harrastustoiminnan tuki'],
  },
  {
    name: 'Mielenterveysyhdistys Tuulia ry',
    type: 'other-sector',
    services: ['Vertaistukiryhmä', 'Tukihenkilötoiminta'],
  },
  {
    name: 'Järvilaakson hyvinvointialue, päihdepalvelut',
    type: 'own-production',
    services: ['Päihdetyöntekijän vastaanotto', 'Avokuntoutus'],
  },
];

const FIRST = ['Leena', 'Jari', 'Maria', 'Pekka', 'Tiina', 'Olli', 'Helmi', 'Väinö', 'Linnea', 'Onni'];
const LAST = ['Korhonen', 'Heikkinen', 'Nyström', 'Lindqvist', 'Rantanen', 'Saarinen', 'Laine', 'Koskinen'];
const GOALS = [
  ['Vuokrat ja laskut maksetaan ajallaan.', 'Maksusuunnitelma, asumistuen hakeminen, talousneuvonta.'],
  ['Eero saa pitää nykyisen kotinsa.', 'Vuokrarästien maksusuunnitelma; asumisohjaus tukee kodin hoitoa.'],
  ['Säännöllinen päivärytmi.', 'Kuntouttava työtoiminta kolmena päivänä viikossa.'],
  ['Mieliala kohenee.', 'Hoitokontaktit kahden viikon välein ja lääkehoidon seuranta.'],
  ['Yhteys tyttäreen paranee.', 'Tapaamiset sovitaan yhdessä; perheneuvola tarvittaessa.'],
  ['Uusia ystäviä vertaisryhmästä.', 'Vertaistukiryhmä torstaisin; tukihenkilö mukana alussa.'],
  ['Alkoholin käyttö vähenee.', 'Avokuntoutus ja päihdetyöntekijän tapaamiset.'],
  ['Eero hoitaa asiointinsa itse.', 'Asiointiapu aluksi mukana, sitten etäämmällä.'],
] as const;
const SERVICE_STATUSES = ['ongoing', 'planned', 'ongoing', 'applied', 'ongoing', 'paused', 'planned', 'ended'];
const FREQUENCIES = ['1 krt/vko', '2 krt/vko', 'Kerran kuukaudessa', '3 päivää viikossa', 'Tarvittaessa'];
const DURATIONS = ['3 kuukautta', '6 kuukautta', 'Toistaiseksi', 'Vuoden loppuun'];

const pad = (n: number) => String(n).padStart(2, '0');
const DAY0 = Date.UTC(2026, 0, 12);
/** The day `days` after 12 January 2026, `YYYY-MM-DD`. */
const day = (days: number) => new Date(DAY0 + days * 86_400_000).toISOString().slice(0, 10);
/** A moment on that day, in Finnish winter time. */
const at = (days: number, minutes: number) =>
  `${day(days)}T${pad(8 + Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+02:00`;
const personName = (i: number) => `${FIRST[i % FIRST.length]!} ${LAST[(i * 3) % LAST.length]!}`;

function producer(k: number): OrganizationRef {
  const base = PRODUCERS[k % PRODUCERS.length]!;
  const round = Math.floor(k / PRODUCERS.length);
  return {
    id: `1.2.246.10.99999999.${String(50 + k)}.0`,
    name: round ? `${base.name} (${String(round + 1)})` : base.name,
  };
}

function service(k: number, j: number, goals: number): PlannedService {
  const names = PRODUCERS[k % PRODUCERS.length]!.services;
  const n = k * 31 + j;
  const status = SERVICE_STATUSES[n % SERVICE_STATUSES.length]!;
  const start = (j * 5 + k * 3) % 60;
  return {
    id: `svc-${String(k)}-${String(j)}`,
    name: j < names.length ? names[j]! : `${names[j % names.length]!} ${String(Math.floor(j / names.length) + 1)}`,
    serviceTask: names[0]!,
    status,
    start: day(start),
    ...(status === 'ended' ? { end: day(start + 90) } : { duration: DURATIONS[n % DURATIONS.length]! }),
    frequency: FREQUENCIES[n % FREQUENCIES.length]!,
    responsiblePerson: { name: personName(k * 7 + j), title: 'Ohjaaja' },
    ...(goals > 0 ? { goalIds: [`goal-${String(n % goals)}`] } : {}),
    ...(j % 4 === 0
      ? {
          package: { id: 'package-working-age', name: 'Työikäisten palvelukokonaisuus' },
          chain: { id: 'chain-home', name: 'Kotoa kotiin', step: `Vaihe ${String((j % 5) + 1)}` },
        }
      : {}),
  };
}

function goal(i: number): PlanGoal {
  const [text, means] = GOALS[i % GOALS.length]!;
  const round = Math.floor(i / GOALS.length);
  return {
    id: `goal-${String(i)}`,
    text: round ? `${text} (${String(round + 1)})` : text,
    means,
    status: i % 9 === 8 ? 'achieved' : 'active',
    setBy:
      i % 3 === 0
        ? { kind: 'together' }
        : i % 3 === 1
          ? { kind: 'client', name: CLIENT.name }
          : { kind: 'professional', name: personName(i) },
    kind: i % 4 === 3 ? 'prevent-worsening' : 'improve',
    targetDate: day(180 + (i % 6) * 30),
    meter: { id: METER },
    areaLinkId: AREAS[i % AREAS.length]!,
  };
}

/**
 * A valid plan (`checkPlan` finds nothing, in every version) of `parts` producers' parts holding
 * `services` planned services between them, `goals` goals each following an area of the
 * life-situation meter, and a history of `versions` saved versions; with the client's `readings`
 * meter readings. Deterministic.
 */
export function largePlan(options: LargePlanOptions = {}): LargePlan {
  const parts = Math.max(1, Math.floor(options.parts ?? 8));
  const serviceCount = Math.max(0, Math.floor(options.services ?? 200));
  const goalCount = Math.max(0, Math.floor(options.goals ?? 30));
  const versionCount = Math.max(parts + 1, Math.floor(options.versions ?? 40));
  const readingCount = Math.max(0, Math.floor(options.readings ?? 10));
  const producers = Array.from({ length: parts }, (_, k) => producer(k));
  const organizer = producers[0]!;
  const coordinator: PlanPerson = { name: 'Leena Korhonen', title: 'Sosiaalityöntekijä', organizationId: organizer.id };
  const workerOf = (k: number): PlanPerson => ({ name: personName(k * 5 + 1), organizationId: producers[k]!.id });

  // The edits after every piece is created: a third to the common sections, the rest to the parts in turn.
  const edits = versionCount - (parts + 1);
  type Edit = { common: true; n: number } | { common: false; k: number; n: number };
  const schedule: Edit[] = [];
  let commonEdits = 0;
  let partEdits = 0;
  for (let e = 0; e < edits; e++) {
    if (e % 3 === 0) schedule.push({ common: true, n: commonEdits++ });
    else {
      schedule.push({ common: false, k: partEdits % parts, n: Math.floor(partEdits / parts) });
      partEdits++;
    }
  }
  const COMMON_KINDS = ['goal', 'review', 'views', 'partners'] as const;
  const PART_KINDS = ['start', 'add', 'details'] as const;
  const commonKind = (n: number) => COMMON_KINDS[n % COMMON_KINDS.length]!;
  const partKind = (n: number) => PART_KINDS[n % PART_KINDS.length]!;

  // What the history adds later is held back from the first versions.
  const lateGoals = Math.min(
    schedule.filter((s) => s.common && commonKind(s.n) === 'goal').length,
    Math.max(0, goalCount - 1),
  );
  const perPart = producers.map((_, k) => Math.floor(serviceCount / parts) + (k < serviceCount % parts ? 1 : 0));
  const lateServices = perPart.map((count, k) =>
    Math.min(schedule.filter((s) => !s.common && s.k === k && partKind(s.n) === 'add').length, Math.max(0, count - 1)),
  );
  const allGoals = Array.from({ length: goalCount }, (_, i) => goal(i));
  const allServices = perPart.map((count, k) => Array.from({ length: count }, (_, j) => service(k, j, goalCount)));

  let common: PlanCommon = {
    id: 'plan-large',
    clientId: CLIENT.id,
    status: 'active',
    header: {
      documentName: 'Asiakassuunnitelma',
      client: { name: CLIENT.name, identityCode: CLIENT.identityCode },
      organizer,
      producers,
      author: coordinator,
      createdAt: at(0, 60),
      serviceTasks: [...new Set(producers.map((_, k) => PRODUCERS[k % PRODUCERS.length]!.services[0]!))],
    },
    clienthood: {
      startDate: day(-30),
      responsibleWorker: {
        kind: 'named-worker',
        name: 'Jari Heikkinen',
        title: 'Sosiaaliohjaaja',
        organizationId: organizer.id,
      },
      turvakielto: false,
    },
    context: {
      motherTongue: 'fi',
      languageOfService: 'fi',
      closePersons: [
        { name: 'Raija Laaksonen', kind: 'close-person', role: 'sisar', tasks: 'Auttaa kauppa-asioissa.' },
      ],
    },
    supportNeed: {
      client: { text: 'Rahat eivät riitä, ja olen yksin. Tarvitsen apua paperiasioihin.' },
      professional: {
        text: 'Vuokrarästit uhkaavat asumista; mieliala ja päihteiden käyttö vaikeuttavat arkea.',
        reasons: 'Vuokrarästit kolmelta kuukaudelta.',
      },
    },
    servicesNeeded: {
      client: { text: 'Apua laskuihin ja jotain tekemistä päiviin.' },
      professional: { text: 'Talousneuvonta, asumisohjaus, mielenterveys- ja päihdepalvelut, työtoiminta.' },
    },
    meetingFrequency: 'Kerran kuukaudessa, tiimi kolmen kuukauden välein',
    strengths: 'Hakee itse apua; hyvä suhde sisareen.',
    goals: allGoals.slice(0, goalCount - lateGoals),
    expectedDuration: 'Noin vuosi',
    partners: [{ name: 'Kela', role: 'Asumistuki ja toimeentulotuki' }],
    responsibilities: [
      { party: 'client', name: CLIENT.name, text: 'Tuo laskut tapaamisiin.' },
      {
        party: 'coordinator',
        name: coordinator.name,
        organizationId: organizer.id,
        text: 'Pitää suunnitelman ajan tasalla.',
      },
    ],
    followUp: {
      method: 'Elämäntilannemittari kuukausittain; palaute tapaamisissa.',
      nextReviewDate: day(90),
      entries: [],
    },
    updatedBy: coordinator,
    updatedAt: at(0, 60),
  };
  const partsNow: PlanPart[] = producers.map((p, k) => ({
    producer: p,
    producerType: PRODUCERS[k % PRODUCERS.length]!.type,
    services: allServices[k]!.slice(0, perPart[k]! - lateServices[k]!),
    responsibilities: [`${PRODUCERS[k % PRODUCERS.length]!.services[0]!}: oma osa suunnitelmassa`],
    author: workerOf(k),
    updatedAt: at(1 + k, 120),
  }));

  const commonVersions: PlanVersion[] = [];
  const partVersions: PlanVersion[][] = producers.map(() => []);
  const saveCommon = (value: PlanCommon) => {
    common = value;
    commonVersions.push({
      section: 'common',
      version: String(commonVersions.length + 1),
      value,
      changedBy: value.updatedBy ?? value.header.author,
      changedAt: value.updatedAt ?? value.header.createdAt,
    });
  };
  const savePart = (k: number, value: PlanPart) => {
    partsNow[k] = value;
    partVersions[k]!.push({
      section: 'part',
      producerId: value.producer.id,
      version: String(partVersions[k]!.length + 1),
      value,
      changedBy: value.author,
      changedAt: value.updatedAt,
    });
  };
  saveCommon(common);
  partsNow.forEach((part, k) => savePart(k, part));

  let goalsAdded = 0;
  const servicesAdded = producers.map(() => 0);
  schedule.forEach((edit, e) => {
    const when = at(parts + 2 + e * 4, (e * 37) % 480);
    const today = when.slice(0, 10);
    if (edit.common) {
      const kind = commonKind(edit.n);
      const saved = { updatedBy: coordinator, updatedAt: when };
      if (kind === 'goal' && goalsAdded < lateGoals) {
        goalsAdded++;
        saveCommon({ ...common, ...saved, goals: allGoals.slice(0, goalCount - lateGoals + goalsAdded) });
      } else if (kind === 'review' && common.goals.length > 0) {
        const evaluated = common.goals.slice(0, 3).map((g, i) => ({
          goalId: g.id,
          date: today,
          achievement: (['improving', 'no-change', 'partly-achieved'] as const)[(edit.n + i) % 3]!,
        }));
        const next = day(parts + 2 + e * 4 + 90);
        saveCommon({
          ...common,
          ...saved,
          goals: common.goals.map((g) =>
            evaluated.some((x) => x.goalId === g.id)
              ? {
                  ...g,
                  evaluations: [
                    ...(g.evaluations ?? []),
                    { date: today, achievement: evaluated.find((x) => x.goalId === g.id)!.achievement },
                  ],
                }
              : g,
          ),
          followUp: {
            ...common.followUp,
            nextReviewDate: next,
            entries: [
              ...(common.followUp.entries ?? []),
              {
                id: `review-${String(edit.n)}`,
                date: today,
                clientFeedback: 'Arki on rauhallisempaa, kun laskut ovat hallinnassa.',
                teamFeedback: 'Talous vakaampi; asuminen yhä epävarmaa.',
                goalEvaluations: evaluated,
                nextReviewDate: next,
                recordedBy: coordinator,
              },
            ],
          },
        });
      } else if (kind === 'partners') {
        saveCommon({
          ...common,
          ...saved,
          partners: [
            ...(common.partners ?? []),
            { name: `Seurakunnan diakoniatyö ${String(edit.n)}`, role: 'Ruoka-apu' },
          ],
        });
      } else {
        saveCommon({
          ...common,
          ...saved,
          supportNeed: {
            ...common.supportNeed,
            professional: {
              text: `Tilanne ${today}: vuokrarästit maksussa; mieliala ja päihteiden käyttö vaikeuttavat yhä arkea.`,
              reasons: 'Maksusuunnitelma pitää.',
            },
          },
        });
      }
      return;
    }
    const k = edit.k;
    const part = partsNow[k]!;
    const kind = partKind(edit.n);
    const saved = { author: workerOf(k), updatedAt: when };
    if (kind === 'add' && servicesAdded[k]! < lateServices[k]!) {
      servicesAdded[k]!++;
      savePart(k, {
        ...part,
        ...saved,
        services: allServices[k]!.slice(0, perPart[k]! - lateServices[k]! + servicesAdded[k]!),
      });
      return;
    }
    const planned = part.services.findIndex((s) => s.status === 'planned');
    if (kind === 'start' && planned >= 0) {
      savePart(k, {
        ...part,
        ...saved,
        services: part.services.map((s, j) => (j === planned ? { ...s, status: 'ongoing', start: today } : s)),
      });
      return;
    }
    savePart(k, {
      ...part,
      ...saved,
      services: part.services.map((s, j) =>
        j === edit.n % Math.max(1, part.services.length)
          ? { ...s, frequency: FREQUENCIES[(edit.n + 1) % FREQUENCIES.length]! }
          : s,
      ),
      notes: `Päivitetty ${today}: käynnit sovittu uudelleen.`,
    });
  });

  // Services added later came at the end of their parts' lists, as they were added.
  const plan: ClientPlan = { ...common, parts: partsNow };
  const versions = mergeByTime([commonVersions, ...partVersions]);
  const meterReadings = Array.from({ length: readingCount }, (_, r): MeterReading => ({
    id: `meter-eero-${String(r)}`,
    clientId: CLIENT.id,
    meter: { id: METER },
    date: day(r * 30),
    rater: { kind: 'client' },
    values: AREAS.map((linkId, a) => ({ linkId, value: Math.min(10, 2 + ((r + a) % 4) + Math.floor(r / 3)) })),
  }));
  return { plan, versions, meterReadings };
}

/** Every piece's versions merged oldest first by when each was saved (each piece's own in its order). */
function mergeByTime(pieces: readonly (readonly PlanVersion[])[]): PlanVersion[] {
  return pieces
    .flatMap((versions, p) => versions.map((version, i) => ({ version, p, i })))
    .sort((a, b) => Date.parse(a.version.changedAt!) - Date.parse(b.version.changedAt!) || a.p - b.p || a.i - b.i)
    .map((x) => x.version);
}
