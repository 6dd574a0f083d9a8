/**
 * `ConsentStore` over FHIR `Consent`, each write a `transaction` with its `Provenance`
 * (map-consent.ts has the mapping).
 *
 * The adapter loads this module only when one of its consent methods is first called, so a page
 * that embeds only the roster never downloads it.
 */
import {
  AdapterError,
  ConflictError,
  ConsentListeners,
  ConsentRecordSchema,
  NotFoundError,
  RevocationSchema,
  assertNoIssues,
  checkNewConsent,
  checkRevocation,
  parse,
  applyRevocation,
  throwIfAborted,
  type CallOptions,
  type ConsentRecord,
  type ConsentStore,
  type Revocation,
  type Versioned,
} from '@saumaton/core';
import { FHIR_ID } from './datatypes.js';
import { errorForStatus, isVersionConflict, type FhirHttp } from './http.js';
import { CONSENT_KIND_SYSTEM, consentToFhir, fhirToConsent, provenanceFor, type FhirConsent } from './map-consent.js';
import { nextPage, readBack, readResource, search } from './read.js';
import type { AnyResource, Bundle } from './resources.js';

const weak = (version: string | undefined) => `W/"${version ?? ''}"`;

/** True for a Consent written as one of ours (it names a Saumaton kind). */
function isOurs(resource: AnyResource): boolean {
  const categories = (resource as FhirConsent).category ?? [];
  return categories.some((c) => c.coding?.some((coding) => coding.system === CONSENT_KIND_SYSTEM));
}

export class FhirConsentStore implements ConsentStore {
  /**
   * `listeners`: who hears of a consent this store records or revokes. The adapter passes its
   * own, made before this module is loaded, so a widget subscribed before the first consent call
   * still hears of the writes.
   */
  constructor(
    private readonly http: FhirHttp,
    readonly listeners: ConsentListeners = new ConsentListeners(),
  ) {}

  /**
   * Every Consent of the client that is one of ours, in as many pages as the server gives.
   * Consents other systems wrote for other purposes (a research or treatment consent, which name
   * no Saumaton kind) are not consents of these three instruments and are left out; one of ours
   * that no longer fits the model fails the read with a `ValidationError`, never silently.
   */
  async listConsents(clientId: string, opts: CallOptions = {}): Promise<readonly Versioned<ConsentRecord>[]> {
    if (!FHIR_ID.test(clientId)) return [];
    const out: Versioned<ConsentRecord>[] = [];
    let page: string | undefined = `Consent?patient=Patient/${clientId}&_count=1000`;
    while (page) {
      const bundle = await search(this.http, page, opts.signal);
      for (const entry of bundle.entry ?? []) {
        const resource = entry.resource;
        if (resource?.resourceType !== 'Consent' || !isOurs(resource)) continue;
        if ((resource as FhirConsent).patient?.reference !== `Patient/${clientId}`) continue;
        out.push({ value: fhirToConsent(resource as FhirConsent), version: weak(resource.meta?.versionId) });
      }
      page = nextPage(bundle, this.http.baseUrl);
    }
    return out;
  }

  /** One consent record as stored, with its version. */
  private async read(consentId: string, signal: AbortSignal | undefined) {
    const { resource, version } = await readResource(this.http, 'Consent', consentId, 'Consent', signal);
    if (!isOurs(resource)) throw new NotFoundError('Consent', consentId);
    const consent = resource as FhirConsent;
    return { consent, record: { value: fhirToConsent(consent), version: weak(version) } };
  }

  /**
   * Creates the Consent and its Provenance in one transaction. The server chooses the id
   * (`POST`), so an id can never be taken; the record returned carries the server's id.
   */
  async recordConsent(consent: ConsentRecord, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>> {
    const value = parse(ConsentRecordSchema, consent);
    assertNoIssues(checkNewConsent(value));
    throwIfAborted(opts.signal);
    const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
    const { id: _ignored, ...resource } = consentToFhir(value);
    // Sent without the signal: once on the wire, its answer is always seen (see FhirHttp.write).
    const res = await this.http.write(
      'POST',
      '',
      {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          { fullUrl, resource, request: { method: 'POST', url: 'Consent' } },
          {
            resource: provenanceFor(value, fullUrl, 'CREATE', new Date().toISOString()),
            request: { method: 'POST', url: 'Provenance' },
          },
        ],
      },
      undefined,
    );
    const id = this.createdId(res.status, res.body);
    const saved = await readBack(async () => (await this.read(id, undefined)).record);
    this.listeners.notify(saved);
    return saved;
  }

  /** The id the server gave the Consent of a create transaction. */
  private createdId(status: number, body: unknown): string {
    const error = errorForStatus(status, body, 'Recording the consent');
    if (error) throw error;
    const entries = (body as Bundle | undefined)?.entry ?? [];
    const consent = entries
      .map(
        (e) => e.response?.location ?? (e.resource?.resourceType === 'Consent' ? `Consent/${e.resource.id ?? ''}` : ''),
      )
      .find((location) => location.startsWith('Consent/'));
    const id = consent?.split('/')[1];
    if (status >= 300 || !id) throw new AdapterError(`Recording the consent answered HTTP ${String(status)}`);
    return id;
  }

  /**
   * Stores the revoked version under `If-Match`, with a Provenance for who revoked it, in one
   * transaction: the server keeps every earlier version in its history.
   */
  async revokeConsent(
    consentId: string,
    revocation: Revocation,
    ifMatch: string,
    opts: CallOptions = {},
  ): Promise<Versioned<ConsentRecord>> {
    const change = parse(RevocationSchema, revocation);
    const { consent, record } = await this.read(consentId, opts.signal);
    if (record.version !== ifMatch) throw new ConflictError<ConsentRecord>(record);
    assertNoIssues(checkRevocation(record.value, change));
    const next = applyRevocation(record.value, change);
    throwIfAborted(opts.signal);
    const res = await this.http.write(
      'POST',
      '',
      {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            resource: consentToFhir(next, consent),
            request: { method: 'PUT', url: `Consent/${consentId}`, ifMatch },
          },
          {
            resource: provenanceFor(next, `Consent/${consentId}`, 'UPDATE', new Date().toISOString()),
            request: { method: 'POST', url: 'Provenance' },
          },
        ],
      },
      undefined,
    );
    if (isVersionConflict(res.status, res.body)) {
      throw new ConflictError<ConsentRecord>((await this.read(consentId, undefined)).record);
    }
    const error = errorForStatus(res.status, res.body, `Revoking Consent/${consentId}`);
    if (error) throw error;
    if (res.status >= 300) throw new AdapterError(`Revoking Consent/${consentId} answered HTTP ${String(res.status)}`);
    const saved = await readBack(async () => (await this.read(consentId, undefined)).record);
    this.listeners.notify(saved);
    return saved;
  }
}
