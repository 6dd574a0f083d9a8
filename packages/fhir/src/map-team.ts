/**
 * `CareTeam` (+ the people it points at, + its meetings) ↔ `Team`.
 *
 * Reading builds a `TeamSnapshot`: the domain team, and where each part of it came from, so a
 * later write changes those same resources and nothing else. Writing (`planTeamWrite`) turns a
 * team and the snapshot it was based on into the entries of one `transaction` Bundle: only the
 * resources whose content changes, each with `If-Match` on the version that was read.
 *
 * Where a member's data lives:
 * - its own resource first: `Practitioner` (name, qualifications, telecom), `PractitionerRole`
 *   (title as `code`, `organization`, telecom, reachability as `availabilityExceptions`, and
 *   name and qualifications through its `practitioner`), `RelatedPerson` (name, relationship,
 *   telecom), `Patient` (name, telecom);
 * - the participant: role (our CodeSystem), `period`, `onBehalfOf` (for a `Practitioner`, the
 *   only member type invariant ctm-1 allows it for), and the team-specific extensions;
 * - anything the member's resource has no element for goes to the `participant-member-detail`
 *   extension, so no field a user entered is ever dropped.
 */
import * as v from '@saumaton/core/schema';
import {
  ACCESS_BASES,
  MeetingSchema,
  PRODUCER_TYPES,
  TEAM_ROLES,
  TeamSchema,
  ValidationError,
  parse,
  sameJson,
  type AccessBasis,
  type OrganizationRef,
  type ProducerType,
  type Team,
  type TeamMember,
  type TeamRole,
} from '@saumaton/core';
import {
  COMMUNICATION_CATEGORY_SYSTEM,
  EXT,
  MEETING_ID_SYSTEM,
  PRODUCER_TYPE_SYSTEM,
  SOTE_ORGANIZATION_SYSTEM,
  TEAM_MEETING_CODE,
  TEAM_ROLE_SYSTEM,
  producerDisplay,
  roleDisplay,
  roleFromName,
} from './codes.js';
import {
  FHIR_ID,
  OID,
  checkShape,
  codeIn,
  compact,
  conceptText,
  extensionsOf,
  readContact,
  readName,
  uuid,
  withConcept,
  withExtensions,
  writeContact,
  writeName,
} from './datatypes.js';
import type { Found, ResourceIndex } from './resource-index.js';
import {
  CareTeamSchema,
  CommunicationSchema,
  MEMBER_SCHEMAS,
  OrganizationSchema,
  PatientSchema,
  PractitionerSchema,
  type AnyResource,
  type CareTeam,
  type CareTeamParticipant,
  type CodeableConcept,
  type Communication,
  type Extension,
  type MemberResource,
  type Organization,
  type Patient,
  type Practitioner,
  type PractitionerRole,
  type Reference,
  type RelatedPerson,
} from './resources.js';

/** Where one member came from. */
export interface MemberSource {
  readonly participant: CareTeamParticipant;
  /** The member's own resource, when the reference resolved to a known, well-formed type. */
  readonly holder?: Found<MemberResource> | undefined;
  /** The `Practitioner` behind a `PractitionerRole`. */
  readonly practitioner?: Found<Practitioner> | undefined;
}

/** A team as read, with the resources it was read from. */
export interface TeamSnapshot {
  readonly team: Team;
  /** Changes whenever any resource the team was read from changes. */
  readonly version: string;
  readonly careTeam: CareTeam;
  readonly members: ReadonlyMap<string, MemberSource>;
  /** By meeting id. */
  readonly meetings: ReadonlyMap<string, Found<Communication>>;
  /** By the domain's organisation id (the OID where there is one). */
  readonly organizations: ReadonlyMap<string, Found<Organization>>;
  /** References to organisations that did not resolve, by the id the team shows for them. */
  readonly unresolvedOrganizations: ReadonlyMap<string, Reference>;
  /** The client's Patient, when it was read. */
  readonly client?: Found<Patient> | undefined;
}

type Field = 'name' | 'title' | 'qualifications' | 'organization' | 'relationship' | 'contact' | 'reachability';
type Kind = MemberResource['resourceType'];

/**
 * Which member fields a member's own resource (or, for `organization`, the participant's
 * `onBehalfOf`) holds. The client's Patient is the client record: the team reads the name from
 * it and never writes it.
 */
function homes(kind: Kind | undefined, hasPractitioner: boolean, onBehalfOf = false): ReadonlySet<Field> {
  switch (kind) {
    case 'Patient':
      return new Set(['name']);
    case 'Practitioner':
      return new Set(['name', 'qualifications', 'contact', 'organization']);
    case 'PractitionerRole':
      return new Set<Field>([
        'title',
        'organization',
        'contact',
        'reachability',
        ...(hasPractitioner ? (['name', 'qualifications'] as const) : []),
      ]);
    case 'RelatedPerson':
      return new Set(['name', 'relationship', 'contact']);
    case 'Organization':
      return new Set(['name']);
    case undefined:
      // An unresolved member keeps the onBehalfOf it had.
      return new Set(onBehalfOf ? ['organization'] : []);
  }
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);
const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined =>
  list && list.length > 0 ? [...list] : undefined;

