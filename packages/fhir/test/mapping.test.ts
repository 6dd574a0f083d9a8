/**
 * The mapping as pure functions, in both directions, without a server: domain → FHIR → domain
 * is the identity, what FHIR holds beyond the domain survives a write, and the published FHIR
 * examples map or give a ValidationError, never anything else.
 */
import { expect } from '@open-wc/testing';
import { ValidationError, type Client, type Team } from '@saumaton/core';
import { conformanceClient, conformanceTeam } from '@saumaton/core/conformance';
import { exampleClient, exampleProtectedClient, exampleProtectedTeam, exampleTeam } from '@saumaton/core/examples';
import {
  COMMUNICATION_CATEGORY_SYSTEM,
  EXT,
  ResourceIndex,
  SECURITY_LABEL_SYSTEM,
  TEAM_ROLE_SYSTEM,
  clientToPatient,
  patientToClient,
  planTeamWrite,
  readTeamSnapshot,
  teamRoleCodeSystem,
  type TransactionEntry,
} from '@saumaton/fhir';

const BASE = 'https://fhir.example.fi/R4';

type Json = Record<string, unknown> & { resourceType: string; id?: string };

/**
 * Applies transaction entries the way a FHIR server does: POSTs get ids, `urn:uuid` references
 * point at them, every written resource gets a new version.
 */
function apply(entries: readonly TransactionEntry[], store: Map<string, Json>): void {
  const ids = new Map<string, string>();
  let next = store.size + 1;
  for (const e of entries) {
    if (e.request.method === 'POST' && e.fullUrl) ids.set(e.fullUrl, `${e.request.url}/gen-${String(next++)}`);
  }
  for (const e of entries) {
    let text = JSON.stringify(e.resource);
    for (const [urn, ref] of ids) text = text.replaceAll(`"${urn}"`, `"${ref}"`);
    const resource = JSON.parse(text) as Json;
    const key = e.request.method === 'POST' ? (ids.get(e.fullUrl ?? '') ?? '') : e.request.url;
    const old = store.get(key);
    const version = String(Number((old?.['meta'] as { versionId?: string } | undefined)?.versionId ?? 0) + 1);
    store.set(key, {
      ...resource,
      id: key.split('/')[1],
      meta: { ...(resource['meta'] as object), versionId: version },
    });
  }
}

function read(store: Map<string, Json>, teamId: string) {
  const index = new ResourceIndex(BASE);
  for (const r of store.values()) index.add(r);
  const meetings = [...store.values()].filter((r) => r.resourceType === 'Communication');
  const careTeam = store.get(`CareTeam/${teamId}`);
  if (!careTeam) throw new Error('no such team');
  return readTeamSnapshot(careTeam, index, meetings);
}

function patientStore(...clients: Client[]): Map<string, Json> {
  return new Map(clients.map((c) => [`Patient/${c.id}`, { ...clientToPatient(c), meta: { versionId: '1' } }]));
}

/** The write context of a new team: its client's Patient. */
function found(store: Map<string, Json>, clientId: string) {
  const resource = store.get(`Patient/${clientId}`);
  return { client: resource && { resource: resource as never, key: `Patient/${clientId}`, version: '1' } };
}

/** Removes `undefined` and sorts meetings by date, as a read returns them. */
function normal(team: Team): Team {
  return JSON.parse(
    JSON.stringify({ ...team, meetings: [...team.meetings].sort((a, b) => a.date.localeCompare(b.date)) }),
  ) as Team;
}

