/**
 * The demo's backend, shared by the pages that show data (the county portal, main.ts, and the
 * home-help producer's own page, producer.ts): the embedded IndexedDB adapter (one database for
 * every page of the demo), or with `?adapter=fhir` a FHIR R4 server, and the fictional example
 * data put in place on it the same way for both.
 */
import {
  AdapterError,
  ConflictError,
  IndexedDbAdapter,
  NotFoundError,
  diffPlan,
  type AssessmentStore,
  type AssessmentTemplate,
  type ClientPlan,
  type PlanStore,
  type Client,
  type ConsentRecord,
  type ConsentStore,
  type SaumatonAdapter,
  type Versioned,
} from '@saumaton/core';
import {
  exampleClient,
  exampleData,
  exampleOrganizations,
  examplePlan,
  examplePlanFirstVersion,
} from '@saumaton/core/examples';
import { createFhirAdapter } from '@saumaton/fhir';
import { assessmentToFhir, meterReadingToFhir } from '@saumaton/fhir/assessment';
import { consentToFhir } from '@saumaton/fhir/consent';
import { clientPlanTransaction } from '@saumaton/fhir/plan';
import meterTemplate from '@saumaton/questionnaire/templates/life-situation-meter.json' with { type: 'json' };
import serviceNeedTemplate from '@saumaton/questionnaire/templates/service-need-assessment.json' with { type: 'json' };

export const DATABASE_NAME = 'saumaton-demo';

/** Where `npm run fhir-server` serves the demo tenant (empty when the server starts). */
const DEFAULT_FHIR_BASE_URL = 'http://127.0.0.1:8103/t/demo/fhir';

/** The organisation the demo professional works for (the county's adult social work). */
export const PROFESSIONAL_ORGANIZATION_ID = '1.2.246.10.99999999.10.0';

/**
 * What the portal needs of a backend: the stores the widgets use (the roster's, and the consent
 * store), `saveClient` and `putExampleConsent` to put the example data in place, and for the
 * IndexedDB reset a way to let go of the database and to delete it.
 */
export type DemoAdapter = SaumatonAdapter &
  ConsentStore &
  AssessmentStore &
  PlanStore & {
    saveClient(client: Client, ifMatch: string | null): Promise<Versioned<Client>>;
    /**
     * Stores an example consent record as it is, by its own id, a revoked one included: as an
     * import from another system would, not as a new consent (`recordConsent` takes only a new,
     * active one, and a FHIR server chooses its id). On FHIR it is written over the stored
     * version, which the server's history keeps; IndexedDB stores it in the database the reset
     * has just emptied.
     */
    putExampleConsent(record: ConsentRecord): Promise<void>;
    /**
     * Puts the templates (the service-need assessment, the life-situation meter) and Aino's
     * assessment and meter readings in place as they are, by their own ids, as an import would.
     */
    putExampleAssessments(clientIds: ReadonlySet<string>): Promise<void>;
    /**
     * Puts a whole plan in place as it is, by its own id, each piece at a first version, as an
     * import would (a plan is otherwise only ever saved piece by piece).
     */
    putExamplePlan(plan: ClientPlan): Promise<void>;
    destroy?: () => Promise<void>;
  };

export type Backend = { readonly kind: 'indexeddb' } | { readonly kind: 'fhir'; readonly baseUrl: string };

/** `?fhir=<url>`, when it is a plain http(s) URL; else the demo server's base. */
function fhirBaseUrl(requested: string | null): string {
  if (requested === null) return DEFAULT_FHIR_BASE_URL;
  try {
    const url = new URL(requested);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) return url.href;
  } catch {
    // not a URL at all: warned about below
  }
  console.warn(`demo-portal: ?fhir=${requested} is not an http(s) URL; using ${DEFAULT_FHIR_BASE_URL}`);
  return DEFAULT_FHIR_BASE_URL;
}

/** The backend the page asked for: `?adapter=fhir` (with an optional `?fhir=<base url>`), else IndexedDB. */
function chooseBackend(): Backend {
  const params = new URLSearchParams(location.search);
  const requested = params.get('adapter');
  if (requested === 'fhir') return { kind: 'fhir', baseUrl: fhirBaseUrl(params.get('fhir')) };
  if (requested !== null && requested !== 'indexeddb') {
    console.warn(`demo-portal: unknown ?adapter=${requested}; using the embedded IndexedDB adapter`);
  }
  return { kind: 'indexeddb' };
}