// =============================================================================================
// Reading
// =============================================================================================

/** The references a CareTeam's participants make, for the adapter to fetch. */
export function participantReferences(careTeam: CareTeam): string[] {
  return (careTeam.participant ?? []).flatMap((p) => [
    ...[p.member?.reference, p.onBehalfOf?.reference].filter((r): r is string => r !== undefined),
    ...detail(p).organization.flatMap((r) => (r.reference ? [r.reference] : [])),
  ]);
}

/** The references behind members that are `PractitionerRole`s (their practitioner and organisation). */
export function roleReferences(careTeam: CareTeam, index: ResourceIndex): string[] {
  return (careTeam.participant ?? []).flatMap((p) => {
    const found = index.find(p.member?.reference, careTeam);
    if (found?.resource.resourceType !== 'PractitionerRole') return [];
    const role = found.resource as PractitionerRole;
    return [role.practitioner?.reference, role.organization?.reference].filter((r): r is string => r !== undefined);
  });
}

/** Is this Communication one of a team's meetings, and not withdrawn? */
function isMeeting(resource: AnyResource): boolean {
  const category = resource['category'];
  return (
    resource.resourceType === 'Communication' &&
    resource['status'] !== 'entered-in-error' &&
    Array.isArray(category) &&
    codeIn(category as Communication['category'], COMMUNICATION_CATEGORY_SYSTEM) === TEAM_MEETING_CODE
  );
}

function checked<R>(found: Found | undefined, schema: Parameters<typeof checkShape>[0]): Found<R> | undefined {
  if (!found) return undefined;
  try {
    return { ...found, resource: checkShape(schema, found.resource, found.key) as R };
  } catch {
    // A malformed resource is treated like a missing one: its member shows as unknown.
    return undefined;
  }
}

function memberHolder(found: Found | undefined): Found<MemberResource> | undefined {
  const type = found?.resource.resourceType;
  if (!found || !type || !(type in MEMBER_SCHEMAS)) return undefined;
  return checked<MemberResource>(found, MEMBER_SCHEMAS[type as Kind]);
}

function soteOid(org: Organization): string | undefined {
  const value =
    org.identifier?.find((i) => i.system === SOTE_ORGANIZATION_SYSTEM)?.value ??
    org.identifier?.find((i) => i.value?.startsWith('urn:oid:'))?.value;
  return value?.replace(/^urn:oid:/, '');
}

/** The organisation a reference points at, as the domain names it. */
interface OrganizationsSeen {
  readonly found: Map<string, Found<Organization>>;
  readonly unresolved: Map<string, Reference>;
}

function readOrganization(
  ref: Reference | undefined,
  index: ResourceIndex,
  container: AnyResource,
  seen: OrganizationsSeen,
): OrganizationRef | undefined {
  if (!ref) return undefined;
  const found = checked<Organization>(index.find(ref.reference, container), OrganizationSchema);
  if (found) {
    const org = found.resource;
    const id = soteOid(org) ?? org.id ?? found.key;
    seen.found.set(id, found);
    const producerType = codeIn(org.type, PRODUCER_TYPE_SYSTEM);
    return compact({
      id,
      name: org.name ?? ref.display ?? id,
      producerType: isOneOf<ProducerType>(PRODUCER_TYPES, producerType) ? producerType : undefined,
    });
  }
  // Not found: named by its identifier, else by the reference itself, and written back as it was.
  const id = ref.identifier?.value?.replace(/^urn:oid:/, '') ?? ref.reference;
  if (id === undefined || id === '') return undefined;
  seen.unresolved.set(id, ref);
  return { id, name: ref.display ?? id };
}

/** The member-detail extension of a participant, by field. */
function detail(participant: CareTeamParticipant) {
  const subs = extensionsOf(participant.extension, EXT.memberDetail).flatMap((e) => e.extension ?? []);
  const strings = (url: string) =>
    subs.filter((s) => s.url === url).flatMap((s) => (s.valueString ? [s.valueString] : []));
  return {
    title: strings('title')[0],
    qualifications: strings('qualification'),
    relationship: strings('relationship')[0],
    reachability: strings('reachability')[0],
    organization: subs.flatMap((s) => (s.url === 'organization' && s.valueReference ? [s.valueReference] : [])),
    contact: subs.flatMap((s) => (s.url === 'contact' && s.valueContactPoint ? [s.valueContactPoint] : [])),
  };
}

