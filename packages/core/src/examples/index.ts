/**
 * Fictional example data for demos, stories and benchmarks: realistic Finnish names and
 * organisations, none of them real. Identity codes are test codes (9 as the 8th character).
 */
import type { Assessment, MeterReading } from '../model/assessment.js';
import type { Client } from '../model/client.js';
import type { ConsentRecord } from '../model/consent.js';
import type { OrganizationRef } from '../model/organization.js';
import type { ClientPlan } from '../model/plan.js';
import type { Team, TeamMember } from '../model/team.js';

export const exampleOrganizations = {
  county: {
    id: '1.2.246.10.99999999.10.0',
    name: 'Järvilaakson hyvinvointialue, aikuissosiaalityö',
    producerType: 'own-production',
  },
  countyHealth: {
    id: '1.2.246.10.99999999.10.1',
    name: 'Järvilaakson hyvinvointialue, mielenterveyspalvelut',
    producerType: 'own-production',
  },
  voucher: {
    id: '1.2.246.10.99999999.20.7',
    name: 'Kotiapu Lindqvist Oy',
    producerType: 'service-voucher',
  },
  purchased: {
    id: '1.2.246.10.99999999.30.2',
    name: 'Asumispalvelu Majakka Oy',
    producerType: 'purchased-service',
  },
  employment: {
    id: '1.2.246.10.99999999.40.1',
    name: 'Järvilaakson kaupungin työllisyyspalvelut',
    producerType: 'other-sector',
  },
} as const satisfies Record<string, OrganizationRef>;

export const exampleClient: Client = {
  id: 'client-aino',
  name: 'Aino Mäkelä',
  identityCode: '120488-9123',
  languageOfService: 'fi',
  turvakielto: false,
};

/** A client under non-disclosure for safety: her and her close persons' contacts never show. */
export const exampleProtectedClient: Client = {
  id: 'client-sanna',
  name: 'Sanna Östman',
  identityCode: '030791-912X',
  languageOfService: 'sv',
  turvakielto: true,
};

