/**
 * The consent and assessment CodeSystems this package publishes, as FHIR resources: the codes the
 * consent and assessment mappings write, with English displays and Finnish and Swedish designations. A module of its own
 * (`@saumaton/fhir/code-systems`): the adapter writes the codes without needing their names, so a
 * portal does not download these.
 */
import {
  ASSESSMENT_CLIENT_VIEW_SYSTEM,
  ASSESSMENT_DEADLINE_BASIS_SYSTEM,
  ASSESSMENT_DEADLINE_TYPE_SYSTEM,
  ASSESSMENT_GROUND_SYSTEM,
  ASSESSMENT_INITIATOR_SYSTEM,
  ASSESSMENT_TRIGGER_KIND_SYSTEM,
} from './map-assessment.js';
import { CASE_CONSENT_PURPOSE_SYSTEM, CONSENT_KIND_SYSTEM, CONSENT_SECTOR_SYSTEM } from './map-consent.js';

type Names = readonly [en: string, fi: string, sv: string];

function codeSystem(
  id: string,
  url: string,
  name: string,
  title: string,
  description: string,
  concepts: Record<string, Names>,
) {
  return {
    resourceType: 'CodeSystem',
    id,
    url,
    version: '0.1.0',
    name,
    title,
    status: 'active',
    experimental: false,
    publisher: 'Saumaton',
    description,
    caseSensitive: true,
    content: 'complete',
    count: Object.keys(concepts).length,
    concept: Object.entries(concepts).map(([code, [display, fi, sv]]) => ({
      code,
      display,
      designation: [
        { language: 'fi', value: fi },
        { language: 'sv', value: sv },
      ],
    })),
  } as const;
}

/** Which kind of record a `Consent` is (its first `category`). Our mapping, not Kanta's. */
export const consentKindCodeSystem = codeSystem(
  'saumaton-consent-kind',
  CONSENT_KIND_SYSTEM,
  'SaumatonConsentKind',
  'Saumaton consent kinds',
  'The three instruments of a client’s consent in Finnish social and health care, which are never merged, ' +
    'and the statutory exception (703/2023 §§ 53–55) documented instead of a consent.',
  {
    'disclosure-permit': ['Consent to data sharing', 'Luovutuslupa', 'Tillstånd för utlämnande'],
    'disclosure-prohibition': ['Denial of consent', 'Luovutuskielto', 'Förbud mot utlämnande'],
    'case-consent': ['Case-specific consent', 'Suostumus', 'Samtycke'],
    'statutory-exception': [
      'Statutory exception to consent (703/2023 §§ 53–55)',
      'Lakisääteinen poikkeus suostumuksesta (703/2023 53–55 §)',
      'Lagstadgat undantag från samtycke (703/2023 53–55 §)',
    ],
  },
);

/** Whose data a `Consent` is about (a `category`): for a cross-sector permit, the direction. */
export const consentSectorCodeSystem = codeSystem(
  'saumaton-consent-sector',
  CONSENT_SECTOR_SYSTEM,
  'SaumatonConsentSector',
  'Saumaton consent sectors',
  'The register a consent concerns: social-care data, health-care data, or across them in one direction ' +
    '(Kanta keeps one cross-sector permit per direction).',
  {
    'social-care': ['Social care', 'Sosiaalihuolto', 'Socialvård'],
    'health-care': ['Health care', 'Terveydenhuolto', 'Hälso- och sjukvård'],
    'social-to-health': [
      'From social care to health care',
      'Sosiaalihuollosta terveydenhuoltoon',
      'Från socialvården till hälso- och sjukvården',
    ],
    'health-to-social': [
      'From health care to social care',
      'Terveydenhuollosta sosiaalihuoltoon',
      'Från hälso- och sjukvården till socialvården',
    ],
  },
);

/** What a case-specific consent is for (`provision.purpose`). */
export const caseConsentPurposeCodeSystem = codeSystem(
  'saumaton-case-consent-purpose',
  CASE_CONSENT_PURPOSE_SYSTEM,
  'SaumatonCaseConsentPurpose',
  'Saumaton case-specific consent purposes',
  'What a client’s case-specific consent in social care is asked for (Social Welfare Act 1301/2014).',
  {
    'multi-service-process': [
      'Starting the multi-service process',
      'Monipalveluprosessin käynnistäminen',
      'Inledande av multiserviceprocessen',
    ],
    'joint-plan': [
      'A joint multi-sector client plan (SHL § 39)',
      'Monialainen asiakassuunnitelma (SHL 39 §)',
      'Sektorsövergripande klientplan (SHL 39 §)',
    ],
    'contact-authority': [
      'Contacting another authority (SHL § 40)',
      'Yhteydenotto toiseen viranomaiseen (SHL 40 §)',
      'Kontakt med en annan myndighet (SHL 40 §)',
    ],
    'close-network': [
      'Mapping the close network (SHL § 43)',
      'Läheisverkoston kartoittaminen (SHL 43 §)',
      'Kartläggning av det närmaste nätverket (SHL 43 §)',
    ],
    other: ['Another purpose, in words', 'Muu tarkoitus, sanoin', 'Annat syfte, i ord'],
  },
);

