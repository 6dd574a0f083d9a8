import { expect } from '@open-wc/testing';
import { ConsentRecordSchema, MemoryAdapter, checkConsentRules, consentHistory, parse } from '@saumaton/core';
import { exampleClient, exampleConsents, exampleData, largeExampleConsents } from '@saumaton/core/examples';

describe('example consents', () => {
  it('fit the model and keep every consent rule', () => {
    for (const record of [...exampleConsents, ...largeExampleConsents(30)]) {
      expect(parse(ConsentRecordSchema, record), record.id).to.deep.equal(record);
      expect(checkConsentRules(record), record.id).to.deep.equal([]);
    }
  });

  it('give the example client every instrument, one consent withdrawn with its history', async () => {
    const adapter = await MemoryAdapter.withData(exampleData);
    const listed = await adapter.listConsents(exampleClient.id);
    const own = exampleConsents.filter((c) => c.clientId === exampleClient.id);
    expect(listed.map((r) => r.value.id).sort()).to.deep.equal(own.map((c) => c.id).sort());
    const instruments = new Set(listed.map((r) => (r.value.basis === 'consent' ? r.value.instrument : r.value.basis)));
    expect([...instruments].sort()).to.deep.equal(['case-consent', 'disclosure-permit', 'disclosure-prohibition']);
    const withdrawn = listed.filter((r) => r.value.status === 'revoked');
    expect(withdrawn).to.have.length(1);
    expect(consentHistory(withdrawn[0]!.value).map((e) => e.action)).to.deep.equal(['recorded', 'revoked']);
  });

  it('make benchmark data with a third of the consents revoked', () => {
    const many = largeExampleConsents(99);
    expect(many).to.have.length(99);
    expect(many.filter((c) => c.status === 'revoked')).to.have.length(33);
    expect(new Set(many.map((c) => c.id)).size).to.equal(99);
  });
});
