import type { Assessment, AssessmentTemplate, MeterReading } from '../model/assessment.js';
import type { Client } from '../model/client.js';
import type { ClientPlan, PlanCommon, PlanPart, PlanPerson } from '../model/plan.js';
import type { ConsentRecord, Revocation } from '../model/consent.js';
import type { Team } from '../model/team.js';
import type { CallOptions, Versioned } from './versioned.js';

/**
 * The store contracts. One narrow interface per widget, so a provider implements only what it
 * embeds. Every method is async, takes `{ signal }` last, returns `Versioned<T>`, and every write
 * takes the version it was based on: a stale one fails with `ConflictError`. These names are the
 * contract providers code against; methods may be added, never renamed.
 *
 * **What `signal` means.**
 * - A read rejects with an `AbortError` (a `DOMException`, as `fetch` gives) as soon as the signal
 *   fires; pass the signal on to `fetch`.
 * - A write checks the signal before it sends anything: already aborted → it rejects with an
 *   `AbortError` and nothing is written. Once the request is sent, the signal no longer changes
 *   the outcome: the write reports what happened (resolves when it was stored, rejects with the
 *   error the backend gave otherwise), because a caller told `AbortError` must be able to trust
 *   that nothing was stored. So do not pass a write's signal to `fetch`: a `fetch` aborted after
 *   sending rejects while the server may still store the write. An adapter may reject with an
 *   `AbortError` after sending only when it knows the write was not stored.
 *
 * A caller that aborts a write (a widget whose save was superseded) simply ignores the answer,
 * and reads the record again when it needs the current version.
 *
 * **The transport errors**, which any method may throw: `UnauthorizedError` (not signed in, or the
 * session expired: HTTP 401), `ForbiddenError` (403), `OfflineError` (the backend could not be
 * reached), `AdapterError` (anything else the backend got wrong: a 5xx, an answer without a
 * version), and the `AbortError` described above.
 */

export interface ClientStore {
  /** @throws NotFoundError, ValidationError, and the transport errors */
  getClient(clientId: string, opts?: CallOptions): Promise<Versioned<Client>>;
}

/** A team is found by its own id or by the client it serves. */
export type TeamRef = { readonly teamId: string } | { readonly clientId: string };