export const BACKEND = chooseBackend();

/** A fresh adapter on the page's backend. This is the one place that knows the adapter classes. */
export function createAdapter(): DemoAdapter {
  if (BACKEND.kind === 'fhir') {
    const fhir = createFhirAdapter({ baseUrl: BACKEND.baseUrl });
    return Object.assign(fhir, {
      async putExampleConsent(record: ConsentRecord): Promise<void> {
        const path = `Consent/${record.id}`;
        const { status } = await fhir.http.write('PUT', path, consentToFhir(record), undefined);
        if (status !== 200 && status !== 201) throw new AdapterError(`Writing ${path} answered HTTP ${String(status)}`);
      },
      async putExamplePlan(plan: ClientPlan): Promise<void> {
        // One transaction: the master CarePlan at the plan's id, its goals, each producer's part
        // and its services, as another system would put a plan there.
        const bundle = clientPlanTransaction(plan, () => crypto.randomUUID());
        const { status } = await fhir.http.write('POST', '', bundle, undefined);
        if (status !== 200) throw new AdapterError(`Writing the plan ${plan.id} answered HTTP ${String(status)}`);
      },
      async putExampleAssessments(clientIds: ReadonlySet<string>): Promise<void> {
        const put = async (path: string, resource: Parameters<typeof fhir.http.write>[2]) => {
          const { status } = await fhir.http.write('PUT', path, resource, undefined);
          if (status !== 200 && status !== 201)
            throw new AdapterError(`Writing ${path} answered HTTP ${String(status)}`);
        };
        for (const template of TEMPLATES) await put(`Questionnaire/${template.id}`, template);
        for (const assessment of exampleData.assessments) {
          if (clientIds.has(assessment.clientId))
            await put(`QuestionnaireResponse/${assessment.id}`, assessmentToFhir(assessment));
        }
        for (const reading of exampleData.meterReadings) {
          if (clientIds.has(reading.clientId)) await put(`Observation/${reading.id}`, meterReadingToFhir(reading));
        }
      },
    });
  }
  const local = new IndexedDbAdapter({ name: DATABASE_NAME });
  return Object.assign(local, {
    async putExamplePlan(plan: ClientPlan): Promise<void> {
      await local.importPlan(plan);
    },
    async putExampleConsent(record: ConsentRecord): Promise<void> {
      try {
        await local.importConsent(record);
      } catch (error) {
        // Another tab put the same example there first: as good as ours.
        if (!(error instanceof ConflictError)) throw error;
      }
    },
    async putExampleAssessments(clientIds: ReadonlySet<string>): Promise<void> {
      const firstWins = (error: unknown) => {
        if (!(error instanceof ConflictError)) throw error;
      };
      for (const template of TEMPLATES) await local.saveTemplate(template, null).catch(firstWins);
      for (const assessment of exampleData.assessments) {
        if (clientIds.has(assessment.clientId)) await local.importAssessment(assessment).catch(firstWins);
      }
      for (const reading of exampleData.meterReadings) {
        if (clientIds.has(reading.clientId)) await local.saveMeterReading(reading, null).catch(firstWins);
      }
    },
  });
}

/**
 * Aino's consent to start the multi-service process, the case-specific consent the process begins
 * with (DOMAIN §2, CONSENT_GIVEN), given on the day of her other consents. Core's examples do not
 * hold it; the demo's step 2 shows it with them.
 */
const processConsent: ConsentRecord = {
  id: 'consent-aino-process',
  clientId: exampleClient.id,
  basis: 'consent',
  instrument: 'case-consent',
  purpose: { kind: 'multi-service-process' },
  decision: 'given',
  actor: { kind: 'client', competence: 'adult' },
  method: 'written',
  recordedBy: {
    organization: exampleOrganizations.county,
    professional: { name: 'Leena Korhonen', title: 'sosiaalityöntekijä' },
  },
  formLanguage: 'fi',
  validFrom: '2026-02-03',
  status: 'active',
  printoutRequested: false,
};

/** The consents the demo puts in place: core's examples and Aino's consent to start the process. */
export const DEMO_CONSENTS: readonly ConsentRecord[] = [processConsent, ...exampleData.consents];

/** `undefined` for a record that is not there; every other error goes on. */
function unlessNotFound(error: unknown): undefined {
  if (error instanceof NotFoundError) return undefined;
  throw error;
}

