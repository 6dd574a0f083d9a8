/**
 * The systems, codes and extension URLs the mapping reads and writes: HL7 Finland's where they
 * exist, the project's own where they do not. The project's canonical URLs are identifiers, not
 * addresses that must resolve; the CodeSystems they name are published with the package.
 */
import { PRODUCER_TYPES, TEAM_ROLES, type ProducerType, type TeamRole } from '@saumaton/core';

/** Personal identity code (`henkilötunnus`), HL7 Finland Base Profiles. */
export const IDENTITY_CODE_SYSTEM = 'urn:oid:1.2.246.21';
/** The SOTE organisation register; its identifier values are `urn:oid:<oid>`. */
export const SOTE_ORGANIZATION_SYSTEM = 'urn:oid:1.2.246.537.6.202.2008';
/** HL7 Finland's security labels; `TURVAKIELTO` marks non-disclosure for safety. */
export const SECURITY_LABEL_SYSTEM = 'https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs';
export const TURVAKIELTO_CODE = 'TURVAKIELTO';
export const BCP47_SYSTEM = 'urn:ietf:bcp:47';
export const V2_IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/** The project's canonical base. */
export const SAUMATON_FHIR = 'https://saumaton.fi/fhir';
export const TEAM_ROLE_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/team-role`;
export const PRODUCER_TYPE_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/producer-type`;
export const COMMUNICATION_CATEGORY_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/communication-category`;
export const TEAM_MEETING_CODE = 'team-meeting';
/** Keeps a meeting's own id on the `Communication` that records it. */
export const MEETING_ID_SYSTEM = `${SAUMATON_FHIR}/NamingSystem/meeting-id`;

/** Extensions on `CareTeam` and on `CareTeam.participant`, for what FHIR R4 has no element for. */
export const EXT = {
  /** `CareTeam`: the client plan the team works on (valueReference to a CarePlan). */
  plan: `${SAUMATON_FHIR}/StructureDefinition/care-team-plan`,
  /** participant: the member's task in the client's service (valueString). */
  serviceTask: `${SAUMATON_FHIR}/StructureDefinition/participant-service-task`,
  /** participant: one responsibility in the plan (valueString, repeats). */
  responsibility: `${SAUMATON_FHIR}/StructureDefinition/participant-responsibility`,
  /** participant: the basis for access to the client's data (valueCode). */
  accessBasis: `${SAUMATON_FHIR}/StructureDefinition/participant-access-basis`,
  /**
   * participant: a member field that the member's own resource has no element for (a title on a
   * `RelatedPerson`, reachability on a `Practitioner`). Each is a complex extension with one
   * sub-extension per field, so the mapping never has to drop what a user entered.
   */
  memberDetail: `${SAUMATON_FHIR}/StructureDefinition/participant-member-detail`,
} as const;

/** English, Finnish and Swedish names, from the terminology table of the domain brief. */
const ROLE_NAMES: Record<TeamRole, readonly [string, string, string]> = {
  coordinator: ['Coordinator', 'Koordinaattori', 'Koordinator'],
  'named-worker': ['Named worker', 'Omatyöntekijä', 'Egen kontaktperson'],
  'responsible-worker': [
    "Worker responsible for the client's services",
    'Asiakkaan palveluista vastaava työntekijä',
    'Arbetstagare som ansvarar för klientens service',
  ],
  member: ['Team member', 'Tiimin jäsen', 'Teammedlem'],
  consultant: ['Consultant', 'Konsultoiva asiantuntija', 'Konsulterande sakkunnig'],
  client: ['Client', 'Asiakas', 'Klient'],
  'close-person': ['Close person', 'Läheinen', 'Närstående'],
  'support-person': ['Support person', 'Tukihenkilö', 'Stödperson'],
  'legal-representative': ['Legal representative', 'Laillinen edustaja', 'Laglig företrädare'],
};

const PRODUCER_NAMES: Record<ProducerType, readonly [string, string, string]> = {
  'own-production': ['Own production', 'Oma tuotanto', 'Egen produktion'],
  'purchased-service': ['Purchased service', 'Ostopalvelu', 'Köptjänst'],
  'service-voucher': ['Service voucher', 'Palveluseteli', 'Servicesedel'],
  'personal-budget': ['Personal budget', 'Henkilökohtainen budjetti', 'Personlig budget'],
  'other-sector': ['Other sector', 'Muu sektori', 'Annan sektor'],
};

/** The CodeSystem resource for the team roles, as the package publishes it. */
export const teamRoleCodeSystem = {
  resourceType: 'CodeSystem',
  id: 'saumaton-team-role',
  url: TEAM_ROLE_SYSTEM,
  version: '0.1.0',
  name: 'SaumatonTeamRole',
  title: 'Saumaton multi-service team roles',
  status: 'active',
  experimental: false,
  publisher: 'Saumaton',
  description:
    'The roles of the people in a multi-service team around one client (SHL 1301/2014 §§ 41–42; 703/2023): ' +
    'the professionals and the people on the client’s side.',
  caseSensitive: true,
  content: 'complete',
  count: TEAM_ROLES.length,
  concept: TEAM_ROLES.map((code) => roleConcept(code)),
} as const;

/** The CodeSystem resource for producer types, in today's vocabulary. */
export const producerTypeCodeSystem = {
  resourceType: 'CodeSystem',
  id: 'saumaton-producer-type',
  url: PRODUCER_TYPE_SYSTEM,
  version: '0.1.0',
  name: 'SaumatonProducerType',
  title: 'Saumaton producer types',
  status: 'active',
  experimental: false,
  publisher: 'Saumaton',
  description: 'How a social or health service is produced for a client of a wellbeing services county.',
  caseSensitive: true,
  content: 'complete',
  count: PRODUCER_TYPES.length,
  concept: PRODUCER_TYPES.map((code) => producerConcept(code)),
} as const;

function designations(fi: string, sv: string) {
  return [
    { language: 'fi', value: fi },
    { language: 'sv', value: sv },
  ];
}

function roleConcept(code: TeamRole) {
  const [display, fi, sv] = ROLE_NAMES[code];
  return { code, display, designation: designations(fi, sv) };
}

function producerConcept(code: ProducerType) {
  const [display, fi, sv] = PRODUCER_NAMES[code];
  return { code, display, designation: designations(fi, sv) };
}

/** A name as it is compared: trimmed, spaces collapsed, one kind of apostrophe, lower case. */
function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

const ROLES_BY_NAME = new Map<string, TeamRole>(
  TEAM_ROLES.flatMap((role) => ROLE_NAMES[role].map((name) => [nameKey(name), role] as const)),
);

/**
 * The role whose English, Finnish or Swedish name `name` is, compared without case and outer
 * spaces (`"koordinaattori"`, `" Omatyöntekijä "`, `"Koordinator"`); `undefined` for anything
 * else. How a role that another system wrote only as text, or as its own coding with a display,
 * is read.
 */
export function roleFromName(name: string | undefined): TeamRole | undefined {
  return name === undefined ? undefined : ROLES_BY_NAME.get(nameKey(name));
}

/** The English display of a role code, for the coding the mapping writes. */
export function roleDisplay(role: TeamRole): string {
  return ROLE_NAMES[role][0];
}

export function producerDisplay(type: ProducerType): string {
  return PRODUCER_NAMES[type][0];
}