function readMember(
  participant: CareTeamParticipant,
  position: number,
  careTeam: CareTeam,
  clientKey: string,
  index: ResourceIndex,
  orgs: OrganizationsSeen,
): { member: Record<string, unknown>; source: MemberSource } {
  const reference = participant.member?.reference;
  const holder = memberHolder(index.find(reference, careTeam));
  const role = holder?.resource.resourceType === 'PractitionerRole' ? holder.resource : undefined;
  // References inside a contained resource point at its container's other contained resources.
  const scope = holder?.key.startsWith('#') ? careTeam : holder?.resource;
  const practitioner =
    role && checked<Practitioner>(index.find(role.practitioner?.reference, scope), PractitionerSchema);
  const home = homes(holder?.resource.resourceType, practitioner !== undefined, participant.onBehalfOf !== undefined);
  const extra = detail(participant);
  const r = holder?.resource;

  const fromResource: Partial<Record<Field, unknown>> = {};
  if (r) {
    const person = practitioner?.resource ?? r;
    if (home.has('name')) {
      fromResource.name = r.resourceType === 'Organization' ? r.name : readName((person as { name?: [] }).name);
    }
    if (home.has('qualifications')) {
      fromResource.qualifications = nonEmpty(
        ((person as Practitioner).qualification ?? []).flatMap((q) => conceptText(q.code) ?? []),
      );
    }
    if (home.has('contact')) fromResource.contact = readContact((r as { telecom?: [] }).telecom);
    if (role) {
      fromResource.title = conceptText(role.code?.[0]);
      fromResource.reachability = role.availabilityExceptions;
      fromResource.organization = readOrganization(role.organization, index, scope ?? role, orgs);
    }
    if (r.resourceType === 'Practitioner') {
      fromResource.organization = readOrganization(participant.onBehalfOf, index, careTeam, orgs);
    }
    if (r.resourceType === 'RelatedPerson') fromResource.relationship = conceptText(r.relationship?.[0]);
  } else if (home.has('organization')) {
    fromResource.organization = readOrganization(participant.onBehalfOf, index, careTeam, orgs);
  }
  const pick = (field: Field, fallback: unknown): unknown => (home.has(field) ? fromResource[field] : fallback);

  const ext = (url: string) => extensionsOf(participant.extension, url);
  const accessBasis = ext(EXT.accessBasis)[0]?.valueCode;
  const name =
    (pick('name', undefined) as string | undefined) ??
    participant.member?.display ??
    reference ??
    `participant ${String(position + 1)}`;

  const member = compact({
    id: participant.id ?? `participant-${String(position + 1)}`,
    name,
    title: pick('title', extra.title),
    qualifications: pick('qualifications', nonEmpty(extra.qualifications)),
    organization: pick('organization', readOrganization(extra.organization[0], index, careTeam, orgs)),
    serviceTask: ext(EXT.serviceTask)[0]?.valueString,
    role: roleIn(participant.role) ?? defaultRole(holder, index, reference, clientKey),
    relationship: pick('relationship', extra.relationship),
    responsibilities: nonEmpty(ext(EXT.responsibility).flatMap((e) => (e.valueString ? [e.valueString] : []))),
    contact: pick('contact', readContact(extra.contact)),
    reachability: pick('reachability', extra.reachability),
    period: participant.period && compact({ start: participant.period.start, end: participant.period.end }),
    accessBasis: isOneOf<AccessBasis>(ACCESS_BASES, accessBasis) ? accessBasis : undefined,
    unresolved: holder === undefined && !isOtherResource(index.find(reference, careTeam)) ? true : undefined,
  });
  // A practitioner contained in a standalone PractitionerRole is read, but it is written only
  // through that role, which the plan does not do: it is left alone rather than mistaken for one
  // of the CareTeam's own contained resources.
  const writable = practitioner && !(practitioner.key.startsWith('#') && scope !== careTeam) ? practitioner : undefined;
  return { member, source: { participant, holder, practitioner: writable } };
}

/** A resolved reference to a type we do not map (a `CareTeam`, a `Device`) is not "unknown". */
function isOtherResource(found: Found | undefined): boolean {
  return found !== undefined && !(found.resource.resourceType in MEMBER_SCHEMAS);
}

/** The concepts of `participant.role` that name a role only by their text or a coding's display. */
function namesARole(concept: CodeableConcept): boolean {
  return roleFromName(concept.text) !== undefined || (concept.coding ?? []).some((c) => roleFromName(c.display));
}

/**
 * The role `participant.role` states: our CodeSystem's code first; else the first text or
 * coding display (any system) that is one of a role's en/fi/sv names, as other systems write it
 * (`{ text: "koordinaattori" }`); else `undefined`.
 */