/**
 * Puts the fictional example clients, teams and consents on the backend, one record at a time, the
 * same way for both backends. `missing` (every start) creates only the clients the backend lacks,
 * with their teams and consents, so edits survive a reload; `overwrite` (the reset) also writes
 * the others back over their current version. A create that another tab won meanwhile is as good
 * as ours; an overwrite that someone else's save beat fails with the ConflictError, and the user
 * can reset again.
 */
export async function putExampleData(adapter: DemoAdapter, mode: 'missing' | 'overwrite'): Promise<void> {
  const write = async (current: Versioned<unknown> | undefined, save: (ifMatch: string | null) => Promise<unknown>) => {
    if (current && mode === 'missing') return;
    try {
      await save(current?.version ?? null);
    } catch (error) {
      if (!(error instanceof ConflictError && current === undefined)) throw error;
    }
  };
  // Clients first: a FHIR team refers to its client's Patient.
  const created = new Set<string>();
  for (const client of exampleData.clients) {
    const current = await adapter.getClient(client.id).catch(unlessNotFound);
    if (!current) created.add(client.id);
    await write(current, (ifMatch) => adapter.saveClient(client, ifMatch));
  }
  for (const team of exampleData.teams) {
    // On a start, a client already there brings its team: no need to read it (three round trips
    // on a FHIR server) before the page can show it.
    if (mode === 'missing' && !created.has(team.clientId)) continue;
    const current = await adapter.getTeam({ teamId: team.id }).catch(unlessNotFound);
    await write(current, (ifMatch) => adapter.saveTeam(team, ifMatch));
  }
  // A consent is never edited, only revoked, so the examples go in as they are (the revoked one
  // with its history); a reset puts a consent the user revoked back as it was. Consents recorded
  // in the demo stay on a FHIR server, as nothing about a consent is ever deleted.
  for (const consent of DEMO_CONSENTS) {
    if (mode === 'missing' && !created.has(consent.clientId)) continue;
    await adapter.putExampleConsent(consent);
  }
  // The templates always (a page of an older demo may lack them); the assessment and the meter's
  // readings with their client.
  await adapter.putExampleAssessments(
    mode === 'missing' ? created : new Set(exampleData.clients.map((client) => client.id)),
  );
  // Aino's plan as first agreed, then saved piece by piece as it is now: its history shows who
  // changed what (a plan already there, from an earlier start or another tab, is left alone).
  for (const plan of exampleData.plans) {
    if (mode === 'missing' && !created.has(plan.clientId)) continue;
    await putPlanWithHistory(adapter, plan, mode);
  }
}

/** Saumaton's own templates, as a county would import them. */
const TEMPLATES = [serviceNeedTemplate, meterTemplate] as unknown as readonly AssessmentTemplate[];

/** The example plan's earlier version, where the examples give one (Aino's). */
const FIRST_VERSIONS: ReadonlyMap<string, ClientPlan> = new Map([[examplePlan.id, examplePlanFirstVersion]]);

/**
 * Puts `plan` on the backend with its history: its first version imported, then its common
 * sections and each part that changed since saved over that, each with the version it replaces,
 * as the responsible unit and each producer would. On the reset (`overwrite`) the plan as it is
 * is written over whatever the demo changed, piece by piece, the history kept.
 */
async function putPlanWithHistory(adapter: DemoAdapter, plan: ClientPlan, mode: 'missing' | 'overwrite') {
  const current = await adapter.getPlan({ planId: plan.id }).catch(unlessNotFound);
  if (current && mode === 'missing') return;
  let stored = current;
  if (!stored) {
    try {
      await adapter.putExamplePlan(FIRST_VERSIONS.get(plan.id) ?? plan);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return; // another tab put it there first
    }
    stored = await adapter.getPlan({ planId: plan.id });
  }
  const { parts, ...common } = plan;
  // Only the pieces that differ: a piece saved unchanged would be a version with no changes.
  for (const { piece, kind } of diffPlan(stored.value, plan)) {
    if (piece === 'common') {
      await adapter.savePlanCommon(common, stored.version);
    } else if (kind !== 'removed') {
      const part = parts.find((candidate) => candidate.producer.id === piece.producerId);
      const version = stored.partVersions.find((entry) => entry.producerId === piece.producerId)?.version;
      if (part) await adapter.savePlanPart(plan.id, part, version ?? null);
    }
  }
}
