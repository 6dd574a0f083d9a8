import type { Assessment, AssessmentTemplate, MeterReading } from '../model/assessment.js';
import type { Client } from '../model/client.js';
import type {
  CaseConsent,
  ConsentRecord,
  DisclosurePermit,
  DisclosureProhibition,
  StatutoryException,
} from '../model/consent.js';
import type { ClientPlan, PlanPart } from '../model/plan.js';
import type { Team } from '../model/team.js';

/** The data every adapter under the conformance suite starts with. Fictional people only. */
export const conformanceClient: Client = {
  id: 'conformance-client-1',
  name: 'Aino Virtanen',
  identityCode: '020516C903K',
  languageOfService: 'fi',
  turvakielto: false,
};

export const conformanceTeam: Team = {
  id: 'conformance-team-1',
  clientId: conformanceClient.id,
  status: 'active',
  members: [
    {
      id: 'm-coordinator',
      name: 'Leena Korhonen',
      title: 'sosiaalityöntekijä',
      role: 'coordinator',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
      contact: { phone: '+358 40 123 4567', email: 'leena.korhonen@example.fi' },
      period: { start: '2026-01-15' },
    },
    {
      id: 'm-named-worker',
      name: 'Mikko Nieminen',
      title: 'sosiaaliohjaaja',
      role: 'named-worker',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
      responsibilities: ['Asumisen tuki'],
    },
    { id: 'm-client', name: 'Aino Virtanen', role: 'client' },
  ],
  meetings: [
    {
      id: 'meeting-1',
      date: '2026-02-03',
      participants: ['m-coordinator', 'm-client'],
      decisions: ['Tavataan kuukausittain'],
    },
  ],
};

/** A second client, whose team arrived from another system breaking two team rules. */
export const conformanceOtherClient: Client = {
  id: 'conformance-client-2',
  name: 'Eero Mäkelä',
  languageOfService: 'sv',
  turvakielto: false,
};

/**
 * A team as another system may have written it: active, but with no coordinator and no named or
 * responsible worker, so it breaks the rules `coordinator-required` and
 * `responsible-worker-required`. An adapter holds it as it is and lets it be mended step by step.
 */
export const conformanceBrokenTeam: Team = {
  id: 'conformance-team-broken',
  clientId: conformanceOtherClient.id,
  status: 'active',
  members: [
    {
      id: 'b-social-worker',
      name: 'Sari Laine',
      title: 'sosiaalityöntekijä',
      role: 'member',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
    },
    {
      id: 'b-nurse',
      name: 'Pekka Salo',
      title: 'sairaanhoitaja',
      role: 'member',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
    },
    { id: 'b-client', name: 'Eero Mäkelä', role: 'client' },
  ],
  meetings: [],
};

const county = {
  id: '1.2.246.10.99999.10.1',
  name: 'Esimerkin hyvinvointialue',
  producerType: 'own-production',
} as const;
const countyWorker = { organization: county, professional: { name: 'Leena Korhonen', title: 'sosiaalityöntekijä' } };

/**
 * A cross-sector disclosure permit of the first client: social-care data to health care, two
 * data classes, informed first.
 */
export const conformancePermit: DisclosurePermit = {
  id: 'conformance-consent-permit',
  clientId: conformanceClient.id,
  basis: 'consent',
  instrument: 'disclosure-permit',
  sector: 'social-to-health',
  recipients: [{ id: '1.2.246.10.99999.10.2', name: 'Esimerkin terveyskeskus', producerType: 'own-production' }],
  purpose: 'Monialainen asiakassuunnitelma',
  informing: { date: '2026-02-01', channel: 'in-person' },
  dataClasses: [{ code: 'sosiaalihuollon-palvelutarve' }, { code: 'asiakassuunnitelma' }],
  actor: { kind: 'client', competence: 'adult' },
  method: 'written',
  recordedBy: countyWorker,
  formLanguage: 'fi',
  validFrom: '2026-02-03',
  status: 'active',
  printoutRequested: true,
};