describe('Patient ↔ Client', () => {
  for (const client of [exampleClient, exampleProtectedClient, conformanceClient]) {
    it(`round-trips ${client.name}`, () => {
      expect(patientToClient(clientToPatient(client))).to.deep.equal(client);
    });
  }

  it('writes the identity code and turvakielto the way HL7 Finland profiles them', () => {
    const patient = clientToPatient(exampleProtectedClient);
    expect(patient.identifier?.[0]).to.deep.include({
      system: 'urn:oid:1.2.246.21',
      use: 'official',
      value: '030791-912X',
    });
    expect(patient.meta?.security).to.deep.equal([
      { system: SECURITY_LABEL_SYSTEM, code: 'TURVAKIELTO', display: 'Turvakielto' },
    ]);
    expect(patient.communication?.[0]).to.deep.equal({
      language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'sv' }] },
      preferred: true,
    });
  });

  it('reads the security label case-insensitively and the preferred language over the first', () => {
    const client = patientToClient({
      resourceType: 'Patient',
      id: 'p1',
      meta: { security: [{ system: SECURITY_LABEL_SYSTEM, code: 'turvakielto' }] },
      name: [
        { use: 'old', text: 'Vanha Nimi' },
        { family: 'Östman', given: ['Sanna', 'Maria'] },
      ],
      communication: [
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'fi' }] } },
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'sv' }] }, preferred: true },
      ],
    });
    expect(client).to.deep.equal({ id: 'p1', name: 'Sanna Maria Östman', languageOfService: 'sv', turvakielto: true });
  });

  it('keeps what the client does not hold when it writes onto an existing Patient', () => {
    const base = {
      ...clientToPatient(exampleClient),
      meta: {
        versionId: '4',
        security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }],
      },
      address: [{ city: 'Kokkola' }],
      extension: [
        {
          url: 'https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code',
          valueCoding: { code: '272' },
        },
      ],
    };
    const written = clientToPatient({ ...exampleClient, turvakielto: true, name: 'Aino Virtanen' }, base);
    expect(written['address']).to.deep.equal([{ city: 'Kokkola' }]);
    expect(written.extension).to.deep.equal(base.extension);
    expect(written.meta?.security?.map((s) => s.code)).to.deep.equal(['R', 'TURVAKIELTO']);
    expect(written.name?.[0]).to.deep.include({ text: 'Aino Virtanen', family: 'Virtanen', given: ['Aino'] });
    expect(patientToClient(clientToPatient({ ...exampleClient, turvakielto: false }, written)).turvakielto).to.equal(
      false,
    );
  });

  it('answers a malformed Patient with a ValidationError naming the path', () => {
    for (const bad of [
      { resourceType: 'Patient', id: 'x', name: 'not a list' },
      { resourceType: 'Practitioner', id: 'x' },
      null,
    ]) {
      expect(() => patientToClient(bad)).to.throw(ValidationError);
    }
    try {
      patientToClient({
        resourceType: 'Patient',
        id: 'x',
        name: [{ text: 'A' }],
        identifier: [{ system: 'urn:oid:1.2.246.21', value: 'nope' }],
      });
      expect.fail('a malformed identity code must not map');
    } catch (error) {
      expect((error as ValidationError).path).to.equal('identityCode');
    }
  });
});

