import { expect } from '@open-wc/testing';
import { INDEXEDDB_VERSION, IndexedDbAdapter } from '@saumaton/core';
import {
  conformanceAssessment,
  conformanceClient,
  conformanceMeterId,
  conformanceMeterReadings,
  conformancePermit,
  conformancePlan,
  conformanceTeam,
  conformanceTemplate,
} from '@saumaton/core/conformance';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** A record as the adapter stores it. */
const row = (id: string, version: string, value: unknown, clientId = conformanceClient.id) => ({
  id,
  clientId,
  version,
  value,
});

/** Every object store of the current schema version. */
const ALL_STORES = [
  'assessmentVersions',
  'assessments',
  'clients',
  'consents',
  'meterReadings',
  'planPartVersions',
  'planParts',
  'planVersions',
  'plans',
  'teams',
  'templates',
];

/** The database's version and object stores, as the next connection finds them. */
async function schemaOf(name: string): Promise<{ version: number; stores: string[] }> {
  const db = await request(indexedDB.open(name));
  const schema = { version: db.version, stores: [...db.objectStoreNames].sort() };
  db.close();
  return schema;
}

/** A database as an earlier version of the library left it: these stores, holding these records. */
async function oldDatabase(name: string, version: number, rows: Record<string, ReturnType<typeof row>>): Promise<void> {
  const stores = Object.keys(rows);
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => {
    for (const store of stores) {
      open.result.createObjectStore(store, { keyPath: 'id' }).createIndex('clientId', 'clientId');
    }
  };
  const db = await request(open);
  const tx = db.transaction(stores, 'readwrite');
  for (const [store, record] of Object.entries(rows)) tx.objectStore(store).put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
  });
  db.close();
}

/** Version 1 of the library: clients and teams, no consents. */
const versionOneDatabase = (name: string) =>
  oldDatabase(name, 1, {
    clients: row(conformanceClient.id, '2', conformanceClient),
    teams: row(conformanceTeam.id, '7', conformanceTeam),
  });

/** Version 3: clients, teams, consents and templates, no assessments. */
const versionThreeDatabase = (name: string) =>
  oldDatabase(name, 3, {
    clients: row(conformanceClient.id, '2', conformanceClient),
    teams: row(conformanceTeam.id, '7', conformanceTeam),
    consents: row(conformancePermit.id, '3', conformancePermit),
    templates: row(conformanceTemplate.id, '4', conformanceTemplate, ''),
  });

/** Version 4: everything up to assessments, their versions and meter readings; no plans. */
const versionFourDatabase = (name: string) =>
  oldDatabase(name, 4, {
    clients: row(conformanceClient.id, '2', conformanceClient),
    teams: row(conformanceTeam.id, '7', conformanceTeam),
    consents: row(conformancePermit.id, '3', conformancePermit),
    templates: row(conformanceTemplate.id, '4', conformanceTemplate, ''),
    assessments: row(conformanceAssessment.id, '5', conformanceAssessment),
    assessmentVersions: row(`${conformanceAssessment.id}@5`, '5', conformanceAssessment, conformanceAssessment.id),
    meterReadings: row(conformanceMeterReadings[0]!.id, '6', conformanceMeterReadings[0]),
  });

/** Version 2: clients, teams and consents, no templates. */
const versionTwoDatabase = (name: string) =>
  oldDatabase(name, 2, {
    clients: row(conformanceClient.id, '2', conformanceClient),
    teams: row(conformanceTeam.id, '7', conformanceTeam),
    consents: row(conformancePermit.id, '3', conformancePermit),
  });

