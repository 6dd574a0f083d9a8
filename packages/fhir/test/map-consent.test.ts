import { expect } from '@open-wc/testing';
import {
  CASE_CONSENT_PURPOSES,
  CONSENT_INSTRUMENTS,
  PERMIT_SECTORS,
  ValidationError,
  type ConsentRecord,
} from '@saumaton/core';
import {
  conformanceConsents,
  conformanceException,
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
} from '@saumaton/core/conformance';
import {
  CASE_CONSENT_PURPOSE_SYSTEM,
  CONSENT_DETAIL_EXTENSION,
  CONSENT_KIND_SYSTEM,
  SOTE_CONSENT_PROFILE,
  consentToFhir,
  fhirToConsent,
  provenanceFor,
  type FhirConsent,
} from '../src/map-consent.js';
import {
  caseConsentPurposeCodeSystem,
  consentKindCodeSystem,
  consentSectorCodeSystem,
} from '@saumaton/fhir/code-systems';
import { newTenant } from './server.js';

const county = { id: '1.2.246.10.99999', name: 'Esimerkin hyvinvointialue' };
const worker = {
  organization: county,
  professional: { id: 'p-7', name: 'Leena Korhonen', title: 'sosiaalityöntekijä' },
};
const base = {
  id: 'c',
  clientId: 'client-1',
  basis: 'consent',
  actor: { kind: 'client', competence: 'adult' },
  method: 'written',
  recordedBy: worker,
  formLanguage: 'sv',
  validFrom: '2026-03-02',
  status: 'active',
  printoutRequested: false,
} as const;

/** One record of every shape the mapping treats on its own. */
const variants: readonly ConsentRecord[] = [
  ...conformanceConsents,
  {
    ...base,
    id: 'permit-health-to-social',
    instrument: 'disclosure-permit',
    sector: 'health-to-social',
    recipients: [
      { id: '1.2.246.10.99999.20.1', name: 'Sosiaalitoimi', producerType: 'own-production' },
      { id: 'hoivakoti-aurinko', name: 'Hoivakoti Aurinko', producerType: 'service-voucher' },
    ],
    purpose: 'Kotihoidon suunnittelu',
    informing: { date: '2026-03-01', channel: 'electronic' },
    dataClasses: [
      { code: 'a', system: 'urn:oid:1.2.246.537.6.1', display: 'Lääkitys' },
      { code: 'b' },
      { code: 'c', display: 'Diagnoosit' },
    ],
    end: '2027-03-01',
  },
  {
    ...base,
    id: 'permit-social',
    instrument: 'disclosure-permit',
    sector: 'social-care',
    recipients: [{ id: '1.2.246.10.99999.30.1', name: 'Perheneuvola' }],
    purpose: 'Perheen tukeminen',
    informing: { date: '2026-03-01', channel: 'telephone' },
  },
  {
    ...base,
    id: 'prohibition-service-task',
    instrument: 'disclosure-prohibition',
    sector: 'social-care',
    target: { kind: 'service-task', serviceTask: 'Lastensuojelu', organization: county },
    consequencesShown: 'Lastensuojelu ei näe näitä tietoja.',
  },
  {
    ...base,
    id: 'prohibition-document',
    instrument: 'disclosure-prohibition',
    sector: 'social-care',
    target: { kind: 'document', documentId: 'doc-42', title: 'Asiakaskertomus 3/2026' },
    consequencesShown: 'Asiakirjaa ei luovuteta.',
  },
  {
    ...base,
    id: 'prohibition-guardian',
    instrument: 'disclosure-prohibition',
    sector: 'social-care',
    actor: { kind: 'client', competence: 'mature-minor' },
    target: { kind: 'guardian', guardianName: 'Pekka Virtanen', weightyReason: 'Turvallisuus kotona' },
    consequencesShown: 'Huoltajasi ei näe näitä tietoja.',
  },
  {
    ...base,
    id: 'prohibition-register',
    instrument: 'disclosure-prohibition',
    sector: 'health-care',
    target: { kind: 'register', register: 'Työterveyshuollon rekisteri', organization: county },
    consequencesShown: 'Työterveyshuolto ei näe tietojasi.',
  },
  {
    ...base,
    id: 'case-other-refused',
    instrument: 'case-consent',
    purpose: { kind: 'other', text: 'Yhteydenotto kouluun' },
    decision: 'refused',
    actor: { kind: 'guardian', name: 'Maija Virtanen', competence: 'authority-verified' },
  },
  {
    ...base,
    id: 'case-contact-authority',
    instrument: 'case-consent',
    purpose: { kind: 'contact-authority', authority: { id: 'kela', name: 'Kela' } },
    decision: 'given',
    method: 'electronic',
    recordedBy: { organization: county },
  },
] as ConsentRecord[];

