/**
 * The consent CodeSystems this package publishes, as FHIR resources: the codes the consent
 * mapping writes, with English displays and Finnish and Swedish designations. A module of its own
 * (`@saumaton/fhir/code-systems`): the adapter writes the codes without needing their names, so a
 * portal does not download these.
 */
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