/** A working-age multi-service client's team: the county's own units, a voucher producer, employment services and a support person. */
export const exampleTeam: Team = {
  id: 'team-aino',
  clientId: exampleClient.id,
  status: 'active',
  members: [
    {
      id: 'm-leena',
      name: 'Leena Korhonen',
      title: 'Sosiaalityöntekijä',
      qualifications: ['Sosiaalityöntekijä (laillistettu)', 'YTM'],
      organization: exampleOrganizations.county,
      serviceTask: 'Aikuissosiaalityö',
      role: 'coordinator',
      responsibilities: ['Kokoaa tiimin ja sopii tapaamiset', 'Päivittää asiakassuunnitelman'],
      contact: { phone: '+358 40 555 0101', email: 'leena.korhonen@example.fi' },
      reachability: 'ma–pe 8.30–15.30',
      period: { start: '2026-03-02' },
      accessBasis: 'statute',
    },
    {
      id: 'm-jari',
      name: 'Jari Heikkinen',
      title: 'Sosiaaliohjaaja',
      qualifications: ['Sosionomi (AMK)'],
      organization: exampleOrganizations.county,
      serviceTask: 'Aikuissosiaalityö',
      role: 'named-worker',
      responsibilities: ['Omatyöntekijä koko asiakkuuden ajan', 'Asumisen ja talouden tuki'],
      contact: { phone: '+358 40 555 0102', email: 'jari.heikkinen@example.fi' },
      period: { start: '2026-03-02' },
      accessBasis: 'statute',
    },
    {
      id: 'm-maria',
      name: 'Maria Nyström',
      title: 'Psykiatrinen sairaanhoitaja',
      qualifications: ['Sairaanhoitaja (AMK)'],
      organization: exampleOrganizations.countyHealth,
      serviceTask: 'Mielenterveyspalvelut',
      role: 'responsible-worker',
      responsibilities: ['Hoitokontaktit kahden viikon välein'],
      contact: { phone: '+358 40 555 0103', email: 'maria.nystrom@example.fi' },
      period: { start: '2026-03-16' },
      accessBasis: 'consent',
    },
    {
      id: 'm-pekka',
      name: 'Pekka Lindqvist',
      title: 'Lähihoitaja',
      organization: exampleOrganizations.voucher,
      serviceTask: 'Kotipalvelu palvelusetelillä',
      role: 'member',
      responsibilities: ['Kotikäynnit kahdesti viikossa'],
      contact: { phone: '+358 50 555 0104' },
      reachability: 'ma–to 9–14',
      period: { start: '2026-04-01' },
      accessBasis: 'joint-service',
    },
    {
      id: 'm-tiina',
      name: 'Tiina Rantanen',
      title: 'Työllisyysasiantuntija',
      organization: exampleOrganizations.employment,
      serviceTask: 'Työllisyyspalvelut',
      role: 'consultant',
      responsibilities: ['Kuntouttavan työtoiminnan paikka'],
      contact: { email: 'tiina.rantanen@example.fi' },
      period: { start: '2026-04-20' },
      accessBasis: 'consent',
    },
    {
      id: 'm-olli',
      name: 'Olli Saarinen',
      title: 'Päihdetyöntekijä',
      organization: exampleOrganizations.countyHealth,
      serviceTask: 'Päihdepalvelut',
      role: 'member',
      period: { start: '2026-03-02', end: '2026-06-30' },
      accessBasis: 'consent',
    },
    {
      id: 'm-aino',
      name: 'Aino Mäkelä',
      role: 'client',
      contact: { phone: '+358 44 555 0199' },
    },
    {
      id: 'm-raija',
      name: 'Raija Mäkelä',
      role: 'close-person',
      relationship: 'äiti',
      contact: { phone: '+358 44 555 0198' },
    },
    {
      id: 'm-kalle',
      name: 'Kalle Järvinen',
      role: 'support-person',
      relationship: 'Mielenterveysyhdistys Tuulia ry',
      contact: { email: 'kalle.jarvinen@example.org' },
    },
  ],
  meetings: [
    {
      id: 'meeting-1',
      date: '2026-03-10',
      participants: ['m-leena', 'm-jari', 'm-olli', 'm-aino', 'm-kalle'],
      decisions: ['Monipalvelutiimi kootaan', 'Koordinaattoriksi Leena Korhonen, omatyöntekijäksi Jari Heikkinen'],
    },
    {
      id: 'meeting-2',
      date: '2026-05-12',
      participants: ['m-leena', 'm-jari', 'm-maria', 'm-pekka', 'm-tiina', 'm-aino', 'm-raija'],
      decisions: ['Kotipalvelu palvelusetelillä jatkuu', 'Työkokeilu alkaa elokuussa'],
    },
    {
      id: 'meeting-3',
      date: '2026-09-08',
      participants: ['m-leena', 'm-jari', 'm-maria', 'm-tiina', 'm-aino'],
      decisions: ['Asiakassuunnitelma päivitetään', 'Seuraava tapaaminen joulukuussa'],
    },
  ],
};

/** The team of the protected client: a guardian-free adult with a legal representative. */
export const exampleProtectedTeam: Team = {
  id: 'team-sanna',
  clientId: exampleProtectedClient.id,
  status: 'active',
  members: [
    {
      id: 'p-helena',
      name: 'Helena Björk',
      title: 'Socialarbetare',
      organization: {
        id: '1.2.246.10.99999999.10.5',
        name: 'Sjödalens välfärdsområde',
        producerType: 'own-production',
      },
      role: 'coordinator',
      contact: { phone: '+358 40 555 0201', email: 'helena.bjork@example.fi' },
    },
    {
      id: 'p-anders',
      name: 'Anders Holm',
      title: 'Socialhandledare',
      organization: {
        id: '1.2.246.10.99999999.10.5',
        name: 'Sjödalens välfärdsområde',
        producerType: 'own-production',
      },
      role: 'named-worker',
      contact: { phone: '+358 40 555 0202' },
    },
    { id: 'p-sanna', name: 'Sanna Östman', role: 'client', contact: { phone: '+358 44 555 0299' } },
    {
      id: 'p-eva',
      name: 'Eva Östman',
      role: 'legal-representative',
      relationship: 'intressebevakare',
      contact: { email: 'eva.ostman@example.org' },
    },
  ],
  meetings: [],
};