function roleIn(concepts: readonly CodeableConcept[] | undefined): TeamRole | undefined {
  const code = codeIn(concepts, TEAM_ROLE_SYSTEM);
  if (isOneOf<TeamRole>(TEAM_ROLES, code)) return code;
  for (const concept of concepts ?? []) {
    const named = roleFromName(concept.text) ?? concept.coding?.map((c) => roleFromName(c.display)).find(Boolean);
    if (named) return named;
  }
  return undefined;
}

/** A participant whose role states none of ours: the client, a close person, or a member. */
function defaultRole(
  holder: Found<MemberResource> | undefined,
  index: ResourceIndex,
  reference: string | undefined,
  clientKey: string,
): TeamRole {
  if (index.keyOf(reference) === clientKey) return 'client';
  if (holder?.resource.resourceType === 'RelatedPerson') return 'close-person';
  return 'member';
}

function readMeeting(
  comm: Communication,
  careTeamKey: string,
  members: readonly { id: string; key: string | undefined }[],
  index: ResourceIndex,
): Record<string, unknown> {
  const ids = new Set(members.map((m) => m.id));
  const participants: string[] = [];
  for (const recipient of comm.recipient ?? []) {
    const key = index.keyOf(recipient.reference);
    if (key === careTeamKey) continue;
    const id =
      recipient.id !== undefined && ids.has(recipient.id)
        ? recipient.id
        : members.find((m) => m.key !== undefined && m.key === key)?.id;
    if (id !== undefined && !participants.includes(id)) participants.push(id);
  }
  return {
    id: comm.identifier?.find((i) => i.system === MEETING_ID_SYSTEM)?.value ?? comm.id,
    date: comm.sent,
    participants,
    decisions: (comm.payload ?? []).flatMap((p) => (p.contentString === undefined ? [] : [p.contentString])),
  };
}

/** Two 32-bit FNV-1a hashes with different seeds: a 64-bit base-36 tag of a string. */
function hash(text: string): string {
  const fnv = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(36);
  };
  return `${fnv(0x811c9dc5)}${fnv(0x01000193)}`;
}

/**
 * Maps a CareTeam, the resources it points at (in `index`) and its meetings to a team.
 * @throws ValidationError when the CareTeam is malformed or what it holds does not fit the model.
 */
export function readTeamSnapshot(
  resource: AnyResource,
  index: ResourceIndex,
  communications: readonly AnyResource[],
): TeamSnapshot {
  const careTeam = checkShape(CareTeamSchema, resource, 'CareTeam');
  const clientKey = index.keyOf(careTeam.subject?.reference);
  if (!clientKey?.startsWith('Patient/')) {
    throw new ValidationError([{ path: 'CareTeam.subject', message: 'must refer to the client’s Patient' }]);
  }
  const orgs: OrganizationsSeen = { found: new Map(), unresolved: new Map() };
  const read = (careTeam.participant ?? []).map((p, i) => readMember(p, i, careTeam, clientKey, index, orgs));
  const careTeamKey = `CareTeam/${careTeam.id ?? ''}`;
  const memberKeys = read.map(({ member, source }) => ({
    id: String(member['id']),
    key: index.keyOf(source.participant.member?.reference),
  }));

  const meetings = new Map<string, Found<Communication>>();
  const meetingValues = communications
    .filter(isMeeting)
    .flatMap((c) => {
      const found = checked<Communication>(
        { resource: c, key: `Communication/${c.id ?? ''}`, version: c.meta?.versionId },
        CommunicationSchema,
      );
      // Only this team's meetings, whatever else a server answered the search with.
      if (!found?.resource.recipient?.some((r) => index.keyOf(r.reference) === careTeamKey)) return [];
      // A meeting the model cannot hold (no date) is left out, and left alone by writes.
      const meeting = v.safeParse(MeetingSchema, readMeeting(found.resource, careTeamKey, memberKeys, index));
      if (!meeting.success) return [];
      meetings.set(meeting.output.id, found);
      return [meeting.output];
    })
    .sort((a, b) => a.date.localeCompare(b.date));

  const plan = extensionsOf(careTeam.extension, EXT.plan)[0]?.valueReference?.reference;
  const status = careTeam.status ?? 'active';
  const team = parse(TeamSchema, {
    id: careTeam.id,
    clientId: clientKey.slice('Patient/'.length),
    ...(plan?.startsWith('CarePlan/') && { planId: plan.slice('CarePlan/'.length) }),
    status,
    members: read.map((r) => r.member),
    meetings: meetingValues,
  });

  const members = new Map(read.map(({ member, source }) => [String(member['id']), source]));
  const client = checked<Patient>(index.find(careTeam.subject?.reference), PatientSchema);
  // The version covers every resource the team was read from: a change to any of them is a
  // change to the team.
  const parts = [
    `${careTeamKey}@${careTeam.meta?.versionId ?? ''}`,
    client,
    ...[...members.values()].flatMap((s) => [
      s.holder ?? `${s.participant.member?.reference ?? ''}@missing`,
      s.practitioner,
    ]),
    ...orgs.found.values(),
    ...[...orgs.unresolved.keys()].map((id) => `${id}@missing`),
    ...meetings.values(),
  ]
    .map((f) => (typeof f === 'string' ? f : f && !f.key.startsWith('#') ? `${f.key}@${f.version ?? ''}` : ''))
    .filter((s) => s !== '')
    .sort();
  return {
    team,
    version: `${careTeam.meta?.versionId ?? '0'}.${hash(parts.join('|'))}`,
    careTeam,
    members,
    meetings,
    organizations: orgs.found,
    unresolvedOrganizations: orgs.unresolved,
    client,
  };
}