/** A social-care prohibition of the first client, targeting one controller. */
export const conformanceProhibition: DisclosureProhibition & { readonly sector: 'social-care' } = {
  id: 'conformance-consent-prohibition',
  clientId: conformanceClient.id,
  basis: 'consent',
  instrument: 'disclosure-prohibition',
  sector: 'social-care',
  target: { kind: 'controller', organization: { id: '1.2.246.10.99999.50.1', name: 'Naapurin hyvinvointialue' } },
  consequencesShown: 'Naapurin hyvinvointialue ei näe sosiaalihuollon tietojasi Kannasta.',
  actor: { kind: 'client', competence: 'adult' },
  method: 'oral-recorded-by-professional',
  recordedBy: countyWorker,
  formLanguage: 'fi',
  validFrom: '2026-02-03',
  status: 'active',
  printoutRequested: false,
};

/** A case consent of the first client, given by her court-appointed guardian, and later withdrawn. */
export const conformanceRevokedConsent: CaseConsent = {
  id: 'conformance-consent-revoked',
  clientId: conformanceClient.id,
  basis: 'consent',
  instrument: 'case-consent',
  purpose: { kind: 'close-network' },
  decision: 'given',
  actor: { kind: 'court-appointed-guardian', name: 'Matti Virtanen', competence: 'authority-verified' },
  method: 'written',
  recordedBy: countyWorker,
  formLanguage: 'fi',
  validFrom: '2026-01-20',
  status: 'revoked',
  revocation: {
    at: '2026-02-10',
    by: { kind: 'court-appointed-guardian', name: 'Matti Virtanen' },
    method: 'oral-recorded-by-professional',
    reason: 'Verkostokartta on tehty.',
    recordedBy: countyWorker,
  },
  printoutRequested: false,
};

/** The second client's statutory exception: documented instead of a consent. */
export const conformanceException: StatutoryException = {
  id: 'conformance-exception',
  clientId: conformanceOtherClient.id,
  basis: 'statutory-exception',
  sector: 'social-to-health',
  recipients: [{ id: '1.2.246.10.99999.10.2', name: 'Esimerkin terveyskeskus', producerType: 'own-production' }],
  purpose: 'Kotihoidon ja terveyskeskuksen yhteinen hoito',
  justification: 'Asiakas ei muistisairauden vuoksi ymmärrä suostumuksen merkitystä, eikä hänellä ole edunvalvojaa.',
  clientCannotUnderstand: true,
  noLegalRepresentative: true,
  recordedBy: countyWorker,
  validFrom: '2026-03-01',
  status: 'active',
};

/** Every consent record the conformance suite starts with: one revoked, one a statutory exception. */
export const conformanceConsents: readonly ConsentRecord[] = [
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
  conformanceException,
];

/**
 * Two assessment templates (FHIR R4 Questionnaires) for the assessment store's suite. The first
 * carries elements the store must keep as they came: an extension, nested items, a coded choice.
 */
export const conformanceTemplate: AssessmentTemplate = {
  resourceType: 'Questionnaire',
  id: 'conformance-functional-capacity',
  url: 'https://example.org/fhir/Questionnaire/functional-capacity',
  version: '2.1',
  status: 'active',
  title: 'Toimintakyky',
  language: 'fi',
  item: [
    {
      linkId: 'mobility',
      type: 'group',
      text: 'Liikkuminen',
      item: [
        {
          linkId: 'walks',
          type: 'boolean',
          text: 'Kävelee ilman apuvälinettä',
          required: true,
        },
        {
          linkId: 'aid',
          type: 'choice',
          text: 'Apuväline',
          enableWhen: [{ question: 'walks', operator: '=', answerBoolean: false }],
          extension: [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
              valueCodeableConcept: {
                coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }],
              },
            },
          ],
          answerOption: [
            { valueCoding: { system: 'https://example.org/aids', code: 'cane', display: 'Keppi' } },
            { valueCoding: { system: 'https://example.org/aids', code: 'walker', display: 'Rollaattori' } },
          ],
        },
      ],
    },
  ],
};