describe('consents as FHIR Consent resources', () => {
  it('reads back every kind of record exactly as it was written', () => {
    for (const record of variants) {
      expect(fhirToConsent(consentToFhir(record)), record.id).to.deep.equal(record);
    }
  });

  it('shapes a cross-sector permit after SoTeConsent: profile, direction, one nested provision', () => {
    const consent = consentToFhir(conformancePermit);
    expect(consent.meta?.profile).to.deep.equal([SOTE_CONSENT_PROFILE]);
    expect(consent.status).to.equal('active');
    expect(consent.category?.flatMap((c) => c.coding?.map((x) => x.code))).to.include.members([
      'disclosure-permit',
      'social-to-health',
      '59284-0',
    ]);
    expect(consent.provision?.type).to.equal('permit');
    expect(consent.provision?.actor).to.equal(undefined);
    const nested = consent.provision?.provision;
    expect(nested).to.have.length(1);
    expect(nested?.[0]?.type).to.equal('permit');
    expect(nested?.[0]?.actor?.map((a) => a.reference?.identifier?.value)).to.deep.equal([
      'urn:oid:1.2.246.10.99999.10.2',
    ]);
    expect(nested?.[0]?.class?.map((c) => c.code)).to.deep.equal([
      'sosiaalihuollon-palvelutarve',
      'asiakassuunnitelma',
    ]);
    expect(consent.patient).to.deep.equal({ reference: `Patient/${conformancePermit.clientId}` });
    expect(consent.language).to.equal('fi');
  });

  it('writes the other instruments as plain R4 Consents: deny for a prohibition and a refusal', () => {
    const prohibition = consentToFhir(conformanceProhibition);
    expect(prohibition.meta).to.equal(undefined);
    expect(prohibition.provision?.type).to.equal('deny');
    expect(prohibition.policyRule?.coding?.[0]?.code).to.equal('OPTOUT');
    const refused = consentToFhir(variants.find((v) => v.id === 'case-other-refused')!);
    expect(refused.provision?.type).to.equal('deny');
    expect(refused.provision?.purpose).to.deep.equal([{ system: CASE_CONSENT_PURPOSE_SYSTEM, code: 'other' }]);
    expect(refused.performer).to.deep.equal([{ display: 'Maija Virtanen' }]);
  });

  it('keeps the statutory exception apart: its own kind, the law as the rule, no performer', () => {
    const exception = consentToFhir(conformanceException);
    expect(exception.category?.[0]?.coding?.[0]).to.deep.equal({
      system: CONSENT_KIND_SYSTEM,
      code: 'statutory-exception',
    });
    expect(exception.policyRule?.text).to.equal('703/2023 §§ 53–55');
    expect(exception.performer).to.equal(undefined);
    expect(exception.meta).to.equal(undefined);
  });

  it('writes a revoked consent as inactive, with the revocation in its detail', () => {
    const revoked = consentToFhir(conformanceRevokedConsent);
    expect(revoked.status).to.equal('inactive');
    const detail = revoked.extension?.find((e) => e.url === CONSENT_DETAIL_EXTENSION);
    const urls = detail?.extension?.map((e) => e.url);
    expect(urls).to.include.members(['revokedAt', 'revokedByKind', 'revocationMethod', 'revocationReason']);
  });

  it('keeps what it does not write: narrative, identifiers, other extensions and profiles', () => {
    const foreign = {
      ...consentToFhir(conformancePermit),
      text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Lupa</div>' },
      identifier: [{ system: 'urn:example', value: '42' }],
      meta: { versionId: '3', profile: ['urn:example:profile'] },
      extension: [{ url: 'urn:example:ext', valueString: 'x' }],
    } as FhirConsent;
    const rewritten = consentToFhir({ ...conformancePermit, printoutRequested: false }, foreign);
    expect(rewritten['text']).to.deep.equal(foreign['text']);
    expect(rewritten['identifier']).to.deep.equal(foreign['identifier']);
    expect(rewritten.meta?.profile).to.deep.equal([SOTE_CONSENT_PROFILE, 'urn:example:profile']);
    expect(rewritten.extension?.map((e) => e.url)).to.deep.equal(['urn:example:ext', CONSENT_DETAIL_EXTENSION]);
    expect(fhirToConsent(rewritten)).to.deep.include({ printoutRequested: false });
  });

  it('refuses a Consent that names no kind, and one that breaks the model, with the path', () => {
    const untold = { ...consentToFhir(conformancePermit), category: [] } as FhirConsent;
    expect(() => fhirToConsent(untold)).to.throw(ValidationError, /consent kind/);
    const broken = { ...consentToFhir(conformanceProhibition), language: 'not a language!' } as FhirConsent;
    try {
      fhirToConsent(broken);
      expect.fail('a broken Consent must not read');
    } catch (error) {
      expect((error as ValidationError).path).to.equal('Consent/conformance-consent-prohibition.formLanguage');
    }
  });

  it('records who wrote it down in a Provenance: a professional for their organisation, or the client', () => {
    const byWorker = provenanceFor(conformancePermit, 'urn:uuid:1', 'CREATE', '2026-02-03T10:00:00Z');
    expect(byWorker.target).to.deep.equal([{ reference: 'urn:uuid:1' }]);
    expect(byWorker.activity?.coding[0]?.code).to.equal('CREATE');
    expect(byWorker.agent[0]?.who).to.deep.equal({ display: 'Leena Korhonen' });
    expect(byWorker.agent[0]?.onBehalfOf?.display).to.equal('Esimerkin hyvinvointialue');
    const selfService = variants.find((v) => v.id === 'case-contact-authority')!;
    const byClient = provenanceFor(selfService, 'Consent/x', 'CREATE', '2026-03-02T10:00:00Z');
    expect(byClient.agent[0]?.who).to.deep.equal({ reference: 'Patient/client-1' });
    expect(byClient.agent[0]?.onBehalfOf).to.equal(undefined);
    const revocation = provenanceFor(conformanceRevokedConsent, 'Consent/r', 'UPDATE', '2026-02-10T09:00:00Z');
    expect(revocation.activity?.coding[0]?.code).to.equal('UPDATE');
    expect(revocation.occurredDateTime).to.equal('2026-02-10');
    expect(revocation.reason).to.deep.equal([{ text: 'Verkostokartta on tehty.' }]);
  });

  it('every Consent and Provenance it writes passes the FHIR server’s validation, in one transaction each', async () => {
    const tenant = await newTenant();
    for (const record of variants) {
      const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
      const { id: _id, ...consent } = consentToFhir(record);
      const bundle = {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          { fullUrl, resource: consent, request: { method: 'POST', url: 'Consent' } },
          {
            resource: provenanceFor(record, fullUrl, 'CREATE', '2026-03-02T10:00:00Z'),
            request: { method: 'POST', url: 'Provenance' },
          },
        ],
      };
      const { status, body } = await tenant.fhir('POST', '', bundle);
      expect(status, `${record.id}: ${JSON.stringify(body)}`).to.equal(200);
    }
  });
});