// =============================================================================================
// Writing
// =============================================================================================

/** One entry of a transaction Bundle. */
export interface TransactionEntry {
  readonly fullUrl?: string;
  readonly resource?: AnyResource;
  readonly request: {
    readonly method: 'POST' | 'PUT';
    readonly url: string;
    readonly ifMatch?: string;
  };
}

const weak = (version: string | undefined) => (version === undefined ? undefined : `W/"${version}"`);

class WritePlan {
  readonly entries: TransactionEntry[] = [];
  contained: AnyResource[];
  private readonly newOrgs = new Map<string, string>();
  private readonly planned = new Map<string, AnyResource>();

  constructor(
    readonly team: Team,
    readonly base: TeamSnapshot | undefined,
    readonly context: WriteContext,
  ) {
    this.contained = [...((base?.careTeam.contained ?? []) as AnyResource[])];
  }

  /**
   * Applies `change` to the resource `found` names and writes the result where the resource lives
   * if it differs: one PUT per resource, under If-Match on the version read. Two members may
   * share a resource (an Organization, a Practitioner): each one's change is taken against the
   * resource as read, element by element, so one member's unchanged view never reverts what
   * another member changed; two different changes to one element are refused. Returns how to
   * refer to the resource.
   */
  update<R extends AnyResource>(found: Found<R>, change: (read: R) => R): string {
    const read = found.resource as Record<string, unknown>;
    const mine = change(found.resource) as Record<string, unknown>;
    const planned = this.planned.get(found.key) as Record<string, unknown> | undefined;
    const next: Record<string, unknown> = { ...(planned ?? read) };
    for (const key of new Set([...Object.keys(read), ...Object.keys(mine)])) {
      if (sameJson(read[key], mine[key])) continue;
      if (planned && !sameJson(planned[key], read[key]) && !sameJson(planned[key], mine[key])) {
        throw new ValidationError([
          {
            path: 'members',
            message: `two members change ${found.key} (${key}) in different ways`,
            code: 'conflicting-edits',
          },
        ]);
      }
      next[key] = mine[key];
    }
    if (sameJson(planned ?? read, next)) return found.key;
    const written = compact(next) as AnyResource;
    this.planned.set(found.key, written);
    if (found.key.startsWith('#')) {
      this.contained = this.contained.map((r) => (`#${r.id ?? ''}` === found.key ? written : r));
      return found.key;
    }
    const entry: TransactionEntry = {
      resource: written,
      request: compact({ method: 'PUT' as const, url: found.key, ifMatch: weak(found.version) }),
    };
    const i = this.entries.findIndex((e) => e.request.method === 'PUT' && e.request.url === found.key);
    if (i >= 0) this.entries[i] = entry;
    else this.entries.push(entry);
    return found.key;
  }

  create(resource: AnyResource): string {
    const fullUrl = `urn:uuid:${uuid()}`;
    this.entries.push({ fullUrl, resource, request: { method: 'POST', url: resource.resourceType } });
    return fullUrl;
  }

  organization(org: OrganizationRef | undefined): Reference | undefined {
    if (!org) return undefined;
    // A reference that did not resolve is written back exactly as it was.
    const unresolved = this.base?.unresolvedOrganizations.get(org.id);
    if (unresolved) return unresolved;
    const found = this.base?.organizations.get(org.id) ?? this.context.organizations?.get(org.id);
    const display = org.name;
    if (found) return { reference: this.update(found, (current) => organizationResource(org, current)), display };
    let reference = this.newOrgs.get(org.id);
    if (reference === undefined) {
      // Not on the server (the caller looked it up): created under its own id, which for a SOTE
      // organisation is its OID, as HL7 Finland's examples do. A conditional create would also
      // do, but servers limit how many of those a transaction may hold.
      reference = `Organization/${org.id}`;
      const resource = { ...organizationResource(org, undefined), id: org.id };
      this.entries.push({ resource, request: { method: 'PUT', url: reference } });
      this.newOrgs.set(org.id, reference);
    }
    return { reference, display };
  }
}