describe('IndexedDbAdapter schema upgrade', () => {
  it('adds the plan stores to a version-4 database and keeps every record it held, versions and all', async () => {
    const name = `saumaton-upgrade-4-${Date.now()}`;
    await versionFourDatabase(name);
    const adapter = new IndexedDbAdapter({ name });
    try {
      expect(await adapter.getClient(conformanceClient.id)).to.deep.equal({ value: conformanceClient, version: '2' });
      expect(await adapter.getTeam({ teamId: conformanceTeam.id })).to.deep.equal({
        value: conformanceTeam,
        version: '7',
      });
      expect(await adapter.listConsents(conformanceClient.id)).to.deep.equal([
        { value: conformancePermit, version: '3' },
      ]);
      expect(await adapter.getTemplate(conformanceTemplate.id)).to.deep.equal({
        value: conformanceTemplate,
        version: '4',
      });
      expect(await adapter.listAssessmentVersions(conformanceAssessment.id)).to.deep.equal([
        { value: conformanceAssessment, version: '5' },
      ]);
      const [reading] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      expect(reading).to.deep.equal({ value: conformanceMeterReadings[0], version: '6' });
      const imported = await adapter.importPlan(conformancePlan);
      expect(await adapter.getPlan({ clientId: conformanceClient.id })).to.deep.equal(imported);
      expect(imported.value).to.deep.equal(conformancePlan);
      await adapter.close();
      expect(await schemaOf(name)).to.deep.equal({ version: INDEXEDDB_VERSION, stores: ALL_STORES });
      expect(INDEXEDDB_VERSION).to.equal(5);
    } finally {
      await adapter.destroy();
    }
  });

  it('adds the assessment, version and meter-reading stores to a version-3 database and keeps everything it held', async () => {
    const name = `saumaton-upgrade-3-${Date.now()}`;
    await versionThreeDatabase(name);
    const adapter = new IndexedDbAdapter({ name });
    try {
      expect(await adapter.getClient(conformanceClient.id)).to.deep.equal({ value: conformanceClient, version: '2' });
      expect(await adapter.getTeam({ teamId: conformanceTeam.id })).to.deep.equal({
        value: conformanceTeam,
        version: '7',
      });
      expect(await adapter.listConsents(conformanceClient.id)).to.deep.equal([
        { value: conformancePermit, version: '3' },
      ]);
      expect(await adapter.getTemplate(conformanceTemplate.id)).to.deep.equal({
        value: conformanceTemplate,
        version: '4',
      });
      expect(await adapter.listAssessments(conformanceClient.id)).to.deep.equal([]);
      const created = await adapter.saveAssessment(conformanceAssessment, null);
      expect(await adapter.listAssessmentVersions(conformanceAssessment.id)).to.deep.equal([created]);
      const reading = conformanceMeterReadings[0]!;
      const saved = await adapter.saveMeterReading(reading, null);
      expect(await adapter.listMeterReadings(reading.clientId, conformanceMeterId)).to.deep.equal([saved]);
      await adapter.close();
      expect(await schemaOf(name)).to.deep.equal({ version: INDEXEDDB_VERSION, stores: ALL_STORES });
    } finally {
      await adapter.destroy();
    }
  });

  it('adds the template store (and later ones) to a version-2 database and keeps its clients, teams and consents as they were', async () => {
    const name = `saumaton-upgrade-2-${Date.now()}`;
    await versionTwoDatabase(name);
    const adapter = new IndexedDbAdapter({ name });
    try {
      expect(await adapter.getClient(conformanceClient.id)).to.deep.equal({ value: conformanceClient, version: '2' });
      expect(await adapter.getTeam({ teamId: conformanceTeam.id })).to.deep.equal({
        value: conformanceTeam,
        version: '7',
      });
      expect(await adapter.listConsents(conformanceClient.id)).to.deep.equal([
        { value: conformancePermit, version: '3' },
      ]);
      const saved = await adapter.saveTemplate(conformanceTemplate, null);
      expect(await adapter.getTemplate(conformanceTemplate.id)).to.deep.equal(saved);
      await adapter.close();
      expect(await schemaOf(name)).to.deep.equal({ version: INDEXEDDB_VERSION, stores: ALL_STORES });
    } finally {
      await adapter.destroy();
    }
  });

  it('adds the consent store (and later ones) to a version-1 database and keeps its clients and teams as they were', async () => {
    const name = `saumaton-upgrade-${Date.now()}`;
    await versionOneDatabase(name);
    const adapter = new IndexedDbAdapter({ name });
    try {
      const team = await adapter.getTeam({ clientId: conformanceClient.id });
      expect(team).to.deep.equal({ value: conformanceTeam, version: '7' });
      expect(await adapter.getClient(conformanceClient.id)).to.deep.equal({ value: conformanceClient, version: '2' });
      expect(await adapter.listConsents(conformanceClient.id)).to.deep.equal([]);
      const recorded = await adapter.recordConsent(conformancePermit);
      expect((await adapter.listConsents(conformanceClient.id)).map((r) => r.version)).to.deep.equal([
        recorded.version,
      ]);
      await adapter.close();
      expect(await schemaOf(name)).to.deep.equal({ version: INDEXEDDB_VERSION, stores: ALL_STORES });
    } finally {
      await adapter.destroy();
    }
  });
});
