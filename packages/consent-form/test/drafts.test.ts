import { expect } from '@open-wc/testing';
import type { ConsentRecord } from '@saumaton/core';
import { exampleConsents } from '@saumaton/core/examples';
import {
  consentFromDraft,
  emptyConsentDraft,
  emptyRevocationDraft,
  knownOrganizations,
  revocationFromDraft,
  viewerOrganization,
} from '../src/drafts.js';

const county = {
  id: '1.2.246.10.99999999.10.0',
  name: 'Järvilaakson hyvinvointialue, aikuissosiaalityö',
  producerType: 'own-production' as const,
};
const viewer = { kind: 'professional' as const, organizationId: county.id };
const plan = exampleConsents.find((c) => c.id === 'consent-aino-plan')!;
const context = {
  id: 'consent-new',
  clientId: 'client-aino',
  viewer,
  organization: county,
  known: knownOrganizations(exampleConsents),
};
const blank = () => ({
  ...emptyConsentDraft(county, 'fi', 'Seuraukset kerrottiin.'),
  professionalName: 'Leena Korhonen',
});

describe('consent drafts', () => {
  it('finds the viewer’s organisation in the records, with its name', () => {
    expect(viewerOrganization(viewer, exampleConsents)).to.deep.equal(county);
    expect(viewerOrganization({ kind: 'professional' }, exampleConsents)).to.equal(undefined);
  });

  it('starts a revocation as given by whoever gave the consent; an exception is ended by a professional', () => {
    expect(emptyRevocationDraft(plan, county)).to.include({
      byKind: 'client',
      method: 'written',
      organizationName: county.name,
    });
    const exception = exampleConsents.find((c) => c.basis === 'statutory-exception')!;
    expect(emptyRevocationDraft(exception, county).byKind).to.equal('professional');
  });

  it('makes a revocation, and puts a broken rule at its field', () => {
    const draft = { ...emptyRevocationDraft(plan, county), at: '2026-03-01', reason: ' Ei enää. ' };
    const made = revocationFromDraft(draft, plan, viewer, county);
    expect(made).to.deep.equal({
      ok: true,
      value: {
        at: '2026-03-01',
        by: { kind: 'client' },
        method: 'written',
        reason: 'Ei enää.',
        recordedBy: { organization: county },
      },
    });
    const early = revocationFromDraft({ ...draft, at: '2026-01-01' }, plan, viewer, county);
    expect(!early.ok && early.errors.at?.code).to.equal('revocation-before-valid-from');
    const noDate = revocationFromDraft({ ...draft, at: '' }, plan, viewer, county);
    expect(!noDate.ok && noDate.errors.at?.code).to.equal('date-required');
  });

  it('keeps the instruments apart: a permit within a sector carries no kinds of information', () => {
    const made = consentFromDraft(
      'disclosure-permit',
      { ...blank(), purpose: 'Hoito', recipients: 'Uusi Oy', dataClasses: 'x' },
      context,
    );
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const permit = made.value as ConsentRecord & { dataClasses?: unknown };
    expect(permit.dataClasses).to.equal(undefined);
    expect(permit).not.to.have.property('target');
    expect(permit).not.to.have.property('decision');
  });

  it('gives a denial of consent the consequences shown, and refuses one aimed at the county’s own voucher producer', () => {
    const voucher = {
      id: '1.2.246.10.99999999.20.7',
      name: 'Kotiapu Lindqvist Oy',
      producerType: 'service-voucher' as const,
    };
    const known = new Map([[voucher.name, voucher]]);
    const made = consentFromDraft(
      'disclosure-prohibition',
      { ...blank(), targetName: voucher.name },
      { ...context, known },
    );
    expect(!made.ok && made.errors.targetName?.code).to.equal('prohibition-own-producer');
    const fine = consentFromDraft(
      'disclosure-prohibition',
      { ...blank(), targetName: 'Naapurin hyvinvointialue' },
      context,
    );
    expect(
      fine.ok &&
        fine.value.basis === 'consent' &&
        fine.value.instrument === 'disclosure-prohibition' &&
        fine.value.consequencesShown,
    ).to.equal('Seuraukset kerrottiin.');
  });

  it('asks for the weighty reason when a minor forbids sharing with the guardian', () => {
    const made = consentFromDraft(
      'disclosure-prohibition',
      { ...blank(), targetKind: 'guardian', competence: 'mature-minor' },
      context,
    );
    expect(!made.ok && made.errors.weightyReason?.code).to.equal('weighty-reason-required');
  });

  it('names the representative, and needs an organisation for who recorded it', () => {
    const made = consentFromDraft(
      'case-consent',
      { ...blank(), actorKind: 'guardian', competence: 'authority-verified', organizationName: '' },
      context,
    );
    expect(!made.ok && made.errors.actorName?.code).to.equal('representative-name-required');
    expect(!made.ok && made.errors.organizationName?.code).to.equal('organization-required');
  });
});