function organizationResource(org: OrganizationRef, base: Organization | undefined): Organization {
  const hasOid = base ? soteOid(base) === org.id : false;
  const identifier =
    OID.test(org.id) && !hasOid
      ? [...(base?.identifier ?? []), { use: 'official', system: SOTE_ORGANIZATION_SYSTEM, value: `urn:oid:${org.id}` }]
      : base?.identifier;
  const type = withConcept(
    base?.type,
    PRODUCER_TYPE_SYSTEM,
    org.producerType && {
      coding: [{ system: PRODUCER_TYPE_SYSTEM, code: org.producerType, display: producerDisplay(org.producerType) }],
    },
  );
  return compact({
    ...base,
    resourceType: 'Organization' as const,
    identifier: nonEmpty(identifier),
    active: base ? base['active'] : true,
    name: org.name,
    type: nonEmpty(type),
  });
}

/** FHIR has no empty strings: an empty value is written as no value. */
const present = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;
const text = (value: string | undefined) => (present(value) === undefined ? undefined : [{ text: value }]);

function writeQualifications(quals: readonly string[] | undefined, base: Practitioner['qualification']) {
  const current = (base ?? []).map((q) => conceptText(q.code));
  if (sameJson(current, quals ?? [])) return base;
  return nonEmpty((quals ?? []).map((q) => base?.find((b) => conceptText(b.code) === q) ?? { code: { text: q } }));
}

/** Sets the first concept's text, keeping the others; unchanged when it already reads so. */
function replaceFirst(
  concepts: CodeableConcept[] | undefined,
  value: string | undefined,
): CodeableConcept[] | undefined {
  if (conceptText(concepts?.[0]) === present(value)) return concepts;
  return nonEmpty([...(text(value) ?? []), ...(concepts ?? []).slice(1)]);
}

/** The Practitioner behind a PractitionerRole holds the person: name and qualifications. */
function practitionerResource(m: TeamMember, base: Practitioner, keepName = false): Practitioner {
  return compact({
    ...base,
    name: keepName ? base.name : writeName(m.name, base.name),
    qualification: writeQualifications(m.qualifications, base.qualification),
  });
}

/**
 * The member's own resource, with the fields it holds set from `m`. `keepName`: the name was not
 * edited (it may have come from the reference's display, not from the resource), so it is not
 * written.
 */
function memberResource(
  kind: Kind,
  m: TeamMember,
  base: MemberResource,
  organization: Reference | undefined,
  keepName = false,
): MemberResource {
  switch (kind) {
    case 'Patient':
    case 'RelatedPerson':
    case 'Practitioner': {
      const person = base as Practitioner | RelatedPerson;
      return compact({
        ...person,
        name: keepName ? person.name : writeName(m.name, person.name),
        telecom: nonEmpty(writeContact(m.contact, person.telecom, kind === 'Practitioner' ? 'work' : 'home')),
        ...(kind === 'Practitioner' && {
          qualification: writeQualifications(m.qualifications, (person as Practitioner).qualification),
        }),
        ...(kind === 'RelatedPerson' && {
          relationship: replaceFirst((person as RelatedPerson).relationship, m.relationship),
        }),
      });
    }
    case 'PractitionerRole': {
      const role = base as PractitionerRole;
      return compact({
        ...role,
        code: replaceFirst(role.code, m.title),
        organization,
        telecom: nonEmpty(writeContact(m.contact, role.telecom, 'work')),
        availabilityExceptions: present(m.reachability),
      });
    }
    case 'Organization':
      return keepName ? base : { ...(base as Organization), name: m.name };
  }
}

function detailExtension(m: TeamMember, home: ReadonlySet<Field>, organization: Reference | undefined): Extension[] {
  const subs: Extension[] = [];
  const add = (url: string, key: string, value: unknown) => {
    if (value !== undefined && (typeof value !== 'string' || present(value) !== undefined))
      subs.push({ url, [key]: value });
  };
  if (!home.has('title')) add('title', 'valueString', m.title);
  if (!home.has('qualifications')) for (const q of m.qualifications ?? []) add('qualification', 'valueString', q);
  if (!home.has('relationship')) add('relationship', 'valueString', m.relationship);
  if (!home.has('reachability')) add('reachability', 'valueString', m.reachability);
  if (!home.has('organization')) add('organization', 'valueReference', organization);
  if (!home.has('contact')) for (const point of writeContact(m.contact, [])) add('contact', 'valueContactPoint', point);
  return subs.length > 0 ? [{ url: EXT.memberDetail, extension: subs }] : [];
}

const PARTICIPANT_EXTENSIONS = [EXT.serviceTask, EXT.responsibility, EXT.accessBasis, EXT.memberDetail];