export const conformanceOtherTemplate: AssessmentTemplate = {
  resourceType: 'Questionnaire',
  id: 'conformance-life-situation',
  status: 'draft',
  title: 'Elämäntilanne',
  item: [{ linkId: 'overall', type: 'integer', text: 'Elämä kokonaisuutena (0–10)' }],
};

export const conformanceTemplates: readonly AssessmentTemplate[] = [conformanceTemplate, conformanceOtherTemplate];

/**
 * The first client's assessment in progress, made with `conformanceTemplate`: nested answers, a
 * coded answer, and members of FHIR's the store must keep as they came (an extension, an answer's
 * `valueAttachment`).
 */
export const conformanceAssessment: Assessment = {
  id: 'conformance-assessment-draft',
  clientId: conformanceClient.id,
  template: { id: conformanceTemplate.id, url: conformanceTemplate.url as string, version: '2.1' },
  status: 'in-progress',
  initiation: {
    triggerDate: '2026-03-02',
    triggerKind: 'contact',
    grounds: ['over-75'],
    initiatedBy: { kind: 'close-person', name: 'Matti Virtanen' },
    justification: 'Tytär on huolissaan äidin kotona pärjäämisestä.',
  },
  answers: [
    {
      linkId: 'mobility',
      text: 'Liikkuminen',
      item: [
        { linkId: 'walks', text: 'Kävelee ilman apuvälinettä', answer: [{ valueBoolean: false }] },
        {
          linkId: 'aid',
          answer: [
            {
              valueCoding: { system: 'https://example.org/aids', code: 'walker', display: 'Rollaattori' },
              extension: [{ url: 'https://example.org/fhir/StructureDefinition/note', valueString: 'uusi' }],
            },
            { valueAttachment: { contentType: 'image/png', title: 'kuva.png' } },
          ],
        },
      ],
    },
  ],
  updatedAt: '2026-03-05T14:20:00+02:00',
};

/** The first client's earlier assessment, completed, the client's view given and the summary given to her. */
export const conformanceCompletedAssessment: Assessment = {
  id: 'conformance-assessment-completed',
  clientId: conformanceClient.id,
  template: { id: conformanceTemplate.id, version: '2.0' },
  status: 'completed',
  initiation: {
    triggerDate: '2026-01-12',
    triggerKind: 'pending',
    grounds: ['other'],
    initiatedBy: {
      kind: 'professional',
      name: 'Leena Korhonen',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue' },
    },
  },
  answers: [{ linkId: 'mobility', item: [{ linkId: 'walks', answer: [{ valueBoolean: true }] }] }],
  clientView: { kind: 'given', text: 'Pärjään kotona, kunhan kauppa-asiat hoituvat.' },
  completedAt: '2026-01-26T09:00:00+02:00',
  summaryGivenAt: '2026-01-27',
};

/** The second client's assessment, stopped before it was completed. */
export const conformanceStoppedAssessment: Assessment = {
  id: 'conformance-assessment-stopped',
  clientId: conformanceOtherClient.id,
  template: { id: conformanceTemplate.id },
  status: 'stopped',
  initiation: {
    triggerDate: '2026-02-02',
    triggerKind: 'contact',
    grounds: ['urgent', 'over-75'],
    initiatedBy: { kind: 'other-authority', organization: { id: '1.2.246.10.99999.60.1', name: 'Poliisi' } },
  },
  answers: [],
  stoppedReason: 'Asiakas muutti toisen hyvinvointialueen asukkaaksi.',
};

/** Every assessment the assessment store's suite starts with. */
export const conformanceAssessments: readonly Assessment[] = [
  conformanceCompletedAssessment,
  conformanceStoppedAssessment,
  conformanceAssessment,
];