describe('CareTeam ↔ Team', () => {
  for (const [team, client] of [
    [exampleTeam, exampleClient],
    [exampleProtectedTeam, exampleProtectedClient],
    [conformanceTeam, conformanceClient],
  ] as const) {
    it(`round-trips ${team.id}, and a second write of the same team changes nothing`, () => {
      const store = patientStore(client);
      apply(planTeamWrite(team, undefined, found(store, client.id)), store);
      const snapshot = read(store, team.id);
      expect(snapshot.team).to.deep.equal(normal(team));
      expect(planTeamWrite(snapshot.team, snapshot)).to.deep.equal([]);
    });
  }

  it('writes roles with the published CodeSystem, and professionals as PractitionerRoles at their organisation', () => {
    const store = patientStore(exampleClient);
    const entries = planTeamWrite(exampleTeam, undefined, found(store, exampleClient.id));
    const careTeam = entries.find((e) => e.resource?.resourceType === 'CareTeam')?.resource as Json;
    const leena = (careTeam['participant'] as Json[])[0] as unknown as {
      role: { coding: { system: string; code: string }[] }[];
      member: { reference: string };
      onBehalfOf?: unknown;
    };
    expect(leena.role[0]?.coding[0]).to.deep.include({ system: TEAM_ROLE_SYSTEM, code: 'coordinator' });
    expect(teamRoleCodeSystem.concept.map((c) => c.code)).to.include('coordinator');
    expect(leena.onBehalfOf, 'ctm-1: onBehalfOf only for a Practitioner').to.equal(undefined);
    const role = entries.find((e) => e.fullUrl === leena.member.reference)?.resource as Json;
    expect(role.resourceType).to.equal('PractitionerRole');
    expect(role['code']).to.deep.equal([{ text: 'Sosiaalityöntekijä' }]);
    const orgs = entries.filter((e) => e.resource?.resourceType === 'Organization');
    expect(orgs.length, 'one Organization per organisation, however many members it has').to.equal(4);
    expect(orgs[0]?.request.url).to.equal('Organization/1.2.246.10.99999999.10.0');
    expect((orgs[0]?.resource as Json)['identifier']).to.deep.equal([
      { use: 'official', system: 'urn:oid:1.2.246.537.6.202.2008', value: 'urn:oid:1.2.246.10.99999999.10.0' },
    ]);
    const meeting = entries.find((e) => e.resource?.resourceType === 'Communication')?.resource as Json;
    expect(JSON.stringify(meeting['category'])).to.contain(COMMUNICATION_CATEGORY_SYSTEM);
  });

  it('changes only what changed, each resource under If-Match on the version read', () => {
    const store = patientStore(exampleClient);
    apply(planTeamWrite(exampleTeam, undefined, found(store, exampleClient.id)), store);
    const snapshot = read(store, exampleTeam.id);
    const renamed: Team = {
      ...snapshot.team,
      members: snapshot.team.members.map((m) =>
        m.id === 'm-jari' ? { ...m, name: 'Jari Heikkilä', title: 'Sosionomi' } : m,
      ),
    };
    const entries = planTeamWrite(renamed, snapshot);
    expect(
      entries.map((e) => `${e.request.method} ${e.request.url.split('/')[0] ?? ''} ${e.request.ifMatch ?? ''}`).sort(),
    ).to.deep.equal(['PUT CareTeam W/"1"', 'PUT Practitioner W/"1"', 'PUT PractitionerRole W/"1"']);
    apply(entries, store);
    const after = read(store, exampleTeam.id);
    expect(after.team).to.deep.equal(normal(renamed));
    expect(after.version).not.to.equal(snapshot.version);
  });

  describe('roles another system wrote only as text', () => {
    /** The conformance team in the store, each participant's `role` replaced as `roles` says. */
    function withForeignRoles(roles: readonly (readonly unknown[] | undefined)[]) {
      const store = patientStore(conformanceClient);
      apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
      const careTeam = store.get(`CareTeam/${conformanceTeam.id}`) as Json;
      store.set(`CareTeam/${conformanceTeam.id}`, {
        ...careTeam,
        participant: (careTeam['participant'] as Json[]).map((p, i) => ({ ...p, role: roles[i] })),
      });
      return store;
    }
    const nurse = { system: 'http://snomed.info/sct', code: '224535009', display: 'Registered nurse' };

    for (const [coordinator, namedWorker] of [
      [{ text: 'koordinaattori' }, { text: 'omatyöntekijä' }],
      [{ text: ' Koordinator ' }, { text: 'EGEN KONTAKTPERSON' }],
      [
        { coding: [{ system: 'urn:oid:1.2.246.999.1', code: 'K1', display: 'Coordinator' }] },
        { coding: [nurse, { system: 'urn:oid:1.2.246.999.1', code: 'O7', display: 'Omatyöntekijä' }] },
      ],
    ]) {
      it(`reads ${JSON.stringify([coordinator, namedWorker])} as the coordinator and the named worker`, () => {
        const store = withForeignRoles([[coordinator], [namedWorker], [{ text: 'Asiakas' }]]);
        const { team } = read(store, conformanceTeam.id);
        expect(team.members.map((m) => m.role)).to.deep.equal(['coordinator', 'named-worker', 'client']);
      });
    }

    it('keeps today’s reading for a text or display that is no role’s name, and prefers our own code', () => {
      const store = withForeignRoles([
        [{ text: 'Sosiaalityöntekijä' }],
        [{ coding: [nurse] }],
        [{ text: 'läheinen' }, { coding: [{ system: TEAM_ROLE_SYSTEM, code: 'client' }] }],
      ]);
      const { team } = read(store, conformanceTeam.id);
      expect(team.members.map((m) => m.role)).to.deep.equal(['member', 'member', 'client']);
    });

    it('writes a role read from text back as it was, and a changed one with our code instead of the old name', () => {
      const store = withForeignRoles([[{ text: 'koordinaattori' }, { coding: [nurse] }], [{ text: 'omatyöntekijä' }]]);
      const snapshot = read(store, conformanceTeam.id);
      const changed: Team = {
        ...snapshot.team,
        members: snapshot.team.members.map((m) => (m.id === 'm-named-worker' ? { ...m, name: 'Mikko Laine' } : m)),
      };
      const first = planTeamWrite(changed, snapshot).find((e) => e.resource?.resourceType === 'CareTeam');
      const roles = ((first?.resource as Json)['participant'] as Json[]).map((p) => p['role']);
      expect(roles[0]).to.deep.equal([{ text: 'koordinaattori' }, { coding: [nurse] }]);
      expect(roles[1]).to.deep.equal([{ text: 'omatyöntekijä' }]);

      const demoted: Team = {
        ...snapshot.team,
        members: snapshot.team.members.map((m) =>
          m.id === 'm-coordinator'
            ? { ...m, role: 'member' }
            : m.id === 'm-named-worker'
              ? { ...m, role: 'coordinator' }
              : m,
        ),
      };
      const entries = planTeamWrite(demoted, snapshot);
      const careTeam = entries.find((e) => e.resource?.resourceType === 'CareTeam')?.resource as Json;
      const written = (careTeam['participant'] as Json[]).map((p) => p['role']);
      expect(written[0]).to.deep.equal([
        { coding: [{ system: TEAM_ROLE_SYSTEM, code: 'member', display: 'Team member' }] },
        { coding: [nurse] },
      ]);
      expect(written[1]).to.deep.equal([
        { coding: [{ system: TEAM_ROLE_SYSTEM, code: 'coordinator', display: 'Coordinator' }] },
      ]);
      apply(entries, store);
      expect(read(store, conformanceTeam.id).team.members.map((m) => m.role)).to.deep.equal([
        'member',
        'coordinator',
        'client',
      ]);
    });
  });

  it('keeps extensions and elements it does not know, and ignores them when reading', () => {
    const store = patientStore(conformanceClient);
    apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
    const careTeam = store.get(`CareTeam/${conformanceTeam.id}`) as Json;
    const unknown = { url: 'http://example.org/fhir/StructureDefinition/anything', valueBoolean: true };
    const participants = careTeam['participant'] as Json[];
    store.set(`CareTeam/${conformanceTeam.id}`, {
      ...careTeam,
      extension: [unknown],
      category: [{ text: 'Monialainen' }],
      participant: participants.map((p, i) =>
        i === 0 ? { ...p, extension: [...((p['extension'] as unknown[] | undefined) ?? []), unknown] } : p,
      ),
    });
    const snapshot = read(store, conformanceTeam.id);
    expect(snapshot.team).to.deep.equal(normal(conformanceTeam));
    const entries = planTeamWrite({ ...snapshot.team, status: 'suspended' }, snapshot);
    const written = entries.find((e) => e.resource?.resourceType === 'CareTeam')?.resource as Json;
    expect(written['extension']).to.deep.equal([unknown]);
    expect(written['category']).to.deep.equal([{ text: 'Monialainen' }]);
    expect(JSON.stringify((written['participant'] as Json[])[0])).to.contain('anything');
  });

  it('shows a member whose resource does not exist as unresolved, under the name the reference gave', () => {
    const store = patientStore(conformanceClient);
    apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
    const careTeam = store.get(`CareTeam/${conformanceTeam.id}`) as Json;
    const participants = careTeam['participant'] as Json[];
    store.set(`CareTeam/${conformanceTeam.id}`, {
      ...careTeam,
      participant: [
        ...participants,
        {
          id: 'gone',
          member: { reference: 'Practitioner/removed-long-ago', display: 'Kaisa Kuusela' },
          role: [{ text: 'adviser' }],
        },
        { member: { reference: 'https://elsewhere.example.org/fhir/Practitioner/1' } },
      ],
    });
    const { team } = read(store, conformanceTeam.id);
    const [gone, elsewhere] = team.members.slice(-2);
    expect(gone).to.deep.equal({ id: 'gone', name: 'Kaisa Kuusela', role: 'member', unresolved: true });
    expect(elsewhere).to.deep.include({ id: 'participant-5', unresolved: true, role: 'member' });
  });

  it('keeps fields the member’s resource has no element for in the member-detail extension', () => {
    const store = patientStore(exampleClient);
    const team: Team = {
      ...conformanceTeam,
      clientId: exampleClient.id,
      members: [
        // The client's name is the Patient's: the team never writes the client record.
        ...conformanceTeam.members.map((m) => (m.role === 'client' ? { ...m, name: exampleClient.name } : m)),
        {
          id: 'm-support',
          name: 'Pirjo Laine',
          role: 'support-person',
          title: 'Vapaaehtoinen',
          organization: {
            id: '1.2.246.10.99999999.50.1',
            name: 'Järvilaakson Mielenterveysseura ry',
            producerType: 'other-sector',
          },
          reachability: 'iltaisin',
          relationship: 'tukihenkilö',
        },
      ],
    };
    apply(planTeamWrite(team, undefined, found(store, exampleClient.id)), store);
    const careTeam = store.get(`CareTeam/${team.id}`) as Json;
    expect(JSON.stringify(careTeam)).to.contain(EXT.memberDetail);
    expect(read(store, team.id).team).to.deep.equal(normal(team));
  });

  it('leaves the Practitioner behind a role its own contact details, and writes a shared resource once', () => {
    const store = patientStore(exampleClient);
    apply(planTeamWrite(exampleTeam, undefined, found(store, exampleClient.id)), store);
    // The practitioner has a private number of their own, which the team never shows.
    const roleOf = (id: string) => {
      const careTeam = store.get(`CareTeam/${exampleTeam.id}`) as unknown as {
        participant: { id: string; member: { reference: string } }[];
      };
      return store.get(careTeam.participant.find((p) => p.id === id)?.member.reference ?? '') as Json & {
        practitioner: { reference: string };
      };
    };
    const leenaKey = roleOf('m-leena').practitioner.reference;
    const own = { system: 'phone', value: '+358 50 000 0000', use: 'home' };
    store.set(leenaKey, { ...(store.get(leenaKey) as Json), telecom: [own] });
    const snapshot = read(store, exampleTeam.id);
    const edited: Team = {
      ...snapshot.team,
      members: snapshot.team.members.map((m) =>
        // Two members at the county, and both their organisation entries renamed in one edit.
        m.organization?.id === '1.2.246.10.99999999.10.0'
          ? {
              ...m,
              contact: { phone: '+358 40 555 0999' },
              organization: { ...m.organization, name: 'Järvilaakson hyvinvointialue' },
            }
          : m,
      ),
    };
    const entries = planTeamWrite(edited, snapshot);
    const urls = entries.map((e) => e.request.url);
    expect(urls.filter((u) => u === 'Organization/1.2.246.10.99999999.10.0')).to.have.length(1);
    expect(new Set(urls).size, 'no resource is written twice in one transaction').to.equal(urls.length);
    expect(urls).not.to.include(leenaKey);
    apply(entries, store);
    expect((store.get(leenaKey) as Json)['telecom']).to.deep.equal([own]);
    expect(read(store, exampleTeam.id).team).to.deep.equal(normal(edited));
  });

  it('keeps a corrected (old) identity code and the languages the client speaks', () => {
    const base = {
      ...clientToPatient(exampleClient),
      identifier: [
        { system: 'urn:oid:1.2.246.21', use: 'official', value: '120488-9123' },
        { system: 'urn:oid:1.2.246.21', use: 'old', value: '120488-912U' },
      ],
      communication: [
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'fi' }] }, preferred: true },
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'sv' }], text: 'ruotsi' } },
      ],
    };
    const written = clientToPatient({ ...exampleClient, languageOfService: 'sv' }, base);
    expect(written.identifier).to.deep.equal(base.identifier);
    expect(written.communication).to.deep.equal([
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'sv' }], text: 'ruotsi' }, preferred: true },
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'fi' }] } },
    ]);
    expect(patientToClient(written)).to.deep.equal({ ...exampleClient, languageOfService: 'sv' });
  });

  it('writes no empty strings, which FHIR does not allow', () => {
    const team: Team = {
      ...conformanceTeam,
      members: conformanceTeam.members.map((m, i) => (i === 1 ? { ...m, serviceTask: '', responsibilities: [''] } : m)),
      meetings: [{ id: 'meeting-empty', date: '2026-03-01', participants: [], decisions: [''] }],
    };
    const entries = planTeamWrite(team, undefined);
    expect(JSON.stringify(entries)).not.to.match(/:""/);
  });

  it('never writes the client’s Patient, even when a new team names the client differently', () => {
    const store = patientStore(exampleClient);
    const patient = {
      ...(store.get(`Patient/${exampleClient.id}`) as Json),
      telecom: [{ system: 'phone', value: '+358 40 000 0000' }],
    };
    store.set(`Patient/${exampleClient.id}`, patient);
    const team: Team = {
      ...conformanceTeam,
      clientId: exampleClient.id,
      members: conformanceTeam.members.map((m) => (m.role === 'client' ? { ...m, name: 'Aino' } : m)),
    };
    const entries = planTeamWrite(team, undefined, found(store, exampleClient.id));
    expect(entries.map((e) => e.request.url)).not.to.include(`Patient/${exampleClient.id}`);
  });

  it('writes an unresolved organisation reference and an unresolved member’s onBehalfOf back as they were', () => {
    const store = patientStore(conformanceClient);
    apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
    // An unrelated local Organization/2 must not be taken for the missing one.
    store.set('Organization/2', { resourceType: 'Organization', id: '2', name: 'Acme', meta: { versionId: '1' } });
    const careTeam = store.get(`CareTeam/${conformanceTeam.id}`) as Json & { participant: Json[] };
    const gone = { reference: 'Organization/gone/_history/2', display: 'Vanha Oy' };
    store.set(`CareTeam/${conformanceTeam.id}`, {
      ...careTeam,
      participant: [
        ...careTeam.participant,
        {
          id: 'x',
          member: { reference: 'Practitioner/missing', display: 'Kaisa' },
          onBehalfOf: { reference: 'Organization/2' },
        },
        { id: 'y', member: { reference: 'Practitioner/also-missing', display: 'Olavi' }, onBehalfOf: gone },
      ],
    });
    const snapshot = read(store, conformanceTeam.id);
    expect(snapshot.team.members.find((m) => m.id === 'x')?.organization).to.deep.equal({ id: '2', name: 'Acme' });
    expect(snapshot.team.members.find((m) => m.id === 'y')?.organization?.name).to.equal('Vanha Oy');
    const entries = planTeamWrite({ ...snapshot.team, status: 'suspended' }, snapshot);
    expect(entries.map((e) => e.request.url)).to.deep.equal([`CareTeam/${conformanceTeam.id}`]);
    const written = entries[0]?.resource as Json & { participant: { id: string; onBehalfOf?: unknown }[] };
    expect(written.participant.find((p) => p.id === 'x')?.onBehalfOf).to.deep.include({ reference: 'Organization/2' });
    expect(written.participant.find((p) => p.id === 'y')?.onBehalfOf).to.deep.equal(gone);
  });

  it('keeps one member’s edit of a shared organisation that another member did not touch', () => {
    const store = patientStore(exampleClient);
    apply(planTeamWrite(exampleTeam, undefined, found(store, exampleClient.id)), store);
    const snapshot = read(store, exampleTeam.id);
    const renamed = { ...exampleTeam.members[0]!.organization!, name: 'Järvilaakson hyvinvointialue, sosiaalityö' };
    const edited: Team = {
      ...snapshot.team,
      members: snapshot.team.members.map((m) => (m.id === 'm-leena' ? { ...m, organization: renamed } : m)),
    };
    apply(planTeamWrite(edited, snapshot), store);
    const after = read(store, exampleTeam.id).team;
    expect(after.members.find((m) => m.id === 'm-leena')?.organization?.name).to.equal(renamed.name);
    // Jari works at the same organisation: he sees the new name too.
    expect(after.members.find((m) => m.id === 'm-jari')?.organization?.name).to.equal(renamed.name);
    // Two members renaming it differently in one save is refused, not decided by their order.
    const clash: Team = {
      ...snapshot.team,
      members: snapshot.team.members.map((m) =>
        m.id === 'm-leena'
          ? { ...m, organization: { ...renamed, name: 'Yksi nimi' } }
          : m.id === 'm-jari'
            ? { ...m, organization: { ...renamed, name: 'Toinen nimi' } }
            : m,
      ),
    };
    expect(() => planTeamWrite(clash, read(store, exampleTeam.id))).to.throw(ValidationError);
  });

  it('puts the CareTeam under If-Match in every save, so a stale save of a meeting alone fails', () => {
    const store = patientStore(conformanceClient);
    apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
    const snapshot = read(store, conformanceTeam.id);
    const withMeeting: Team = {
      ...snapshot.team,
      meetings: [
        ...snapshot.team.meetings,
        { id: 'meeting-2', date: '2026-03-03', participants: ['m-client'], decisions: ['Jatketaan'] },
      ],
    };
    const entries = planTeamWrite(withMeeting, snapshot);
    expect(entries.map((e) => `${e.request.method} ${e.request.url} ${e.request.ifMatch ?? ''}`)).to.deep.equal([
      'POST Communication ',
      `PUT CareTeam/${conformanceTeam.id} W/"1"`,
    ]);
  });

  it('renames to a single word without keeping the old given names', () => {
    const store = patientStore(conformanceClient);
    apply(planTeamWrite(conformanceTeam, undefined, found(store, conformanceClient.id)), store);
    const snapshot = read(store, conformanceTeam.id);
    const entries = planTeamWrite(
      {
        ...snapshot.team,
        members: snapshot.team.members.map((m) => (m.id === 'm-named-worker' ? { ...m, name: 'Madonna' } : m)),
      },
      snapshot,
    );
    const practitioner = entries.find((e) => e.resource?.resourceType === 'Practitioner')?.resource as Json & {
      name: Json[];
    };
    expect(practitioner.name[0]).to.deep.include({ text: 'Madonna', family: 'Madonna' });
    expect(practitioner.name[0]).not.to.have.property('given');
  });

  it('never mistakes a role’s own contained practitioner for one the CareTeam contains', () => {
    const index = new ResourceIndex(BASE);
    index.add({
      resourceType: 'PractitionerRole',
      id: 'r1',
      meta: { versionId: '1' },
      contained: [{ resourceType: 'Practitioner', id: 'p1', name: [{ text: 'Bob B' }] }],
      practitioner: { reference: '#p1' },
    });
    const careTeam = {
      resourceType: 'CareTeam',
      id: 't',
      meta: { versionId: '1' },
      status: 'active',
      subject: { reference: 'Patient/x' },
      contained: [{ resourceType: 'Practitioner', id: 'p1', name: [{ text: 'Anna A' }] }],
      participant: [
        { id: 'a', member: { reference: '#p1' } },
        { id: 'b', member: { reference: 'PractitionerRole/r1' } },
      ],
    };
    const snapshot = readTeamSnapshot(careTeam, index, []);
    expect(snapshot.team.members.map((m) => m.name)).to.deep.equal(['Anna A', 'Bob B']);
    const renamed = {
      ...snapshot.team,
      members: snapshot.team.members.map((m) => (m.id === 'b' ? { ...m, name: 'Bob Renamed' } : m)),
    };
    const written = planTeamWrite(renamed, snapshot).find((e) => e.request.url === 'CareTeam/t')?.resource;
    expect(JSON.stringify(written?.['contained'] ?? careTeam.contained))
      .to.contain('Anna A')
      .and.not.contain('Bob Renamed');
  });

  it('refuses ids that cannot be FHIR ids', () => {
    for (const id of ['tiimi ääkkösin', '.', '..']) {
      expect(() => planTeamWrite({ ...conformanceTeam, id }, undefined), id).to.throw(ValidationError);
    }
    const [first, ...rest] = conformanceTeam.members;
    const org = { id: 'Järvilaakso / sosiaalityö', name: 'Järvilaakso' };
    try {
      planTeamWrite({ ...conformanceTeam, members: [{ ...first!, organization: org }, ...rest] }, undefined);
      expect.fail('an organisation id FHIR cannot hold must not be written');
    } catch (error) {
      expect((error as ValidationError).path).to.equal('members.0.organization.id');
    }
  });
});