export interface TeamStore {
  /**
   * A client has one team at a time; when the backend still keeps older ones, the one to show is
   * `active`, then `proposed`, `suspended`, `inactive` (`TEAM_STATUS_PREFERENCE`).
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  getTeam(ref: TeamRef, opts?: CallOptions): Promise<Versioned<Team>>;
  /**
   * Creates the team when `ifMatch` is `null`, else replaces the version `ifMatch` names, and
   * returns the team as stored with its new version.
   *
   * **A create may return another id.** A backend that chooses the ids of new records itself
   * (`POST /teams` → `201` with its own id) returns the team under that id: the returned
   * `value.id` may differ from `team.id` when `ifMatch` is `null`, and callers go on with the
   * returned id. Everything else comes back as sent. A create never writes over an existing team:
   * one that names a stored team's id fails with `ConflictError`.
   *
   * **Team rules.** An update is refused with a `ValidationError` (each issue with the rule's
   * `code`) only for the rules it newly breaks compared with the stored version it replaces
   * (`newlyBrokenRules`), so a team that arrived broken can be mended step by step; a create
   * must satisfy every rule.
   * @throws ConflictError (with the current team), ValidationError, and the transport errors
   */
  saveTeam(team: Team, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Team>>;
}

/**
 * A client's consents and statutory exceptions (`ConsentRecord`). **Nothing is ever deleted or
 * edited**: a record is recorded once, and the only change it ever sees is its revocation, which
 * stores a new version with `status: 'revoked'` and the `revocation`, everything else as it was.
 *
 * **History.** So the version read is the record's whole history: who gave it and who recorded
 * it, when (`actor`, `recordedBy`, `validFrom`), and once revoked, who revoked it, when, how and
 * why (`revocation`). `consentHistory(record)` lists it as events; a list of 100 consents needs
 * no call per consent. An adapter whose backend keeps versions (FHIR `_history`, Provenance)
 * builds these fields from them.
 */
export interface ConsentStore {
  /**
   * Every record of the client, revoked ones and statutory exceptions included, each with its own
   * version (there is no version of a list), in no particular order. A client without any (or
   * unknown to the backend) has none: an empty list, not `NotFoundError`.
   * @throws ValidationError, and the transport errors
   */
  listConsents(clientId: string, opts?: CallOptions): Promise<readonly Versioned<ConsentRecord>[]>;
  /**
   * Records a new consent or statutory exception and returns it as stored with its version. The
   * record must satisfy every consent rule and be `active` without a revocation
   * (`checkNewConsent`): else `ValidationError`, each issue with the rule's `code`.
   *
   * **The backend may choose the id**, as with `saveTeam`: the returned `value.id` may differ
   * from `consent.id`; callers go on with the returned one. A record is never written over an
   * existing one: an id that is taken fails with `ConflictError` carrying the stored record.
   * @throws ConflictError, ValidationError, and the transport errors
   */
  recordConsent(consent: ConsentRecord, opts?: CallOptions): Promise<Versioned<ConsentRecord>>;
  /**
   * Revokes the version `ifMatch` names (a statutory exception is ended the same way): stores a
   * new version with `status: 'revoked'` and `revocation`, and returns it. A stale `ifMatch`
   * fails with `ConflictError` carrying the current record (which someone may have revoked
   * already); a revocation the rules refuse (`checkRevocation`: `already-revoked`,
   * `refusal-not-revocable`, …) with `ValidationError`; an unknown id with `NotFoundError`.
   * @throws NotFoundError, ConflictError, ValidationError, and the transport errors
   */
  revokeConsent(
    consentId: string,
    revocation: Revocation,
    ifMatch: string,
    opts?: CallOptions,
  ): Promise<Versioned<ConsentRecord>>;
}

/**
 * The service-need assessment's store: the templates (Questionnaires) assessments and meters are
 * made with, the client's assessments with every version saved, and meter readings.
 *
 * **Versions.** An assessment is drafted step by step and saved at each step; a completed one is
 * changed only by amending it. The store keeps every version it saved (`listAssessmentVersions`),
 * so an amended assessment's earlier completed version stays readable.
 *
 * **Rules.** Every save is checked against the model's schema (`ValidationError` naming the
 * path), the assessment rules (`checkAssessment`) and the change of status from the version it
 * replaces (`checkAssessmentTransition`), each broken rule an issue with its `code`.
 */
export interface AssessmentStore {
  /**
   * The template with this id (`Questionnaire.id`), as published, with a version: a template
   * that is revised gets a new version, and an assessment records which one it was made with.
   * @throws NotFoundError, ValidationError (not a Questionnaire), and the transport errors
   */
  getTemplate(templateId: string, opts?: CallOptions): Promise<Versioned<AssessmentTemplate>>;
  /**
   * The client's assessments, each with its current version, newest first: by the day each was
   * initiated (`initiation.triggerDate`), latest first; on the same day, the one saved last
   * (`updatedAt`) first. A client without any (or unknown to the backend) has none: an empty
   * list, not `NotFoundError`.
   * @throws ValidationError (a stored assessment that does not fit the model), and the transport errors
   */
  listAssessments(clientId: string, opts?: CallOptions): Promise<readonly Versioned<Assessment>[]>;
  /**
   * The assessment with this id, at its current version.
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  getAssessment(assessmentId: string, opts?: CallOptions): Promise<Versioned<Assessment>>;
  /**
   * Creates the assessment when `ifMatch` is `null` (it must be `in-progress`), else replaces the
   * version `ifMatch` names, and returns it as stored with its new version. Every version saved is
   * kept (`listAssessmentVersions`).
   *
   * - A stale `ifMatch` fails with `ConflictError` carrying the current assessment; a create
   *   whose id is taken fails with `ConflictError` carrying the stored one, never writing over it.
   *   **The backend may choose the id** of a new assessment, as with `saveTeam`: callers go on
   *   with the returned `value.id`.
   * - A value that does not fit the model fails with `ValidationError` naming the path
   *   (`answers.0.item.2.linkId`); one that breaks an assessment rule, or a change of status the
   *   rules do not allow (`completed` back to `in-progress`), with `ValidationError` whose issues
   *   carry the rule's `code` (`ASSESSMENT_RULES`). Nothing is stored.
   * - Replacing an assessment that does not exist fails with `NotFoundError`.
   * @throws ConflictError, ValidationError, NotFoundError, and the transport errors
   */
  saveAssessment(assessment: Assessment, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Assessment>>;
  /**
   * Every version of the assessment the store saved, oldest first, each with its version (the
   * last is the current one): the drafts, the completed assessment, and each amendment.
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  listAssessmentVersions(assessmentId: string, opts?: CallOptions): Promise<readonly Versioned<Assessment>[]>;
  /**
   * The client's readings of the meter `meterId` (its template's id), by the day rated, oldest
   * first (a trend reads left to right). None: an empty list.
   * @throws ValidationError, and the transport errors
   */
  listMeterReadings(clientId: string, meterId: string, opts?: CallOptions): Promise<readonly Versioned<MeterReading>[]>;
  /**
   * Creates the reading when `ifMatch` is `null`, else replaces the version `ifMatch` names; the
   * backend may choose a new reading's id. A stale `ifMatch`, or a create whose id is taken,
   * fails with `ConflictError` carrying the current reading; a reading that does not fit the model
   * or breaks a rule of `checkMeterReading` other than the scale (which is the meter's, and is
   * checked against the meter's definition) with `ValidationError`; replacing a reading that
   * does not exist with `NotFoundError`.
   * @throws ConflictError, ValidationError, NotFoundError, and the transport errors
   */
  saveMeterReading(reading: MeterReading, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<MeterReading>>;
}

/** A plan is found by its own id, or by the client it serves. */
export type PlanRef = { readonly planId: string } | { readonly clientId: string };

/**
 * A plan as `getPlan` reads it: `Versioned<ClientPlan>` whose `version` is the version of the
 * **common sections**, plus the version of each producer's part in `partVersions` (in the order
 * of `value.parts`, each named by its producer's id). `parseVersioned(ClientPlanSchema, answer)`
 * reads it like any other versioned value; `planPart(plan, producerId)` gives one part as a
 * `Versioned<PlanPart>`, the `ifMatch` its next save takes.
 */
export interface VersionedPlan extends Versioned<ClientPlan> {
  readonly partVersions: readonly { readonly producerId: string; readonly version: string }[];
}

/**
 * One saved version of a plan's piece, for the history: the common sections or one producer's
 * part, the version, who saved it and when (from the value: `updatedBy`/`updatedAt` of the
 * common sections, falling back to the header's author and creation; `author`/`updatedAt` of a
 * part; an adapter over a backend with Provenance may name them from there instead).
 */
export type PlanVersion =
  | {
      readonly section: 'common';
      readonly version: string;
      readonly value: PlanCommon;
      readonly changedBy?: PlanPerson;
      readonly changedAt?: string;
    }
  | {
      readonly section: 'part';
      readonly producerId: string;
      readonly version: string;
      readonly value: PlanPart;
      readonly changedBy?: PlanPerson;
      readonly changedAt?: string;
    };

/**
 * The shared client plan's store. A plan is stored in pieces, **each with its own version**: the
 * common sections (`PlanCommon`, which the responsible unit edits) and one part per producer
 * (`PlanPart`, which only that producer edits, identified by `producer.id`).
 *
 * **The concurrency rule.** A write takes the version of the piece it replaces, and only that
 * piece's: **two producers saving their own parts at the same time never conflict**, nor does a
 * part's save with a save of the common sections; **two saves of the same piece from the same
 * version do**: the second fails with `ConflictError` carrying the piece's current value.
 *
 * **Rules.** Every save is checked against the schema (`ValidationError` naming the path) and the
 * plan rules (`checkPlan`, `checkPlanPart`, `checkPlanChange`, `checkPlanPartChange`), each
 * broken rule an issue with its `code` (`PLAN_RULES`); a plan is never a decision
 * (`service-status-is-decision`). Reads are tolerant: members and statuses this version does not
 * know are kept and read as they are.
 */
export interface PlanStore {
  /**
   * The plan with this id, or the client's plan (when the backend keeps several: `active`, then
   * `draft`, `on-hold`, `completed`, any other; then the one saved last), with every part.
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  getPlan(ref: PlanRef, opts?: CallOptions): Promise<VersionedPlan>;
  /**
   * Every saved version of the common sections and of each part, oldest first by when it was
   * saved (`changedAt`; the versions of one piece always in the order saved): the history view.
   * @throws NotFoundError, ValidationError, and the transport errors
   */
  listPlanVersions(planId: string, opts?: CallOptions): Promise<readonly PlanVersion[]>;
  /**
   * Creates the part of `part.producer.id` in the plan when `ifMatch` is `null` (a part of that
   * producer must not exist yet: else `ConflictError` with it), else replaces the version
   * `ifMatch` names, and returns it as stored with its new version. A stale `ifMatch` fails with
   * `ConflictError` carrying the current part; the plan or, for a replacement, the part not
   * existing with `NotFoundError`.
   * @throws ConflictError, ValidationError, NotFoundError, and the transport errors
   */
  savePlanPart(
    planId: string,
    part: PlanPart,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<PlanPart>>;
  /**
   * Creates the plan's common sections when `ifMatch` is `null` (never over an existing plan:
   * `ConflictError`; the backend may choose the id, callers go on with the returned one), else
   * replaces the version `ifMatch` names. A `parts` member is ignored: parts are saved with
   * `savePlanPart`. A stale `ifMatch` fails with `ConflictError` carrying the current common
   * sections; a replacement of a plan that does not exist with `NotFoundError`.
   * @throws ConflictError, ValidationError, NotFoundError, and the transport errors
   */
  savePlanCommon(plan: PlanCommon, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<PlanCommon>>;
}

/** What a widget may report for the server's access log (703/2023 §§ 9–10). */
export interface AuditEvent {
  readonly action: 'view' | 'create' | 'update' | 'disclose';
  readonly kind: string;
  readonly id: string;
  readonly clientId?: string;
}

/**
 * What `subscribe()` can follow: one entry per store with live updates, naming the ref that picks
 * the record and the value a listener receives.
 */
export interface Subscriptions {
  readonly team: { readonly ref: TeamRef; readonly value: Team };
  /** Every new version of any of the client's consent records: a new one, or one revoked. */
  readonly consent: { readonly ref: { readonly clientId: string }; readonly value: ConsentRecord };
  /** Every new version of one assessment: each draft saved, its completion, each amendment. */
  readonly assessment: { readonly ref: { readonly assessmentId: string }; readonly value: Assessment };
  /**
   * Every new reading of one meter for one client (`saveMeterReading`): the trends shown of it, in
   * the assessment and beside the plan's goals, take it in without a reload.
   */
  readonly meter: {
    readonly ref: { readonly clientId: string; readonly meterId: string };
    readonly value: MeterReading;
  };
  /**
   * Every new version of any piece of one plan (its common sections, any producer's part): the
   * listener gets the whole plan as `getPlan` reads it, a `VersionedPlan` with `partVersions`.
   */
  readonly plan: { readonly ref: { readonly planId: string }; readonly value: ClientPlan };
}

/** The ref of a subscription: which store (`kind`) and which record in it. */
export type SubscriptionRef<K extends keyof Subscriptions = keyof Subscriptions> = {
  [P in K]: { readonly kind: P } & Subscriptions[P]['ref'];
}[K];

/** Optional capabilities any adapter may add. */
export interface AdapterExtras {
  /**
   * Live updates: `listener` gets every new version of the record `ref` names, written by anyone
   * (as far as the backend can tell). Returns the function that stops listening.
   */
  subscribe?<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void;
  /** Receives view and disclosure events for the server's log. */
  audit?(event: AuditEvent): void;
}

/**
 * Everything a full adapter offers. The consent, assessment and plan stores join this type as
 * their widgets land (the consent, assessment and plan stores are in `AnyAdapter` already, and the
 * embedded adapters implement them; a provider's adapter for the roster alone need not).
 */
export type SaumatonAdapter = ClientStore & TeamStore & AdapterExtras;

/**
 * What a widget or a provider may be handed: any part of a full adapter. A voucher producer
 * implements only the stores of the widgets it embeds; each widget checks for the methods it
 * needs and says which are missing.
 */
export type AnyAdapter = Partial<ClientStore & TeamStore & ConsentStore & AssessmentStore & PlanStore> & AdapterExtras;