describe('the consent CodeSystems the package publishes', () => {
  it('name every code the model has, in English, Finnish and Swedish, and pass the server’s validation', async () => {
    const codes = (system: { concept: readonly { code: string }[] }) => system.concept.map((c) => c.code);
    expect(codes(consentKindCodeSystem)).to.deep.equal([...CONSENT_INSTRUMENTS, 'statutory-exception']);
    expect(codes(consentSectorCodeSystem)).to.deep.equal([...PERMIT_SECTORS]);
    expect(codes(caseConsentPurposeCodeSystem)).to.deep.equal([...CASE_CONSENT_PURPOSES]);
    const tenant = await newTenant();
    for (const system of [consentKindCodeSystem, consentSectorCodeSystem, caseConsentPurposeCodeSystem]) {
      for (const concept of system.concept) {
        expect(
          concept.designation.map((d) => d.language),
          concept.code,
        ).to.deep.equal(['fi', 'sv']);
      }
      const { status, body } = await tenant.fhir('PUT', `CodeSystem/${system.id}`, system);
      expect(status, JSON.stringify(body)).to.be.oneOf([200, 201]);
    }
  });
});

describe('the published R4 Consent examples', () => {
  const root = new URL('./fixtures/hl7-r4/', import.meta.url);
  const names = ['basic', 'Emergency', 'notThem', 'pkb', 'signature', 'smartonfhir'].map(
    (n) => `Consent-consent-example-${n}.json`,
  );

  it('each gives a ValidationError saying which instrument cannot be told, never a wrong consent', async () => {
    for (const name of names) {
      const resource = (await (await fetch(new URL(name, root))).json()) as FhirConsent;
      expect(() => fhirToConsent(resource), name).to.throw(ValidationError, /which instrument it is cannot be told/);
    }
  });
});