describe('the published FHIR R4 and HL7 Finland examples', () => {
  interface Manifest {
    readonly [folder: string]: readonly string[];
  }
  const root = new URL('./fixtures/', import.meta.url);
  let examples: Json[] = [];

  before(async () => {
    const manifest = (await (await fetch(new URL('manifest.json', root))).json()) as Manifest;
    const files = Object.entries(manifest).flatMap(([folder, names]) => names.map((n) => `${folder}/${n}`));
    examples = await Promise.all(files.map(async (f) => (await (await fetch(new URL(f, root))).json()) as Json));
    expect(examples.length).to.be.greaterThan(60);
  });

  it('every Patient maps to a client or gives a ValidationError', () => {
    let mapped = 0;
    for (const patient of examples.filter((r) => r.resourceType === 'Patient')) {
      try {
        const client = patientToClient(patient);
        expect(client.id).to.equal(patient.id);
        mapped++;
      } catch (error) {
        expect(error, `Patient/${String(patient.id)}`).to.be.instanceOf(ValidationError);
      }
    }
    expect(mapped).to.be.greaterThan(20);
  });

  it('HL7 Finland’s turvakielto example maps to a protected client with its identity code', () => {
    const patient = examples.find((r) => r.id === 'patient-with-turvakielto');
    expect(patientToClient(patient)).to.deep.equal({
      id: 'patient-with-turvakielto',
      name: 'Turva Henkilö',
      identityCode: '010190-999X',
      turvakielto: true,
    });
  });

  it('the CareTeam example maps with its contained practitioner and its organisation', () => {
    const index = new ResourceIndex('http://hl7.org/fhir');
    for (const r of examples) index.add(r);
    const careTeam = examples.find((r) => r.resourceType === 'CareTeam');
    const { team } = readTeamSnapshot(careTeam as Json, index, []);
    expect(team.id).to.equal('example');
    expect(team.clientId).to.equal('example');
    expect(team.members.map((m) => [m.name, m.role, m.organization?.name])).to.deep.equal([
      ['Peter James Chalmers', 'client', undefined],
      ['Dorothy Dietician', 'member', 'Burgers University Medical Center'],
    ]);
    expect(team.members[1]?.period).to.deep.equal({ end: '2013-01-01' });
  });

  it('every Practitioner, PractitionerRole, RelatedPerson and Organization example maps as a team member', () => {
    const index = new ResourceIndex('http://hl7.org/fhir');
    for (const r of examples) index.add(r);
    const kinds = ['Practitioner', 'PractitionerRole', 'RelatedPerson', 'Organization'];
    const people = examples.filter((r) => kinds.includes(r.resourceType));
    expect(people.length).to.be.greaterThan(30);
    let mapped = 0;
    for (const person of people) {
      const careTeam = {
        resourceType: 'CareTeam',
        id: 'examples',
        status: 'active',
        subject: { reference: 'Patient/example' },
        participant: [{ id: 'p', member: { reference: `${person.resourceType}/${String(person.id)}` } }],
      };
      try {
        const snapshot = readTeamSnapshot(careTeam, index, []);
        const member = snapshot.team.members[0];
        expect(member?.unresolved, `${person.resourceType}/${String(person.id)} resolves`).to.equal(undefined);
        expect(member?.name).to.be.a('string').and.not.equal('');
        // Read and written back unchanged, the person's own record is not written (the CareTeam
        // may gain our role coding and the member's display).
        const urls = planTeamWrite(snapshot.team, snapshot).map((e) => e.request.url);
        expect(
          urls.every((url) => url === 'CareTeam/examples'),
          urls.join(),
        ).to.equal(true);
        mapped++;
      } catch (error) {
        expect(error, `${person.resourceType}/${String(person.id)}: ${String(error)}`).to.be.instanceOf(
          ValidationError,
        );
      }
    }
    expect(mapped).to.be.greaterThan(25);
  });

  it('no Communication example is taken for a team meeting', () => {
    const index = new ResourceIndex('http://hl7.org/fhir');
    const careTeam = examples.find((r) => r.resourceType === 'CareTeam') as Json;
    const communications = examples.filter((r) => r.resourceType === 'Communication');
    expect(readTeamSnapshot(careTeam, index, communications).team.meetings).to.deep.equal([]);
  });

  it('every other example, given as a CareTeam, gives a ValidationError and nothing else', () => {
    for (const resource of examples.filter((r) => r.resourceType !== 'CareTeam')) {
      expect(() => readTeamSnapshot(resource, new ResourceIndex(BASE), []), resource.resourceType).to.throw(
        ValidationError,
      );
    }
  });
});