/** The meter the suite's readings are of: `conformanceOtherTemplate`. */
export const conformanceMeterId = conformanceOtherTemplate.id;

const meterReading = (
  id: string,
  date: string,
  value: number | null,
  clientId = conformanceClient.id,
): MeterReading => ({
  id,
  clientId,
  meter: { id: conformanceMeterId },
  date,
  rater: { kind: 'client' },
  values: [{ linkId: 'overall', value }],
});

/**
 * Meter readings: three of the first client's of `conformanceMeterId`, not in the order of their
 * days (the store lists them by day); one entered with an assessment, rated by a professional;
 * one of another meter; one of the second client.
 */
export const conformanceMeterReadings: readonly MeterReading[] = [
  meterReading('conformance-reading-2', '2026-04-01', 7),
  {
    ...meterReading('conformance-reading-1', '2026-01-15', 4),
    rater: { kind: 'professional', name: 'Leena Korhonen' },
    assessmentId: conformanceCompletedAssessment.id,
  },
  meterReading('conformance-reading-3', '2026-02-20', null),
  { ...meterReading('conformance-reading-other-meter', '2026-03-01', 9), meter: { id: 'conformance-other-meter' } },
  meterReading('conformance-reading-other-client', '2026-02-01', 5, conformanceOtherClient.id),
];

// ---------------------------------------------------------------------------------------------
// Client plans
// ---------------------------------------------------------------------------------------------

const ORGANIZER = {
  id: '1.2.246.10.99999.10.1',
  name: 'Esimerkin hyvinvointialue',
  producerType: 'own-production',
} as const;
const VOUCHER = { id: '1.2.246.10.99999.20.1', name: 'Kotiapu Esimerkki Oy', producerType: 'service-voucher' } as const;
const EMPLOYMENT = {
  id: '1.2.246.10.99999.40.1',
  name: 'Esimerkin työllisyyspalvelut',
  producerType: 'other-sector',
} as const;

/** The producers of the conformance plans: the responsible unit (a producer too), a voucher producer, employment services. */
export const conformanceProducers = { organizer: ORGANIZER, voucher: VOUCHER, employment: EMPLOYMENT } as const;

/** The responsible unit's own part of the conformance plan. */
export const conformanceOrganizerPart: PlanPart = {
  producer: ORGANIZER,
  producerType: 'own-production',
  services: [
    {
      id: 'service-social-work',
      name: 'Aikuissosiaalityö',
      status: 'ongoing',
      start: '2026-02-01',
      frequency: '1 krt/kk',
      responsiblePerson: { name: 'Leena Korhonen', title: 'sosiaalityöntekijä' },
      goalIds: ['goal-finances'],
    },
  ],
  responsibilities: ['Koordinoi suunnitelmaa'],
  author: { name: 'Leena Korhonen', organizationId: ORGANIZER.id },
  updatedAt: '2026-02-03T10:00:00+02:00',
};

/** The voucher producer's part of the conformance plan. */
export const conformanceVoucherPart: PlanPart = {
  producer: VOUCHER,
  producerType: 'service-voucher',
  services: [
    {
      id: 'service-home-help',
      name: 'Kotipalvelu',
      status: 'planned',
      start: '2026-02-15',
      duration: '6 kuukautta',
      frequency: '2 krt/vko',
    },
  ],
  responsibilities: ['Tukee arjen asioinnissa'],
  notes: 'Avain noudetaan toimistolta.',
  author: { name: 'Pirkko Lindqvist', organizationId: VOUCHER.id },
  updatedAt: '2026-02-04T09:00:00+02:00',
};

/**
 * The first client's active plan: drawn up by the responsible unit, with two producers' parts
 * (its own and a voucher producer's); a goal follows a meter's area.
 */
