/**
 * The FHIR consent store against a real FHIR server: what it writes (Consent + Provenance in one
 * transaction), that nothing is deleted, conflicts, and Consents other systems wrote.
 */
import { expect } from '@open-wc/testing';
import { ConflictError, ValidationError, type ConsentRecord, type Revocation, type Versioned } from '@saumaton/core';
import { conformanceException, conformancePermit, conformanceProhibition } from '@saumaton/core/conformance';
import { newTenant, type Tenant } from './server.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

interface SearchSet {
  readonly entry?: readonly { readonly resource: Record<string, unknown> }[];
}

async function provenancesOf(tenant: Tenant, consentId: string): Promise<Record<string, unknown>[]> {
  const { body } = await tenant.fhir('GET', `Provenance?target=Consent/${consentId}`);
  return ((body as SearchSet).entry ?? []).map((e) => e.resource);
}

const revocation: Revocation = {
  at: '2026-04-01',
  by: { kind: 'client' },
  method: 'written',
  reason: 'Muutin mieleni.',
  recordedBy: { organization: { id: '1.2.246.10.99999', name: 'Esimerkin hyvinvointialue' } },
};

describe('FhirConsentStore', () => {
  let tenant: Tenant;
  beforeEach(async () => {
    tenant = await newTenant();
  });

  it('records a consent with its Provenance in one transaction, under the id the server chose', async () => {
    const adapter = tenant.adapter();
    await tenant.clearLog();
    const saved = await adapter.recordConsent(conformancePermit);
    const writes = (await tenant.log()).filter((r) => r.method !== 'GET');
    expect(writes).to.have.length(1);
    expect(saved.value).to.deep.equal({ ...conformancePermit, id: saved.value.id });
    expect(saved.version).to.match(/^W\/".+"$/);
    const provenances = await provenancesOf(tenant, saved.value.id);
    expect(provenances).to.have.length(1);
    expect(provenances[0]?.['activity']).to.deep.include({
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'CREATE' }],
    });
    expect(await adapter.listConsents(conformancePermit.clientId)).to.deep.equal([saved]);
  });

  it('revokes by storing a new version with a Provenance: nothing is deleted, the history stays', async () => {
    const adapter = tenant.adapter();
    const saved = await adapter.recordConsent(conformancePermit);
    const revoked = await adapter.revokeConsent(saved.value.id, revocation, saved.version);
    expect(revoked.value).to.deep.include({ id: saved.value.id, status: 'revoked', revocation });
    expect(revoked.version).not.to.equal(saved.version);
    const { body } = await tenant.fhir('GET', `Consent/${saved.value.id}/_history`);
    expect((body as SearchSet).entry).to.have.length(2);
    const activities = (await provenancesOf(tenant, saved.value.id)).map(
      (p) => (p['activity'] as { coding: { code: string }[] }).coding[0]?.code,
    );
    expect(activities.sort()).to.deep.equal(['CREATE', 'UPDATE']);
    expect(await adapter.listConsents(conformancePermit.clientId)).to.deep.equal([revoked]);
  });

  it('answers a stale revocation with the current record, and a second one with the rule it breaks', async () => {
    const adapter = tenant.adapter();
    const saved = await adapter.recordConsent(conformanceProhibition);
    const first = await adapter.revokeConsent(saved.value.id, revocation, saved.version);
    const stale = await rejection(adapter.revokeConsent(saved.value.id, revocation, saved.version));
    expect(stale).to.be.instanceOf(ConflictError);
    expect((stale as ConflictError<ConsentRecord>).current).to.deep.equal(first);
    const again = await rejection(adapter.revokeConsent(saved.value.id, revocation, first.version));
    expect(again).to.be.instanceOf(ValidationError);
    expect((again as ValidationError).issues.map((i) => i.code)).to.include('already-revoked');
  });

  it('refuses a record that breaks a rule, writing nothing', async () => {
    const adapter = tenant.adapter();
    const uninformed = { ...conformancePermit, informing: undefined } as ConsentRecord;
    const error = await rejection(adapter.recordConsent(uninformed));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.code)).to.include('informing-required');
    expect(await adapter.listConsents(conformancePermit.clientId)).to.deep.equal([]);
  });

  it('lists only the client’s own records of these instruments, leaving other systems’ Consents out', async () => {
    const adapter = tenant.adapter();
    const mine = await adapter.recordConsent(conformancePermit);
    await adapter.recordConsent(conformanceException);
    const research = {
      resourceType: 'Consent',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'research' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
      patient: { reference: `Patient/${conformancePermit.clientId}` },
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    };
    expect((await tenant.fhir('POST', 'Consent', research)).status).to.equal(201);
    const listed = await adapter.listConsents(conformancePermit.clientId);
    expect(listed.map((r) => r.value.id)).to.deep.equal([mine.value.id]);
    expect(await adapter.listConsents('no-such-client')).to.deep.equal([]);
  });

  it('refuses to list a Consent of ours that no longer fits the model, naming it', async () => {
    const adapter = tenant.adapter();
    const saved = await adapter.recordConsent(conformancePermit);
    const { body } = await tenant.fhir('GET', `Consent/${saved.value.id}`);
    const broken = { ...(body as object), language: 'not a language!' };
    expect((await tenant.fhir('PUT', `Consent/${saved.value.id}`, broken)).status).to.equal(200);
    const error = await rejection(adapter.listConsents(conformancePermit.clientId));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).path).to.equal(`Consent/${saved.value.id}.formLanguage`);
  });

  it('tells the page’s other widgets of every new version of the client’s consents, subscribed before the store loads', async () => {
    const adapter = tenant.adapter();
    const heard: Versioned<ConsentRecord>[] = [];
    const stop = adapter.subscribe({ kind: 'consent', clientId: conformancePermit.clientId }, (r) => heard.push(r));
    const saved = await adapter.recordConsent(conformancePermit);
    await adapter.recordConsent(conformanceException);
    const revoked = await adapter.revokeConsent(saved.value.id, revocation, saved.version);
    stop();
    expect(heard).to.deep.equal([saved, revoked]);
  });
});