function writeMember(plan: WritePlan, m: TeamMember): CareTeamParticipant {
  const { team, base } = plan;
  const source = base?.members.get(m.id);
  const isProfessional = !['client', 'close-person', 'support-person', 'legal-representative'].includes(m.role);
  const before = base?.team.members.find((b) => b.id === m.id);
  const written = plan.organization(m.organization);
  // An unchanged organisation keeps the very reference it had (relative or absolute, its display).
  const sameOrganization = before !== undefined && sameJson(before.organization, m.organization);
  const organization = (ref: Reference | undefined) => (sameOrganization ? ref : written);
  let holder = source?.holder;
  const practitioner = source?.practitioner;
  let reference = source?.participant.member?.reference;

  if (!source) {
    // A new member: the client is their Patient; a professional gets a Practitioner and a
    // PractitionerRole at their organisation; anyone else on the client's side a RelatedPerson.
    if (m.role === 'client') {
      holder = plan.context.client ?? base?.client;
      reference = holder?.key ?? `Patient/${team.clientId}`;
    } else if (isProfessional) {
      const personRef = plan.create(practitionerResource(m, { resourceType: 'Practitioner', active: true }));
      const role: PractitionerRole = {
        resourceType: 'PractitionerRole',
        active: true,
        practitioner: { reference: personRef, display: m.name },
      };
      reference = plan.create(memberResource('PractitionerRole', m, role, written));
    } else {
      const person: RelatedPerson = {
        resourceType: 'RelatedPerson',
        active: true,
        patient: { reference: `Patient/${team.clientId}` },
      };
      reference = plan.create(memberResource('RelatedPerson', m, person, undefined));
    }
  }

  const kind = holder?.resource.resourceType;
  const keepName = before?.name === m.name;
  const keepsOnBehalfOf = !holder && source?.participant.onBehalfOf !== undefined;
  const home =
    source || m.role === 'client'
      ? homes(kind, practitioner !== undefined, keepsOnBehalfOf)
      : newMemberHomes(isProfessional);
  if (holder && kind && kind !== 'Patient') {
    plan.update(holder, (read) =>
      memberResource(kind, m, read, organization((read as PractitionerRole).organization), keepName),
    );
  }
  if (practitioner) plan.update(practitioner, (read) => practitionerResource(m, read, keepName));

  const old = source?.participant;
  const extension = withExtensions(old?.extension, PARTICIPANT_EXTENSIONS, [
    ...(present(m.serviceTask) === undefined ? [] : [{ url: EXT.serviceTask, valueString: m.serviceTask }]),
    ...(m.responsibilities ?? []).flatMap((r) =>
      present(r) === undefined ? [] : [{ url: EXT.responsibility, valueString: r }],
    ),
    ...(m.accessBasis === undefined ? [] : [{ url: EXT.accessBasis, valueCode: m.accessBasis }]),
    ...detailExtension(m, home, organization(old && detail(old).organization[0])),
  ]);
  const roleCoding = { coding: [{ system: TEAM_ROLE_SYSTEM, code: m.role, display: roleDisplay(m.role) }] };
  // A role another system wrote as text is kept as it was while it still holds; once changed, our
  // coding goes first and concepts naming the old role by text or display go.
  const keepRole = old !== undefined && roleIn(old.role) === m.role;
  const otherRoles = old?.role?.filter((c) => !namesARole(c));
  return compact({
    ...old,
    id: m.id,
    extension,
    role: keepRole ? old.role : withConcept(otherRoles, TEAM_ROLE_SYSTEM, roleCoding),
    member: compact({ ...old?.member, reference, display: m.name }),
    onBehalfOf: kind === 'Practitioner' || keepsOnBehalfOf ? organization(old?.onBehalfOf) : undefined,
    period:
      m.period && (m.period.start ?? m.period.end) !== undefined
        ? old?.period && sameJson(old.period, m.period)
          ? old.period
          : { ...m.period }
        : undefined,
  });
}

/** What a new professional's or close person's resources hold (see `writeMember`). */
function newMemberHomes(isProfessional: boolean): ReadonlySet<Field> {
  return isProfessional ? homes('PractitionerRole', true) : homes('RelatedPerson', false);
}