export const conformancePlan: ClientPlan = {
  id: 'conformance-plan-1',
  clientId: conformanceClient.id,
  status: 'active',
  header: {
    documentName: 'Asiakassuunnitelma',
    client: { name: conformanceClient.name, identityCode: '020516C903K' },
    organizer: ORGANIZER,
    producers: [ORGANIZER, VOUCHER, EMPLOYMENT],
    author: { name: 'Leena Korhonen', title: 'sosiaalityöntekijä', organizationId: ORGANIZER.id },
    createdAt: '2026-02-03T09:00:00+02:00',
    serviceTasks: ['Aikuissosiaalityö'],
  },
  clienthood: { startDate: '2026-01-15', turvakielto: false },
  supportNeed: {
    client: { text: 'Tarvitsen apua laskujen kanssa.' },
    professional: { text: 'Taloudellinen tilanne on vaikea.', reasons: 'Vuokrarästit' },
  },
  servicesNeeded: { client: { text: 'Kotiapua.' } },
  meetingFrequency: 'Kerran kuukaudessa',
  strengths: 'Hakee itse apua.',
  goals: [
    {
      id: 'goal-finances',
      text: 'Vuokrat maksetaan ajallaan.',
      means: 'Talousneuvonta ja maksusuunnitelma.',
      status: 'active',
      setBy: { kind: 'together' },
      meter: { id: 'conformance-meter' },
      areaLinkId: 'finances',
    },
  ],
  expectedDuration: 'Vuosi',
  followUp: { method: 'Mittari ja palaute', nextReviewDate: '2026-05-05' },
  parts: [conformanceOrganizerPart, conformanceVoucherPart],
};

/** An earlier plan of the first client, completed: `getPlan({ clientId })` prefers the active one. */
export const conformanceCompletedPlan: ClientPlan = {
  ...conformancePlan,
  id: 'conformance-plan-0',
  status: 'completed',
  header: { ...conformancePlan.header, createdAt: '2025-01-10T09:00:00+02:00' },
  clienthood: {
    startDate: '2025-01-01',
    turvakielto: false,
    endDate: '2025-12-31',
    endReason: 'Tavoitteet saavutettu',
  },
  followUp: { method: 'Mittari' },
  parts: [],
};

/**
 * The second client's plan as another system wrote it: members this model does not know at
 * every level (FHIR extensions), a service status that is not one of ours, a producer type of
 * its own, a goal status of its own, no optional sections. Read as it is; a save of it as it is
 * is refused by the rules it breaks.
 */
export const conformanceForeignPlan: ClientPlan = {
  id: 'conformance-plan-foreign',
  clientId: conformanceOtherClient.id,
  status: 'draft',
  header: {
    documentName: 'Klientplan',
    client: { name: conformanceOtherClient.name, temporaryId: 'tmp-42', extension: [{ url: 'x', valueString: 'y' }] },
    organizer: { id: '1.2.246.10.88888.10.1', name: 'Annan järjestelmän alue' },
    producers: [],
    author: { name: 'Kari Vendor', role: 'import' },
    createdAt: '2026-01-05',
    serviceTasks: [],
    vendorField: { nested: true },
  },
  clienthood: { turvakielto: true, vendorNote: 'kept' },
  supportNeed: {},
  servicesNeeded: {},
  goals: [{ id: 'g1', text: 'Oma koti', status: 'in-progress-vendor', setBy: { kind: 'client' }, weight: 3 }],
  followUp: {},
  parts: [
    {
      producer: { id: '1.2.246.10.88888.50.1', name: 'Yhdistys ry' },
      producerType: 'ngo',
      services: [{ id: 's1', name: 'Vertaistuki', status: 'waiting-list', vendorCode: 'VT-1' }],
      responsibilities: [],
      author: { name: 'Kari Vendor' },
      updatedAt: '2026-01-05T12:00:00Z',
      extension: [{ url: 'https://vendor.example/part', valueInteger: 1 }],
    },
  ],
};

export const conformancePlans: readonly ClientPlan[] = [
  conformancePlan,
  conformanceCompletedPlan,
  conformanceForeignPlan,
];
