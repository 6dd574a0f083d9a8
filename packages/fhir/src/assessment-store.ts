/**
 * `AssessmentStore` over FHIR: templates are `Questionnaire`s, assessments
 * `QuestionnaireResponse`s (every version kept by the server's history), meter readings
 * `Observation`s (map-assessment.ts has the mapping).
 *
 * The adapter loads this module only when one of its assessment methods is first called, so a
 * page that embeds only the roster never downloads it.
 */
import {
  AdapterError,
  AssessmentListeners,
  AssessmentSchema,
  AssessmentTemplateSchema,
  ConflictError,
  MeterReadingSchema,
  NotFoundError,
  ValidationError,
  assertNoIssues,
  assessmentsNewestFirst,
  checkAssessment,
  checkAssessmentTransition,
  checkMeterReading,
  parse,
  readingsByDate,
  throwIfAborted,
  type Assessment,
  type AssessmentStore,
  type AssessmentTemplate,
  type CallOptions,
  type MeterReading,
  type Versioned,
} from '@saumaton/core';
import { FHIR_ID, checkShape } from './datatypes.js';
import { errorForStatus, isVersionConflict, versionFromEtag, type FhirHttp } from './http.js';
import {
  assessmentToFhir,
  fhirToAssessment,
  fhirToMeterReading,
  isAssessmentResponse,
  isReadingOf,
  meterReadingToFhir,
  splitCanonical,
  type FhirObservation,
  type FhirQuestionnaireResponse,
} from './map-assessment.js';
import { nextPage, readResource, resourcesOf, search } from './read.js';
import { AnyResourceSchema, BundleSchema, type AnyResource } from './resources.js';

const weak = (version: string | undefined) => `W/"${version ?? ''}"`;

/** A value for a token search: FHIR's search escapes for `\`, `,`, `|` and `$`. */
const token = (value: string) => encodeURIComponent(value.replace(/[\\,|$]/g, (c) => `\\${c}`));

