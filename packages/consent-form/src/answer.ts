import {
  ACTOR_KINDS,
  CASE_CONSENT_PURPOSES,
  PERMIT_SECTORS,
  ConsentRecordSchema,
  ValidationError,
  checkNewConsent,
  parse,
  type Actor,
  type ActorKind,
  type ConsentMethod,
  type Informing,
  type PermitSector,
  type RecordedBy,
  type CaseConsent,
  type CaseConsentPurposeKind,
  type Consent,
  type ConsentInstrument,
  type DisclosurePermit,
  type DisclosureProhibition,
  type ValidationIssue,
} from '@saumaton/core';

export { EMPTY_ANSWER, type Answer, type ConsentPreset } from './answer-state.js';
import { EMPTY_ANSWER, type Answer, type ConsentPreset } from './answer-state.js';

/** What the element knows besides the preset and the answer. */
export interface AnswerContext {
  readonly instrument: ConsentInstrument;
  /** The `purpose` attribute of a case consent, when the preset names none. */
  readonly purpose: string | undefined;
  readonly clientId: string | undefined;
  /** The id of a consent the preset gives none: the element's own, stable while it lives. */
  readonly id: string;
  readonly today: string;
  readonly locale: string;
  /** For a denial: the consequences as the client was shown them. */
  readonly consequencesShown: string;
}

/** `value` as JSON with its keys in order at every depth: the same consent always reads the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const purposeKind = (text: string | undefined): CaseConsentPurposeKind =>
  (CASE_CONSENT_PURPOSES as readonly string[]).includes(text ?? '')
    ? (text as CaseConsentPurposeKind)
    : 'multi-service-process';

/** Every member a preset of any instrument may have, as the answer reads them. */
interface PresetFields {
  readonly id?: string;
  readonly clientId?: string;
  readonly validFrom?: string;
  readonly actor?: Actor;
  readonly method?: ConsentMethod;
  readonly formLanguage?: string;
  readonly recordedBy?: RecordedBy;
  readonly sector?: string;
  readonly recipients?: DisclosurePermit['recipients'];
  readonly purpose?: string | CaseConsent['purpose'];
  readonly informing?: Informing;
  readonly dataClasses?: DisclosurePermit['dataClasses'];
  readonly end?: string;
  readonly target?: DisclosureProhibition['target'];
}

/** The consent the answer makes of the preset, before any check; `undefined` when not answered. */
export function consentOf(
  preset: ConsentPreset | undefined,
  answer: Answer,
  context: AnswerContext,
): Consent | undefined {
  if (answer.decision === '') return undefined;
  const p = (preset ?? {}) as PresetFields;
  const name = answer.actorName.trim();
  const validFrom = p.validFrom ?? context.today;
  const common = {
    id: p.id ?? context.id,
    clientId: p.clientId ?? context.clientId ?? '',
    basis: 'consent' as const,
    actor: {
      kind: answer.actorKind,
      competence:
        answer.actorKind === 'client'
          ? p.actor?.kind === 'client'
            ? p.actor.competence
            : 'adult'
          : ('authority-verified' as const),
      ...(answer.actorKind !== 'client' && name ? { name } : {}),
    },
    method: p.method ?? 'electronic',
    formLanguage: p.formLanguage ?? context.locale,
    validFrom,
    status: 'active' as const,
    printoutRequested: answer.printout,
    recordedBy: p.recordedBy as Consent['recordedBy'],
  };
  switch (context.instrument) {
    case 'disclosure-permit':
      return {
        ...common,
        instrument: 'disclosure-permit',
        sector: (PERMIT_SECTORS as readonly string[]).includes(p.sector ?? '')
          ? (p.sector as PermitSector)
          : 'social-care',
        recipients: p.recipients ?? [],
        purpose: typeof p.purpose === 'string' ? p.purpose : '',
        ...(answer.informed
          ? { informing: { date: p.informing?.date ?? validFrom, channel: p.informing?.channel ?? 'electronic' } }
          : {}),
        ...(p.dataClasses ? { dataClasses: p.dataClasses } : {}),
        ...(p.end ? { end: p.end } : {}),
      };
    case 'disclosure-prohibition':
      return {
        ...common,
        instrument: 'disclosure-prohibition',
        ...(p.sector === 'health-care'
          ? {
              sector: 'health-care' as const,
              target: p.target as DisclosureProhibition['target'] & { kind: 'organization' },
            }
          : {
              sector: 'social-care' as const,
              target: p.target as DisclosureProhibition['target'] & { kind: 'controller' },
            }),
        consequencesShown: context.consequencesShown,
      };
    case 'case-consent':
      return {
        ...common,
        instrument: 'case-consent',
        purpose:
          p.purpose && typeof p.purpose === 'object'
            ? p.purpose
            : ({ kind: purposeKind(context.purpose) } as CaseConsent['purpose']),
        decision: answer.decision === 'no' ? 'refused' : 'given',
      };
  }
}

/** The consent checked: the model's shape and every rule of a new consent. */
export function checkAnswer(
  consent: Consent,
): { ok: true; value: Consent } | { ok: false; issues: readonly ValidationIssue[]; shape: boolean } {
  let value: Consent;
  try {
    value = parse(ConsentRecordSchema, consent) as Consent;
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, issues: error.issues, shape: true };
    throw error;
  }
  const issues = checkNewConsent(value);
  return issues.length ? { ok: false, issues, shape: false } : { ok: true, value };
}

/** The answer a submitted value carries, for a restore; the empty answer for anything else. */
export function answerOf(value: unknown, instrument: ConsentInstrument): Answer {
  if (typeof value !== 'string' || value.length > 100_000) return EMPTY_ANSWER;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return EMPTY_ANSWER;
  }
  const c = parsed as Partial<Record<string, unknown>> | null;
  if (!c || typeof c !== 'object' || c['instrument'] !== instrument) return EMPTY_ANSWER;
  const actor = (c['actor'] ?? {}) as { kind?: unknown; name?: unknown };
  const kind = (ACTOR_KINDS as readonly unknown[]).includes(actor.kind) ? (actor.kind as ActorKind) : 'client';
  return {
    decision: c['decision'] === 'refused' ? 'no' : 'yes',
    informed: c['informing'] !== undefined,
    actorKind: kind,
    actorName: typeof actor.name === 'string' ? actor.name : '',
    printout: c['printoutRequested'] === true,
  };
}
