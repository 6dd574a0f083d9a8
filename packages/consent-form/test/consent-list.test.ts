import { expect } from '@open-wc/testing';
import { ConflictError, MemoryAdapter, ValidationError, type ConsentRecord, type Versioned } from '@saumaton/core';
import { exampleConsents } from '@saumaton/core/examples';
import {
  groupRecords,
  listVersion,
  parseList,
  versionedList,
  withRecord,
  type ConsentList,
} from '../src/consent-list.js';
import { changesBetween, checkList, recordEdit, revokeEdit, writeList } from '../src/list-edits.js';

const aino = exampleConsents.filter((c) => c.clientId === 'client-aino');
const versioned = (records: readonly ConsentRecord[], version = '1'): Versioned<ConsentRecord>[] =>
  records.map((value) => ({ value, version }));
const list = (records = aino): ConsentList => ({ clientId: 'client-aino', records: versioned(records) });
const revocation = { at: '2026-03-01', by: { kind: 'client' as const }, method: 'written' as const };

describe('the consent list', () => {
  it('has a version made of its records’ versions, whatever their order', () => {
    const records = versioned(aino);
    expect(listVersion(records)).to.equal(listVersion([...records].reverse()));
    expect(listVersion(records)).not.to.equal(listVersion([{ ...records[0]!, version: '2' }, ...records.slice(1)]));
    expect(listVersion([])).to.equal('empty');
  });

  it('refuses a record of another client, and a list that is not one', () => {
    expect(() => versionedList('client-sanna', versioned(aino))).to.throw(ValidationError);
    expect(() => parseList({ value: { clientId: 'x' }, version: '1' })).to.throw(ValidationError);
    expect(parseList({ value: list(), version: 'ignored' }).version).to.equal(listVersion(versioned(aino)));
  });

  it('takes in a new version of a record in place of the old one', () => {
    const next = withRecord(list(), {
      value: { ...aino[0]!, status: 'revoked', revocation },
      version: '2',
    });
    expect(next.value.records).to.have.length(aino.length);
    expect(next.value.records.find((r) => r.value.id === aino[0]!.id)!.version).to.equal('2');
  });

  it('sees new records and revocations, with the version each revokes', () => {
    const base = list();
    const fresh = { ...aino[2]!, id: 'consent-new' };
    const next = revokeEdit(aino[0]!.id, revocation, 'revoke').apply(recordEdit(fresh, 'record').apply(base));
    const changes = changesBetween(base, next);
    expect(changes.recorded.map((r) => r.id)).to.deep.equal(['consent-new']);
    expect(changes.revoked).to.deep.equal([{ id: aino[0]!.id, revocation, ifMatch: '1' }]);
  });

  it('refuses, with the rule’s code, to revoke a consent already revoked', () => {
    const edit = revokeEdit('consent-aino-network', revocation, 'revoke');
    try {
      edit.apply(list());
      expect.fail('applied');
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.code)).to.include('already-revoked');
    }
  });

  it('checks a new record against every consent rule before it is sent', () => {
    const noInforming = { ...aino[0]!, id: 'consent-new', informing: undefined } as ConsentRecord;
    const issues = checkList(list(), recordEdit(noInforming, 'record').apply(list()));
    expect(issues.map((i) => i.code)).to.deep.equal(['informing-required']);
  });

  it('groups by instrument, those in force first, and keeps statutory exceptions apart', () => {
    const groups = groupRecords(exampleConsents);
    expect(groups.byInstrument['case-consent'].map((r) => r.id)).to.deep.equal([
      'consent-aino-plan',
      'consent-aino-network',
    ]);
    expect(groups.exceptions.map((r) => r.id)).to.deep.equal(['exception-sanna']);
  });

  it('writes the changes and reads the list back; a stale revocation is a conflict without a value', async () => {
    const adapter = await MemoryAdapter.withData({ consents: aino });
    const base = versionedList('client-aino', await adapter.listConsents('client-aino')).value;
    const next = revokeEdit('consent-aino-plan', revocation, 'revoke').apply(base);
    let written: unknown;
    const saved = await writeList(adapter, base, next, new AbortController().signal, (w) => (written = w));
    expect(saved.value.records.find((r) => r.value.id === 'consent-aino-plan')!.value.status).to.equal('revoked');
    expect((written as { revoked: unknown[] }).revoked).to.have.length(1);
    const stale = revokeEdit('consent-aino-permit', revocation, 'revoke').apply(base);
    await adapter.revokeConsent(
      'consent-aino-permit',
      revocation,
      base.records.find((r) => r.value.id === 'consent-aino-permit')!.version,
    );
    try {
      await writeList(adapter, base, stale, new AbortController().signal, () => undefined);
      expect.fail('wrote');
    } catch (error) {
      expect(error).to.be.instanceOf(ConflictError);
      expect((error as ConflictError).current).to.equal(undefined);
    }
  });
});