/** The Patient id a `subject` names (relative, absolute or versioned). */
function subjectId(resource: AnyResource): string | undefined {
  const reference = (resource['subject'] as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string') return undefined;
  return /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(reference)?.[1];
}

/** The template as published: the server's bookkeeping (`meta.versionId`, `lastUpdated`) is the version, not the template. */
function templateOf(resource: AnyResource): AssessmentTemplate {
  const { meta, ...rest } = resource as AnyResource & { meta?: Record<string, unknown> };
  const { versionId: _v, lastUpdated: _l, ...ownMeta } = meta ?? {};
  const value = Object.keys(ownMeta).length > 0 ? { ...rest, meta: ownMeta } : rest;
  return checkShape(AssessmentTemplateSchema, value, 'Questionnaire');
}

/** Ids in FHIR: a value the server cannot hold is refused before anything is sent. */
function assertFhirIds(ids: Record<string, string>): void {
  const issues = Object.entries(ids)
    .filter(([, id]) => !FHIR_ID.test(id))
    .map(([path]) => ({ path, message: 'must be a FHIR id (up to 64 of A-Za-z0-9-.)' }));
  if (issues.length > 0) throw new ValidationError(issues);
}

export class FhirAssessmentStore implements AssessmentStore {
  constructor(
    private readonly http: FhirHttp,
    readonly listeners: AssessmentListeners = new AssessmentListeners(),
  ) {}

  // -------------------------------------------------------------------------------------------
  // Templates
  // -------------------------------------------------------------------------------------------

  /**
   * `Questionnaire/<id>`; a canonical `url` or `url|version` is looked up with
   * `Questionnaire?url=…&version=…` (the active one first, then the one updated last).
   */
  async getTemplate(templateId: string, opts: CallOptions = {}): Promise<Versioned<AssessmentTemplate>> {
    if (FHIR_ID.test(templateId)) {
      const { resource, version } = await readResource(this.http, 'Questionnaire', templateId, 'Template', opts.signal);
      return { value: templateOf(resource), version: weak(version) };
    }
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(templateId)) throw new NotFoundError('Template', templateId);
    const { url, version } = splitCanonical(templateId);
    const query = `Questionnaire?url=${encodeURIComponent(url)}${version === undefined ? '' : `&version=${token(version)}`}&_count=100`;
    const found = resourcesOf(await search(this.http, query, opts.signal)).filter(
      (r) =>
        r.resourceType === 'Questionnaire' && r['url'] === url && (version === undefined || r['version'] === version),
    );
    const rank = (r: AnyResource) => (r['status'] === 'active' ? 1 : 0);
    const updated = (r: AnyResource) => (r.meta as { lastUpdated?: string } | undefined)?.lastUpdated ?? '';
    const best = found.sort((a, b) => rank(b) - rank(a) || updated(b).localeCompare(updated(a)))[0];
    if (!best) throw new NotFoundError('Template', templateId);
    return { value: templateOf(best), version: weak(best.meta?.versionId) };
  }

  // -------------------------------------------------------------------------------------------
  // Assessments
  // -------------------------------------------------------------------------------------------

  /**
   * One search, `QuestionnaireResponse?subject=Patient/<id>`. Responses that are no assessment of
   * ours (without `assessment-initiation`: another system's questionnaire) and ones
   * `entered-in-error` are left out.
   */
  async listAssessments(clientId: string, opts: CallOptions = {}): Promise<readonly Versioned<Assessment>[]> {
    if (!FHIR_ID.test(clientId)) return [];
    const out: Versioned<Assessment>[] = [];
    for (const resource of await this.searchAll(
      `QuestionnaireResponse?subject=Patient/${clientId}&_count=1000`,
      opts.signal,
    )) {
      const response = resource as FhirQuestionnaireResponse;
      if (resource.resourceType !== 'QuestionnaireResponse' || subjectId(resource) !== clientId) continue;
      if (!isAssessmentResponse(response) || response.status === 'entered-in-error') continue;
      out.push({ value: fhirToAssessment(response), version: weak(resource.meta?.versionId) });
    }
    return out.sort(assessmentsNewestFirst);
  }

  async getAssessment(assessmentId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>> {
    const current = await this.readResponse(assessmentId, opts.signal);
    if (!current) throw new NotFoundError('Assessment', assessmentId);
    return current.record;
  }

  /** The response as stored and the assessment it holds; `undefined` when there is none (or it was entered in error). */
  private async readResponse(
    id: string,
    signal: AbortSignal | undefined,
  ): Promise<{ resource: FhirQuestionnaireResponse; record: Versioned<Assessment> } | undefined> {
    let read;
    try {
      read = await readResource(this.http, 'QuestionnaireResponse', id, 'Assessment', signal);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
    const resource = read.resource as FhirQuestionnaireResponse;
    if (resource.status === 'entered-in-error') return undefined;
    return { resource, record: { value: fhirToAssessment(resource), version: weak(read.version) } };
  }

  /**
   * Checks the assessment (schema, rules, the change of status from the stored version), then
   * `PUT QuestionnaireResponse/<id>`: under `If-Match` for an update; for a create, after
   * reading that the id is free (the server must allow update as create).
   */
  async saveAssessment(
    assessment: Assessment,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<Assessment>> {
    const value = parse(AssessmentSchema, assessment);
    assertFhirIds({ id: value.id, clientId: value.clientId });
    throwIfAborted(opts.signal);
    const current = await this.readResponse(value.id, opts.signal).catch((error: unknown) => {
      // A response at that id that is no assessment of ours is still a taken id.
      if (error instanceof ValidationError && ifMatch === null) return 'taken' as const;
      throw error;
    });
    if (ifMatch === null) {
      if (current === 'taken') throw new ConflictError<Assessment>(undefined);
      if (current) throw new ConflictError<Assessment>(current.record);
    } else {
      if (!current || current === 'taken') throw new NotFoundError('Assessment', value.id);
      if (current.record.version !== ifMatch) throw new ConflictError<Assessment>(current.record);
    }
    const base = current;
    assertNoIssues([...checkAssessment(value), ...checkAssessmentTransition(base?.record.value, value)]);
    const resource = assessmentToFhir(value, base?.resource);
    throwIfAborted(opts.signal);
    // Sent without the signal: once on the wire, its answer is always seen (see FhirHttp.write).
    const res = await this.http.write('PUT', `QuestionnaireResponse/${value.id}`, resource, ifMatch ?? undefined);
    if (isVersionConflict(res.status, res.body)) {
      throw new ConflictError<Assessment>(await this.getAssessment(value.id).catch(() => undefined));
    }
    failIfError(res.status, res.body, `Writing QuestionnaireResponse/${value.id}`);
    const version = versionFromEtag(res.etag) ?? (res.body as AnyResource | undefined)?.meta?.versionId;
    const saved =
      res.body === undefined || version === undefined
        ? await this.getAssessment(value.id)
        : { value: fhirToAssessment(res.body as FhirQuestionnaireResponse), version: weak(version) };
    this.listeners.notify(saved);
    return saved;
  }

  /** `QuestionnaireResponse/<id>/_history`, oldest first (a server lists it newest first). */
  async listAssessmentVersions(
    assessmentId: string,
    opts: CallOptions = {},
  ): Promise<readonly Versioned<Assessment>[]> {
    if (!FHIR_ID.test(assessmentId)) throw new NotFoundError('Assessment', assessmentId);
    let page: string | undefined = `QuestionnaireResponse/${assessmentId}/_history?_count=1000`;
    const versions: AnyResource[] = [];
    while (page) {
      const res = await this.http.get(page, opts.signal);
      if (res.status === 404 || res.status === 410) throw new NotFoundError('Assessment', assessmentId);
      failIfError(res.status, res.body, `Reading the history of QuestionnaireResponse/${assessmentId}`);
      const bundle = checkShape(BundleSchema, res.body, 'Bundle');
      versions.push(...resourcesOf(bundle));
      page = nextPage(bundle, this.http.baseUrl);
    }
    const mine = versions
      .map((r) => checkShape(AnyResourceSchema, r, 'QuestionnaireResponse'))
      .filter((r) => r.resourceType === 'QuestionnaireResponse' && r.id === assessmentId)
      .reverse();
    if (mine.length === 0 || mine.at(-1)?.['status'] === 'entered-in-error') {
      throw new NotFoundError('Assessment', assessmentId);
    }
    return mine.map((r) => ({
      value: fhirToAssessment(r as FhirQuestionnaireResponse),
      version: weak(r.meta?.versionId),
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Meter readings
  // -------------------------------------------------------------------------------------------

  /** One search, `Observation?subject=Patient/<id>&code=<meter id>`, sorted by day. */
  async listMeterReadings(
    clientId: string,
    meterId: string,
    opts: CallOptions = {},
  ): Promise<readonly Versioned<MeterReading>[]> {
    if (!FHIR_ID.test(clientId)) return [];
    const found = await this.searchAll(
      `Observation?subject=Patient/${clientId}&code=${token(meterId)}&_count=1000`,
      opts.signal,
    );
    return found
      .filter((r) => r.resourceType === 'Observation' && subjectId(r) === clientId)
      .filter((r) => isReadingOf(r as FhirObservation, meterId))
      .map((r) => ({ value: fhirToMeterReading(r as FhirObservation, meterId), version: weak(r.meta?.versionId) }))
      .sort(readingsByDate);
  }

  /** `PUT Observation/<id>`: under `If-Match` for an update; for a create, after reading that the id is free. */
  async saveMeterReading(
    reading: MeterReading,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<MeterReading>> {
    const value = parse(MeterReadingSchema, reading);
    assertNoIssues(checkMeterReading(value, null));
    assertFhirIds({
      id: value.id,
      clientId: value.clientId,
      ...(value.assessmentId !== undefined && { assessmentId: value.assessmentId }),
    });
    throwIfAborted(opts.signal);
    const current = await this.readObservation(value.id, opts.signal);
    if (ifMatch === null) {
      if (current) throw new ConflictError<MeterReading>(current.record);
    } else {
      if (!current) throw new NotFoundError('MeterReading', value.id);
      if (current.record?.version !== ifMatch) throw new ConflictError<MeterReading>(current.record);
    }
    const resource = meterReadingToFhir(value, current?.resource);
    throwIfAborted(opts.signal);
    const res = await this.http.write('PUT', `Observation/${value.id}`, resource, ifMatch ?? undefined);
    if (isVersionConflict(res.status, res.body)) {
      const now = await this.readObservation(value.id, undefined);
      throw new ConflictError<MeterReading>(now?.record);
    }
    failIfError(res.status, res.body, `Writing Observation/${value.id}`);
    const version = versionFromEtag(res.etag) ?? (res.body as AnyResource | undefined)?.meta?.versionId;
    if (res.body !== undefined && version !== undefined) {
      return { value: fhirToMeterReading(res.body as FhirObservation, value.meter.id), version: weak(version) };
    }
    const read = await this.readObservation(value.id, undefined);
    if (!read?.record) throw new AdapterError(`Observation/${value.id} could not be read back`);
    return read.record;
  }

  /** The Observation as stored, and the reading it holds when it is one; `undefined` when there is none. */
  private async readObservation(
    id: string,
    signal: AbortSignal | undefined,
  ): Promise<{ resource: FhirObservation; record: Versioned<MeterReading> | undefined } | undefined> {
    let read;
    try {
      read = await readResource(this.http, 'Observation', id, 'MeterReading', signal);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
    const resource = read.resource as FhirObservation;
    let record: Versioned<MeterReading> | undefined;
    try {
      record = { value: fhirToMeterReading(resource), version: weak(read.version) };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
    return { resource, record };
  }

  /** Every resource a search finds, in as many pages as the server gives. */
  private async searchAll(query: string, signal: AbortSignal | undefined): Promise<AnyResource[]> {
    const out: AnyResource[] = [];
    let page: string | undefined = query;
    while (page) {
      const bundle = await search(this.http, page, signal);
      out.push(
        ...(bundle.entry ?? []).flatMap((e) => (e.resource && e.search?.mode !== 'include' ? [e.resource] : [])),
      );
      page = nextPage(bundle, this.http.baseUrl);
    }
    return out;
  }
}

function failIfError(status: number, body: unknown, what: string): void {
  const error = errorForStatus(status, body, what);
  if (error) throw error;
  if (status >= 300) throw new AdapterError(`${what} answered HTTP ${String(status)}`);
}