/** The grounds a service-need assessment is initiated on (`assessment-initiation` `ground`): they decide its deadlines. */
export const assessmentGroundCodeSystem = codeSystem(
  'saumaton-assessment-ground',
  ASSESSMENT_GROUND_SYSTEM,
  'SaumatonAssessmentGround',
  'Saumaton service-need assessment grounds',
  'The grounds a service-need assessment is initiated on, which decide its statutory deadlines ' +
    '(Social Welfare Act 1301/2014 § 36).',
  {
    urgent: ['Urgent need: assessed immediately', 'Kiireellinen avun tarve', 'Brådskande behov av hjälp'],
    'over-75': ['Client over 75', 'Yli 75-vuotias asiakas', 'Klient över 75 år'],
    'highest-care-allowance': [
      'Recipient of the highest care allowance',
      'Ylimmän hoitotuen saaja',
      'Mottagare av det högsta vårdbidraget',
    ],
    'child-special-support': [
      'Child in need of special support',
      'Erityistä tukea tarvitseva lapsi',
      'Barn i behov av särskilt stöd',
    ],
    other: ['Other grounds', 'Muu peruste', 'Annan grund'],
  },
);

/** What an assessment's deadlines count from (`assessment-initiation` `triggerKind`). */
export const assessmentTriggerKindCodeSystem = codeSystem(
  'saumaton-assessment-trigger-kind',
  ASSESSMENT_TRIGGER_KIND_SYSTEM,
  'SaumatonAssessmentTriggerKind',
  'Saumaton assessment trigger kinds',
  'The day a service-need assessment’s deadlines are counted from (703/2023 § 41): the client’s contact, ' +
    'or the day the matter became pending.',
  {
    contact: ['The client’s contact', 'Asiakkaan yhteydenotto', 'Klientens kontakt'],
    pending: ['The matter became pending', 'Asian vireilletulo', 'Ärendet blev anhängigt'],
  },
);

/** Who initiated an assessment (`assessment-initiation` `initiatedBy` `kind`). */
export const assessmentInitiatorCodeSystem = codeSystem(
  'saumaton-assessment-initiator',
  ASSESSMENT_INITIATOR_SYSTEM,
  'SaumatonAssessmentInitiator',
  'Saumaton assessment initiators',
  'Who initiated a service-need assessment (703/2023 § 41).',
  {
    client: ['Client', 'Asiakas', 'Klient'],
    'close-person': ['Close person', 'Läheinen', 'Närstående'],
    professional: ['Professional', 'Ammattilainen', 'Yrkesperson'],
    'other-authority': ['Another authority', 'Toinen viranomainen', 'En annan myndighet'],
    other: ['Someone else', 'Joku muu', 'Någon annan'],
  },
);

/** Which statutory deadline an `assessment-deadline` states (its `type`). */
export const assessmentDeadlineTypeCodeSystem = codeSystem(
  'saumaton-assessment-deadline-type',
  ASSESSMENT_DEADLINE_TYPE_SYSTEM,
  'SaumatonAssessmentDeadlineType',
  'Saumaton assessment deadline types',
  'The statutory deadlines of a service-need assessment (Social Welfare Act 1301/2014 § 36).',
  {
    immediate: ['Assess immediately', 'Arvioitava välittömästi', 'Bedöms omedelbart'],
    start: ['Start by', 'Aloitettava viimeistään', 'Inleds senast'],
    complete: ['Complete by', 'Valmistuttava viimeistään', 'Slutförs senast'],
  },
);

/** The rule a statutory deadline comes from (`assessment-deadline` `basis`). */
export const assessmentDeadlineBasisCodeSystem = codeSystem(
  'saumaton-assessment-deadline-basis',
  ASSESSMENT_DEADLINE_BASIS_SYSTEM,
  'SaumatonAssessmentDeadlineBasis',
  'Saumaton assessment deadline bases',
  'The rules of Social Welfare Act 1301/2014 § 36 a service-need assessment’s deadline comes from, weekdays ' +
    'counted with the trigger day as day 0 (Act 150/1930).',
  {
    'shl-36-urgent': [
      'Urgent need: immediately (SHL § 36)',
      'Kiireellinen tarve: välittömästi (SHL 36 §)',
      'Brådskande behov: omedelbart (SHL 36 §)',
    ],
    'shl-36-7th-weekday': [
      'Started by the 7th weekday (SHL § 36)',
      'Aloitettava viimeistään 7. arkipäivänä (SHL 36 §)',
      'Inleds senast den 7 vardagen (SHL 36 §)',
    ],
    'shl-36-3-months': [
      'Completed within 3 months (SHL § 36)',
      'Valmistuttava 3 kuukauden kuluessa (SHL 36 §)',
      'Slutförs inom 3 månader (SHL 36 §)',
    ],
  },
);

/** Whether the client's own view was given (`assessment-client-view` `kind`). */
export const assessmentClientViewCodeSystem = codeSystem(
  'saumaton-assessment-client-view',
  ASSESSMENT_CLIENT_VIEW_SYSTEM,
  'SaumatonAssessmentClientView',
  'Saumaton assessment client views',
  'The client’s own view in a service-need assessment (SHL § 37): given, or not obtained because of an ' +
    'obvious obstacle, whose reason is recorded.',
  {
    given: ['The client’s own view given', 'Asiakkaan oma näkemys', 'Klientens egen syn'],
    obstacle: [
      'An obvious obstacle to the client’s own view',
      'Ilmeinen este asiakkaan näkemyksen selvittämiselle',
      'Uppenbart hinder för att utreda klientens syn',
    ],
  },
);