const FIRST = ['Aino', 'Eino', 'Helmi', 'Väinö', 'Linnea', 'Onni', 'Sofia', 'Leo', 'Ella', 'Oliver'];
const LAST = ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Koskinen', 'Heikkinen'];
const ORGS = Object.values(exampleOrganizations);
const ROLES: TeamMember['role'][] = ['member', 'responsible-worker', 'consultant', 'member', 'close-person'];

/** A large team for benchmarks: `members` people (one coordinator, one named worker) and `meetings` meetings. */
export function largeExampleTeam(members: number, meetings: number): Team {
  const people: TeamMember[] = Array.from({ length: members }, (_, i): TeamMember => {
    const role: TeamMember['role'] = i === 0 ? 'coordinator' : i === 1 ? 'named-worker' : ROLES[i % ROLES.length]!;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    return {
      id: `m-${i}`,
      name: `${first} ${last}`,
      title: 'Sosiaaliohjaaja',
      qualifications: ['Sosionomi (AMK)'],
      organization: role === 'close-person' ? undefined : ORGS[i % ORGS.length],
      serviceTask: 'Aikuissosiaalityö',
      role,
      responsibilities: ['Tapaa asiakasta viikoittain', 'Päivittää suunnitelman omalta osaltaan'],
      contact: { phone: `+358 40 555 ${String(1000 + i)}`, email: `person${i}@example.fi` },
      period: i % 9 === 8 ? { start: '2025-01-01', end: '2025-12-31' } : { start: '2026-01-01' },
    };
  });
  return {
    id: 'team-large',
    clientId: exampleClient.id,
    status: 'active',
    members: people,
    meetings: Array.from({ length: meetings }, (_, i) => ({
      id: `meeting-${i}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      participants: people.slice(0, 6 + (i % 5)).map((p) => p.id),
      decisions: [`Päätös ${i + 1}: palvelut jatkuvat suunnitelman mukaisesti`],
    })),
  };
}

const countyWorker = {
  organization: exampleOrganizations.county,
  professional: { name: 'Leena Korhonen', title: 'sosiaalityöntekijä' },
};

/**
 * Aino's consents: a cross-sector consent to data sharing, a denial of consent, a consent for the
 * joint plan, and a consent to map her close network that she later revoked; Sanna's: a
 * statutory exception, documented instead of a consent.
 */
export const exampleConsents: readonly ConsentRecord[] = [
  {
    id: 'consent-aino-permit',
    clientId: exampleClient.id,
    basis: 'consent',
    instrument: 'disclosure-permit',
    sector: 'social-to-health',
    recipients: [exampleOrganizations.countyHealth],
    purpose: 'Monialainen asiakassuunnitelma ja mielenterveyspalvelujen hoito',
    informing: { date: '2026-02-01', channel: 'in-person' },
    dataClasses: [
      { code: 'palvelutarve', display: 'Palvelutarpeen arviointi' },
      { code: 'asiakassuunnitelma', display: 'Asiakassuunnitelma' },
    ],
    actor: { kind: 'client', competence: 'adult' },
    method: 'written',
    recordedBy: countyWorker,
    formLanguage: 'fi',
    validFrom: '2026-02-03',
    status: 'active',
    printoutRequested: true,
  },
  {
    id: 'consent-aino-prohibition',
    clientId: exampleClient.id,
    basis: 'consent',
    instrument: 'disclosure-prohibition',
    sector: 'social-care',
    target: { kind: 'controller', organization: exampleOrganizations.employment },
    consequencesShown:
      'Työllisyyspalvelut eivät saa sosiaalihuollon tietojasi. Kielto ei estä tietojen kulkua hyvinvointialueen ja sen omien palveluntuottajien välillä.',
    actor: { kind: 'client', competence: 'adult' },
    method: 'oral-recorded-by-professional',
    recordedBy: countyWorker,
    formLanguage: 'fi',
    validFrom: '2026-02-03',
    status: 'active',
    printoutRequested: false,
  },
  {
    id: 'consent-aino-plan',
    clientId: exampleClient.id,
    basis: 'consent',
    instrument: 'case-consent',
    purpose: { kind: 'joint-plan' },
    decision: 'given',
    actor: { kind: 'client', competence: 'adult' },
    method: 'written',
    recordedBy: countyWorker,
    formLanguage: 'fi',
    validFrom: '2026-02-03',
    status: 'active',
    printoutRequested: false,
  },
  {
    id: 'consent-aino-network',
    clientId: exampleClient.id,
    basis: 'consent',
    instrument: 'case-consent',
    purpose: { kind: 'close-network' },
    decision: 'given',
    actor: { kind: 'client', competence: 'adult' },
    method: 'written',
    recordedBy: countyWorker,
    formLanguage: 'fi',
    validFrom: '2026-01-20',
    status: 'revoked',
    revocation: {
      at: '2026-02-10',
      by: { kind: 'client' },
      method: 'oral-recorded-by-professional',
      reason: 'Verkostokartta on tehty.',
      recordedBy: countyWorker,
    },
    printoutRequested: false,
  },
  {
    id: 'exception-sanna',
    clientId: exampleProtectedClient.id,
    basis: 'statutory-exception',
    sector: 'social-to-health',
    recipients: [exampleOrganizations.countyHealth],
    purpose: 'Hemvårdens och hälsocentralens gemensamma vård',
    justification:
      'Klienten kan på grund av sin sjukdom inte förstå vad ett samtycke betyder och har ingen intressebevakare.',
    clientCannotUnderstand: true,
    noLegalRepresentative: true,
    recordedBy: countyWorker,
    validFrom: '2026-03-05',
    status: 'active',
  },
];

/**
 * `count` consents of Aino, for benchmarks: the three instruments in turn, every third one revoked
 * with its history (who revoked, how, why).
 */
export function largeExampleConsents(count: number): ConsentRecord[] {
  const [permit, prohibition, plan] = exampleConsents as [ConsentRecord, ConsentRecord, ConsentRecord];
  return Array.from({ length: count }, (_, i) => {
    const base = [permit, prohibition, plan][i % 3]!;
    const day = String((i % 27) + 1).padStart(2, '0');
    const record: ConsentRecord = { ...base, id: `${base.id}-${i}`, validFrom: `2026-03-${day}` };
    return i % 3 === 2
      ? {
          ...record,
          status: 'revoked',
          revocation: {
            at: `2026-04-${day}`,
            by: { kind: 'client' },
            method: 'oral-recorded-by-professional',
            reason: `Peruttu käynnillä ${i}.`,
            recordedBy: countyWorker,
          },
        }
      : record;
  });
}

/**
 * The ids of Saumaton's own example templates (CC0, shipped with `@saumaton/questionnaire`): the
 * service-need assessment in the order of SHL § 37, and the life-situation meter in our own words
 * (ten areas, each 0–10). The examples below refer to them by id; load the templates themselves
 * from that package.
 */
export const exampleTemplateIds = {
  assessment: 'saumaton-service-need-assessment',
  meter: 'saumaton-life-situation-meter',
} as const;

/**
 * Aino's service-need assessment, in progress: she asked for it herself when her rent fell
 * behind; the support needs, their nature, her daily coping and her strengths are written down,
 * her own view and the conclusion are still to come.
 */
export const exampleAssessment: Assessment = {
  id: 'assessment-aino-2026-11',
  clientId: exampleClient.id,
  template: { id: exampleTemplateIds.assessment },
  status: 'in-progress',
  initiation: {
    triggerDate: '2026-11-23',
    triggerKind: 'contact',
    grounds: ['other'],
    initiatedBy: { kind: 'client', name: 'Aino Mäkelä' },
    justification: 'Vuokra on kahden kuukauden jäljessä, ja Aino pyysi apua raha-asioihin ja asumiseen.',
  },
  answers: [
    {
      linkId: 'support-needs',
      item: [
        {
          linkId: 'support-need-categories',
          answer: (['housing', 'finances', 'health-related'] as const).map((code) => ({
            valueCoding: { system: 'https://saumaton.fi/fhir/CodeSystem/support-need', code },
          })),
        },
        {
          linkId: 'need-nature',
          answer: [{ valueCoding: { system: 'https://saumaton.fi/fhir/CodeSystem/need-nature', code: 'recurring' } }],
        },
      ],
    },
    {
      linkId: 'functional-capacity',
      item: [
        {
          linkId: 'fc-daily',
          answer: [
            {
              valueString:
                'Arki sujuu kotipalvelun tuella. Laskujen maksaminen ja asiointi virastoissa jäävät usein tekemättä.',
            },
          ],
        },
      ],
    },
    {
      linkId: 'strengths',
      answer: [{ valueString: 'Hyvä suhde äitiin; työkokeilu on innostanut; hakee itse apua.' }],
    },
  ],
  updatedAt: '2026-11-24T13:45:00+02:00',
};

/** The ten areas of the example life-situation meter, in its order: the items' `linkId`s. */
const METER_AREAS = [
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

function meterReading(
  id: string,
  date: string,
  values: readonly (number | null)[],
  extra: Partial<MeterReading> = {},
): MeterReading {
  return {
    id,
    clientId: exampleClient.id,
    meter: { id: exampleTemplateIds.meter },
    date,
    rater: { kind: 'client' },
    values: METER_AREAS.map((linkId, i) => ({ linkId, value: values[i] ?? null })),
    ...extra,
  };
}

/**
 * Aino's life-situation meter, rated by herself at the baseline in March, in June and September
 * (the team's meetings), and with the new assessment in November: a trend that rises, finances
 * and housing the last to follow. She left friends unrated in June.
 */
export const exampleMeterReadings: readonly MeterReading[] = [
  meterReading('meter-aino-2026-03', '2026-03-10', [4, 3, 5, 3, 6, 4, 2, 3, 3, 3]),
  meterReading('meter-aino-2026-06', '2026-06-09', [5, 5, 5, 5, 7, null, 3, 5, 4, 5]),
  meterReading('meter-aino-2026-09', '2026-09-08', [6, 6, 4, 6, 8, 5, 3, 7, 6, 6]),
  meterReading('meter-aino-2026-11', '2026-11-24', [6, 6, 3, 6, 8, 6, 2, 7, 6, 5], {
    assessmentId: exampleAssessment.id,
  }),
];

/**
 * Aino's shared client plan, active since April 2026: drawn up with her by the county's adult
 * social work (the organiser, responsible for the plan and a producer with its own part), with
 * the parts of the service-voucher home-help producer and the city's employment services. Her
 * goals on finances and housing follow those areas of the life-situation meter; the two views of
 * the support need differ, and both are kept. Reviewed in September; next review in December.
 */
export const examplePlan: ClientPlan = {
  id: 'plan-aino',
  clientId: exampleClient.id,
  status: 'active',
  header: {
    documentName: 'Asiakassuunnitelma',
    client: { name: exampleClient.name, identityCode: exampleClient.identityCode },
    organizer: exampleOrganizations.county,
    producers: [exampleOrganizations.county, exampleOrganizations.voucher, exampleOrganizations.employment],
    author: {
      name: 'Leena Korhonen',
      title: 'Sosiaalityöntekijä',
      organizationId: exampleOrganizations.county.id,
      practitionerId: 'm-leena',
    },
    createdAt: '2026-04-07T10:00:00+03:00',
    serviceTasks: ['Aikuissosiaalityö', 'Kotipalvelu', 'Työllisyyspalvelut'],
  },
  clienthood: {
    startDate: '2026-03-02',
    responsibleWorker: {
      kind: 'named-worker',
      name: 'Jari Heikkinen',
      title: 'Sosiaaliohjaaja',
      organizationId: exampleOrganizations.county.id,
      contact: { phone: '+358 40 555 0102' },
    },
    turvakielto: false,
  },
  context: {
    motherTongue: 'fi',
    languageOfService: 'fi',
    closePersons: [
      { name: 'Raija Mäkelä', kind: 'close-person', role: 'äiti', tasks: 'Auttaa kauppa-asioissa tarvittaessa.' },
      {
        name: 'Kalle Järvinen',
        kind: 'support-person',
        role: 'Mielenterveysyhdistys Tuulia ry',
        tasks: 'Tulee mukaan tapaamisiin, kun Aino pyytää.',
      },
    ],
  },
  supportNeed: {
    client: {
      text: 'Rahat eivät riitä, ja pelkään menettäväni asunnon. Arjessa pärjään, kun joku auttaa paperiasioissa.',
    },
    professional: {
      text: 'Vuokrarästit uhkaavat asumista. Taloudenhallinta ja asiointi vaativat tukea; masennus vaikeuttaa arkea.',
      reasons: 'Vuokrarästit kahdelta kuukaudelta; Kelan asumistuki hakematta.',
    },
  },
  servicesNeeded: {
    client: { text: 'Apua laskuihin ja kotiin, ja jotain tekemistä päiviin.' },
    professional: {
      text: 'Talous- ja velkaneuvonta, kotipalvelu palvelusetelillä, kuntouttava työtoiminta.',
      reasons: 'Kotipalvelu tukee arkea; työtoiminta rytmittää viikkoa.',
    },
  },
  meetingFrequency: 'Kerran kuukaudessa Jarin kanssa, tiimi kolmen kuukauden välein',
  strengths: 'Hyvä suhde äitiin; työkokeilu on innostanut; hakee itse apua.',
  goals: [
    {
      id: 'goal-finances',
      text: 'Vuokrat ja laskut maksetaan ajallaan.',
      means: 'Maksusuunnitelma vuokranantajan kanssa, asumistuen hakeminen, talousneuvonta.',
      status: 'active',
      setBy: { kind: 'together' },
      kind: 'improve',
      targetDate: '2027-03-31',
      meter: { id: exampleTemplateIds.meter },
      areaLinkId: 'finances',
      evaluations: [
        {
          date: '2026-09-08',
          achievement: 'improving',
          text: 'Asumistuki myönnetty Kelasta; maksusuunnitelma pitää.',
        },
      ],
    },
    {
      id: 'goal-housing',
      text: 'Aino saa pitää nykyisen kotinsa.',
      means: 'Sovitaan vuokrarästien maksusta; kotipalvelu tukee kodin hoitoa.',
      status: 'active',
      setBy: { kind: 'client', name: 'Aino Mäkelä' },
      kind: 'prevent-worsening',
      meter: { id: exampleTemplateIds.meter },
      areaLinkId: 'housing',
    },
    {
      id: 'goal-work',
      text: 'Säännöllinen päivärytmi työtoiminnan avulla.',
      means: 'Kuntouttava työtoiminta kolmena päivänä viikossa.',
      status: 'active',
      setBy: { kind: 'professional', name: 'Tiina Rantanen' },
      kind: 'improve',
    },
  ],
  expectedDuration: 'Noin vuosi, arvioidaan maaliskuussa 2027',
  partners: [
    { name: 'Kela', role: 'Asumistuki ja toimeentulotuki' },
    { name: 'Mielenterveysyhdistys Tuulia ry', role: 'Vertaistuki ja tukihenkilö' },
  ],
  responsibilities: [
    { party: 'client', name: 'Aino Mäkelä', text: 'Avaa postin ja tuo laskut tapaamisiin.' },
    {
      party: 'coordinator',
      name: 'Leena Korhonen',
      organizationId: exampleOrganizations.county.id,
      text: 'Kokoaa tiimin, pitää suunnitelman ajan tasalla ja sopii arvioinnit.',
    },
    {
      party: 'producer',
      organizationId: exampleOrganizations.voucher.id,
      text: 'Kotikäynnit ja asioinnin tuki; oma osa suunnitelmassa.',
    },
    {
      party: 'producer',
      organizationId: exampleOrganizations.employment.id,
      text: 'Työtoiminnan paikka ja ohjaus; oma osa suunnitelmassa.',
    },
  ],
  followUp: {
    method:
      'Elämäntilannemittari aloittaessa, kolmen kuukauden välein ja lopuksi; Ainon ja tiimin palaute tapaamisissa.',
    nextReviewDate: '2026-12-08',
    entries: [
      {
        id: 'review-2026-09',
        date: '2026-09-08',
        clientFeedback: 'Olo on rauhallisempi, kun laskut ovat hallinnassa. Kotikäynnit auttavat.',
        teamFeedback: 'Talous vakaampi; asuminen yhä epävarmaa, koska vanhat rästit ovat maksamatta.',
        goalEvaluations: [{ goalId: 'goal-finances', date: '2026-09-08', achievement: 'improving' }],
        nextReviewDate: '2026-12-08',
        recordedBy: { name: 'Leena Korhonen', organizationId: exampleOrganizations.county.id },
      },
    ],
  },
  health: {
    careNeeds: 'Masennuksen hoito ja seuranta.',
    implementation: 'Hoitokontaktit psykiatrisen sairaanhoitajan kanssa kahden viikon välein.',
    professional: { name: 'Maria Nyström', title: 'Psykiatrinen sairaanhoitaja' },
  },
  updatedBy: { name: 'Leena Korhonen', organizationId: exampleOrganizations.county.id },
  updatedAt: '2026-09-08T15:00:00+03:00',
  parts: [
    {
      producer: exampleOrganizations.county,
      producerType: 'own-production',
      services: [
        {
          id: 'svc-social-work',
          name: 'Aikuissosiaalityö',
          serviceTask: 'Aikuissosiaalityö',
          status: 'ongoing',
          start: '2026-03-02',
          frequency: 'Kerran kuukaudessa',
          responsiblePerson: { name: 'Jari Heikkinen', title: 'Sosiaaliohjaaja' },
          goalIds: ['goal-finances', 'goal-housing'],
        },
        {
          id: 'svc-debt-advice',
          name: 'Talous- ja velkaneuvonta',
          status: 'planned',
          start: '2026-12-01',
          duration: '3 kuukautta',
          goalIds: ['goal-finances'],
        },
      ],
      responsibilities: ['Koordinoi suunnitelmaa ja arvioinnit', 'Sopii maksusuunnitelman vuokranantajan kanssa'],
      notes: 'Vuokranantajan yhteyshenkilö vaihtui lokakuussa.',
      author: { name: 'Jari Heikkinen', organizationId: exampleOrganizations.county.id },
      updatedAt: '2026-10-02T09:30:00+03:00',
    },
    {
      producer: exampleOrganizations.voucher,
      producerType: 'service-voucher',
      services: [
        {
          id: 'svc-home-help',
          name: 'Kotipalvelu palvelusetelillä',
          serviceTask: 'Kotipalvelu',
          status: 'ongoing',
          start: '2026-04-01',
          duration: 'Toistaiseksi, arvioidaan joulukuussa',
          frequency: '2 krt/vko',
          responsiblePerson: { name: 'Pekka Lindqvist', title: 'Lähihoitaja' },
          goalIds: ['goal-housing'],
        },
      ],
      responsibilities: ['Kotikäynnit tiistaisin ja perjantaisin', 'Tukee asioinnissa ja postin avaamisessa'],
      author: { name: 'Pekka Lindqvist', organizationId: exampleOrganizations.voucher.id },
      updatedAt: '2026-09-15T12:00:00+03:00',
    },
    {
      producer: exampleOrganizations.employment,
      producerType: 'employment-services',
      services: [
        {
          id: 'svc-rehabilitative-work',
          name: 'Kuntouttava työtoiminta',
          serviceTask: 'Työllisyyspalvelut',
          status: 'ongoing',
          start: '2026-05-04',
          duration: '6 kuukautta',
          frequency: '3 päivää viikossa',
          responsiblePerson: { name: 'Tiina Rantanen', title: 'Työllisyysasiantuntija' },
          goalIds: ['goal-work'],
        },
      ],
      responsibilities: ['Työtoiminnan paikka ja ohjaus', 'Aktivointisuunnitelma'],
      author: { name: 'Tiina Rantanen', organizationId: exampleOrganizations.employment.id },
      updatedAt: '2026-05-04T08:00:00+03:00',
    },
  ],
};

/** Everything above, ready for `seed()` or `MemoryAdapter.withData()`. */
export const exampleData = {
  clients: [exampleClient, exampleProtectedClient],
  teams: [exampleTeam, exampleProtectedTeam],
  consents: exampleConsents,
  assessments: [exampleAssessment],
  meterReadings: exampleMeterReadings,
  plans: [examplePlan],
};

export { largePlan, type LargePlan, type LargePlanOptions } from './large-plan.js';
