import { expect, waitUntil } from '@open-wc/testing';
import {
  IndexedDbAdapter,
  MemoryAdapter,
  seed,
  type Assessment,
  type ConsentRecord,
  type MeterReading,
  type Revocation,
  type Team,
  type Versioned,
} from '@saumaton/core';
import {
  conformanceAssessment,
  conformanceClient,
  conformanceCompletedAssessment,
  conformanceMeterId,
  conformanceMeterReadings,
  conformanceOtherTemplate,
  conformancePermit,
  conformanceTeam,
} from '@saumaton/core/conformance';

function renamed(team: Team, name: string): Team {
  return { ...team, members: team.members.map((m, i) => (i === 1 ? { ...m, name } : m)) };
}

describe('live updates (subscribe)', () => {
  it('MemoryAdapter tells subscribers of the team about every new version, by team or by client', async () => {
    const adapter = await MemoryAdapter.withData({ clients: [conformanceClient], teams: [conformanceTeam] });
    const byTeam: Versioned<Team>[] = [];
    const byClient: Versioned<Team>[] = [];
    const other: Versioned<Team>[] = [];
    const stop = adapter.subscribe({ kind: 'team', teamId: conformanceTeam.id }, (t) => byTeam.push(t));
    adapter.subscribe({ kind: 'team', clientId: conformanceClient.id }, (t) => byClient.push(t));
    adapter.subscribe({ kind: 'team', teamId: 'another-team' }, (t) => other.push(t));
    const base = await adapter.getTeam({ teamId: conformanceTeam.id });
    const saved = await adapter.saveTeam(renamed(base.value, 'Uusi Nimi'), base.version);
    expect(byTeam.map((t) => t.version)).to.deep.equal([saved.version]);
    expect(byClient.map((t) => t.value.members[1]!.name)).to.deep.equal(['Uusi Nimi']);
    expect(other).to.deep.equal([]);
    stop();
    await adapter.saveTeam(renamed(saved.value, 'Taas Uusi'), saved.version);
    expect(byTeam).to.have.length(1);
    expect(byClient).to.have.length(2);
  });

  it('IndexedDbAdapter hears what another instance (another tab) wrote', async () => {
    const name = `saumaton-subscribe-${Date.now()}`;
    const writer = new IndexedDbAdapter({ name });
    const reader = new IndexedDbAdapter({ name });
    try {
      await seed(writer, { clients: [conformanceClient], teams: [conformanceTeam] });
      const heard: Versioned<Team>[] = [];
      reader.subscribe({ kind: 'team', teamId: conformanceTeam.id }, (t) => heard.push(t));
      const base = await writer.getTeam({ teamId: conformanceTeam.id });
      const saved = await writer.saveTeam(renamed(base.value, 'Toisesta välilehdestä'), base.version);
      await waitUntil(
        () => heard.some((t) => t.version === saved.version),
        'the other instance never heard of the write',
      );
      expect(heard.find((t) => t.version === saved.version)!.value.members[1]!.name).to.equal('Toisesta välilehdestä');
    } finally {
      await reader.destroy();
      await writer.destroy();
    }
  });
});

describe('live updates of consents (subscribe)', () => {
  const revocation: Revocation = { at: '2026-04-01', by: { kind: 'client' }, method: 'electronic' };

  it('MemoryAdapter tells subscribers of a client about every consent recorded or revoked, and no other client', async () => {
    const adapter = await MemoryAdapter.withData({ consents: [conformancePermit] });
    const heard: Versioned<ConsentRecord>[] = [];
    const other: Versioned<ConsentRecord>[] = [];
    const stop = adapter.subscribe({ kind: 'consent', clientId: conformanceClient.id }, (r) => heard.push(r));
    adapter.subscribe({ kind: 'consent', clientId: 'another-client' }, (r) => other.push(r));
    // A team subscription hears nothing of consents.
    const teams: Versioned<Team>[] = [];
    adapter.subscribe({ kind: 'team', clientId: conformanceClient.id }, (t) => teams.push(t));
    const [base] = await adapter.listConsents(conformanceClient.id);
    const saved = await adapter.revokeConsent(conformancePermit.id, revocation, base!.version);
    expect(heard.map((r) => [r.value.id, r.value.status, r.version])).to.deep.equal([
      [conformancePermit.id, 'revoked', saved.version],
    ]);
    expect(other).to.deep.equal([]);
    expect(teams).to.deep.equal([]);
    stop();
    await adapter.recordConsent({ ...conformancePermit, id: 'second-permit' });
    expect(heard).to.have.length(1);
  });

  it('IndexedDbAdapter hears a consent another instance (another tab) revoked', async () => {
    const name = `saumaton-subscribe-consent-${Date.now()}`;
    const writer = new IndexedDbAdapter({ name });
    const reader = new IndexedDbAdapter({ name });
    try {
      await seed(writer, { consents: [conformancePermit] });
      const heard: Versioned<ConsentRecord>[] = [];
      reader.subscribe({ kind: 'consent', clientId: conformanceClient.id }, (r) => heard.push(r));
      const [base] = await writer.listConsents(conformanceClient.id);
      const saved = await writer.revokeConsent(conformancePermit.id, revocation, base!.version);
      await waitUntil(
        () => heard.some((r) => r.version === saved.version),
        'the other instance never heard of the revocation',
      );
      expect(heard.find((r) => r.version === saved.version)!.value.revocation).to.deep.equal(revocation);
    } finally {
      await reader.destroy();
      await writer.destroy();
    }
  });
});