function writeMeeting(
  plan: WritePlan,
  meeting: Team['meetings'][number],
  participants: ReadonlyMap<string, CareTeamParticipant>,
): void {
  const { team, base } = plan;
  const found = base?.meetings.get(meeting.id);
  const old = found?.resource;
  const teamRef = `CareTeam/${team.id}`;
  const ownRecipients = new Set([teamRef, ...[...participants.values()].flatMap((p) => p.member?.reference ?? [])]);
  const mapped = (r: Reference) =>
    (r.id !== undefined && participants.has(r.id)) || (r.reference !== undefined && ownRecipients.has(r.reference));
  const keepsId = old?.identifier?.some((i) => i.system === MEETING_ID_SYSTEM) || (old && old.id === meeting.id);
  const next: Communication = compact({
    ...old,
    resourceType: 'Communication' as const,
    identifier: keepsId
      ? old?.identifier
      : [...(old?.identifier ?? []), { system: MEETING_ID_SYSTEM, value: meeting.id }],
    status: old?.status ?? 'completed',
    category:
      old && codeIn(old.category, COMMUNICATION_CATEGORY_SYSTEM) === TEAM_MEETING_CODE
        ? old.category
        : [
            {
              coding: [
                {
                  system: COMMUNICATION_CATEGORY_SYSTEM,
                  code: TEAM_MEETING_CODE,
                  display: 'Multi-service team meeting',
                },
              ],
            },
          ],
    subject: old?.subject ?? { reference: `Patient/${team.clientId}` },
    sent: meeting.date,
    recipient: [
      { reference: teamRef },
      ...meeting.participants.map((id) => {
        const member = participants.get(id)?.member;
        // A contained member cannot be referred to from another resource: its name stands in.
        const reference = member?.reference?.startsWith('#') ? undefined : member?.reference;
        const same = old?.recipient?.find((r) => r.id === id && r.reference === reference);
        return same ?? compact({ id, reference, display: member?.display });
      }),
      ...(old?.recipient ?? []).filter((r) => !mapped(r)),
    ],
    payload: nonEmpty([
      ...meeting.decisions.flatMap((d) => (present(d) === undefined ? [] : [{ contentString: d }])),
      ...(old?.payload ?? []).filter((p) => p.contentString === undefined),
    ]),
  });
  if (found) plan.update(found, () => next);
  else plan.create(next);
}

/** What a write needs to know beyond the snapshot it started from. */
export interface WriteContext {
  /** The client's Patient, which a new team's client member refers to. */
  readonly client?: Found<Patient> | undefined;
  /** Organisations already on the server that the snapshot does not hold, by domain id. */
  readonly organizations?: ReadonlyMap<string, Found<Organization>> | undefined;
}

/**
 * The transaction entries that turn `base` (the snapshot the edit started from; `undefined`
 * when the team is new) into `team`. An empty list means there is nothing to write.
 * @throws ValidationError when an id cannot be a FHIR logical id.
 */
export function planTeamWrite(
  team: Team,
  base: TeamSnapshot | undefined,
  context: WriteContext = {},
): TransactionEntry[] {
  if (!FHIR_ID.test(team.id)) {
    throw new ValidationError([{ path: 'id', message: 'must be a FHIR id: up to 64 letters, digits, - and .' }]);
  }
  const notFhirIds = [
    ['clientId', team.clientId],
    ['planId', team.planId],
    ...team.members.map((m, i) => [`members.${String(i)}.organization.id`, m.organization?.id] as const),
  ].filter(([, id]) => id !== undefined && !FHIR_ID.test(id) && !base?.unresolvedOrganizations.has(id));
  if (notFhirIds.length > 0) {
    throw new ValidationError(
      notFhirIds.map(([path]) => ({
        path: path ?? '',
        message: 'must be a FHIR id: up to 64 letters, digits, - and .',
      })),
    );
  }
  const plan = new WritePlan(team, base, context);
  const participant = team.members.map((m) => writeMember(plan, m));
  const byId = new Map(participant.map((p) => [p.id ?? '', p]));
  for (const meeting of team.meetings) writeMeeting(plan, meeting, byId);
  for (const [id, found] of base?.meetings ?? []) {
    // A meeting taken off the team stays on record, marked as entered in error.
    if (!team.meetings.some((m) => m.id === id)) plan.update(found, (c) => ({ ...c, status: 'entered-in-error' }));
  }

  const old = base?.careTeam;
  const planExt =
    team.planId === undefined ? [] : [{ url: EXT.plan, valueReference: { reference: `CarePlan/${team.planId}` } }];
  const careTeam: CareTeam = compact({
    ...old,
    resourceType: 'CareTeam' as const,
    id: team.id,
    contained: nonEmpty(plan.contained),
    extension: withExtensions(old?.extension, [EXT.plan], planExt),
    status: team.status,
    subject:
      old && old.subject?.reference === `Patient/${team.clientId}`
        ? old.subject
        : { reference: `Patient/${team.clientId}` },
    participant: nonEmpty(participant),
  });
  if (base) {
    const key = `CareTeam/${team.id}`;
    plan.update({ resource: base.careTeam, key, version: base.careTeam.meta?.versionId }, () => careTeam);
    if (plan.entries.length > 0 && !plan.entries.some((e) => e.request.url === key)) {
      // The CareTeam goes in every save under If-Match, unchanged if need be: it is the team's
      // lock, so a save based on a stale team fails even when it touches only other resources.
      plan.entries.push({
        resource: base.careTeam,
        request: compact({ method: 'PUT' as const, url: key, ifMatch: weak(base.careTeam.meta?.versionId) }),
      });
    }
  } else {
    plan.entries.push({ resource: careTeam, request: { method: 'PUT', url: `CareTeam/${team.id}` } });
  }
  return plan.entries;
}