describe('live updates of assessments (subscribe)', () => {
  /** The assessment with one more answer. */
  const answered = (assessment: Assessment, text: string): Assessment => ({
    ...assessment,
    answers: [...assessment.answers, { linkId: 'note', answer: [{ valueString: text }] }],
  });

  it('MemoryAdapter tells subscribers of an assessment about every version saved, and nothing of others', async () => {
    const adapter = await MemoryAdapter.withData({
      assessments: [conformanceAssessment, conformanceCompletedAssessment],
      consents: [conformancePermit],
    });
    const heard: Versioned<Assessment>[] = [];
    const other: Versioned<Assessment>[] = [];
    const stop = adapter.subscribe({ kind: 'assessment', assessmentId: conformanceAssessment.id }, (a) =>
      heard.push(a),
    );
    adapter.subscribe({ kind: 'assessment', assessmentId: conformanceCompletedAssessment.id }, (a) => other.push(a));
    // Neither a team nor a consent subscription hears of assessments.
    const unrelated: unknown[] = [];
    adapter.subscribe({ kind: 'team', clientId: conformanceClient.id }, (t) => unrelated.push(t));
    adapter.subscribe({ kind: 'consent', clientId: conformanceClient.id }, (r) => unrelated.push(r));
    const base = await adapter.getAssessment(conformanceAssessment.id);
    const first = await adapter.saveAssessment(answered(base.value, 'Yksi'), base.version);
    const second = await adapter.saveAssessment(answered(first.value, 'Kaksi'), first.version);
    expect(heard.map((a) => a.version)).to.deep.equal([first.version, second.version]);
    expect(heard[1]!.value).to.deep.equal(second.value);
    expect(other).to.deep.equal([]);
    expect(unrelated).to.deep.equal([]);
    stop();
    await adapter.saveAssessment(answered(second.value, 'Kolme'), second.version);
    expect(heard).to.have.length(2);
  });

  it('IndexedDbAdapter hears an assessment another instance (another tab) saved', async () => {
    const name = `saumaton-subscribe-assessment-${Date.now()}`;
    const writer = new IndexedDbAdapter({ name });
    const reader = new IndexedDbAdapter({ name });
    try {
      await seed(writer, { assessments: [conformanceAssessment] });
      const heard: Versioned<Assessment>[] = [];
      reader.subscribe({ kind: 'assessment', assessmentId: conformanceAssessment.id }, (a) => heard.push(a));
      const base = await writer.getAssessment(conformanceAssessment.id);
      const saved = await writer.saveAssessment(answered(base.value, 'Toisesta välilehdestä'), base.version);
      await waitUntil(
        () => heard.some((a) => a.version === saved.version),
        'the other instance never heard of the save',
      );
      expect(heard.find((a) => a.version === saved.version)!.value).to.deep.equal(saved.value);
    } finally {
      await reader.destroy();
      await writer.destroy();
    }
  });
});

describe('live updates of meter readings (subscribe)', () => {
  const reading = (id: string, clientId = conformanceClient.id, meterId = conformanceMeterId): MeterReading => ({
    ...conformanceMeterReadings[0]!,
    id,
    clientId,
    meter: { id: meterId },
    date: '2026-11-30',
  });

  it('MemoryAdapter tells subscribers of a client’s meter about each new reading, and nothing of others', async () => {
    const adapter = await MemoryAdapter.withData({
      clients: [conformanceClient],
      templates: [conformanceOtherTemplate],
      meterReadings: conformanceMeterReadings,
    });
    const heard: Versioned<MeterReading>[] = [];
    const stop = adapter.subscribe(
      { kind: 'meter', clientId: conformanceClient.id, meterId: conformanceMeterId },
      (r) => heard.push(r),
    );
    // Another client's, another meter's, an assessment's: none hears of it.
    const unrelated: unknown[] = [];
    adapter.subscribe({ kind: 'meter', clientId: 'someone-else', meterId: conformanceMeterId }, (r) =>
      unrelated.push(r),
    );
    adapter.subscribe({ kind: 'meter', clientId: conformanceClient.id, meterId: 'another-meter' }, (r) =>
      unrelated.push(r),
    );
    adapter.subscribe({ kind: 'assessment', assessmentId: 'reading-new' }, (a) => unrelated.push(a));
    const saved = await adapter.saveMeterReading(reading('reading-new'), null);
    expect(heard).to.deep.equal([saved]);
    expect(unrelated).to.deep.equal([]);
    stop();
    await adapter.saveMeterReading(reading('reading-newer'), null);
    expect(heard).to.have.length(1);
  });

  it('IndexedDbAdapter hears a reading another instance (another tab) saved', async () => {
    const name = `saumaton-subscribe-meter-${Date.now()}`;
    const writer = new IndexedDbAdapter({ name });
    const reader = new IndexedDbAdapter({ name });
    try {
      await seed(writer, { clients: [conformanceClient], templates: [conformanceOtherTemplate] });
      const heard: Versioned<MeterReading>[] = [];
      reader.subscribe({ kind: 'meter', clientId: conformanceClient.id, meterId: conformanceMeterId }, (r) =>
        heard.push(r),
      );
      const saved = await writer.saveMeterReading(reading('reading-from-another-tab'), null);
      await waitUntil(() => heard.some((r) => r.version === saved.version), 'the other instance never heard of it');
      expect(heard.find((r) => r.version === saved.version)!.value).to.deep.equal(saved.value);
    } finally {
      await reader.destroy();
      await writer.destroy();
    }
  });
});
