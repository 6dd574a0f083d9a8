/**
 * A client's consents (DOMAIN.md §3.2, §6.2): the three instruments, which are never merged, and
 * the statutory exception, which is never a consent.
 *
 * **Two discriminants.** Every record the consent store keeps says on what `basis` data may move:
 * - `basis: 'consent'`: the client (or their representative) decided, by one of three instruments
 *   told apart by `instrument`: a `disclosure-permit` (luovutuslupa), a `disclosure-prohibition`
 *   (luovutuskielto) or a `case-consent` (suostumus). Each has only its own fields: a permit has
 *   recipients and data classes, a prohibition a target and the consequences shown, a case
 *   consent a purpose and a decision. A value that mixes them does not parse.
 * - `basis: 'statutory-exception'` (703/2023 §§ 53–55): the client cannot understand what a
 *   consent means and has no legal representative, so a professional documents why data moves
 *   without one. It has no `instrument`, no one who "gave" it and no form: code that looks for
 *   consents (`record.basis === 'consent'`) never mistakes it for one, and a widget shows it as
 *   what it is.
 *
 * **Liberal in reading, strict in writing.** The schemas are loose objects: a record carrying
 * members this version does not know (written by a newer version, or a provider's own) parses,
 * and keeps them, so reading and writing it back loses nothing. The types name only the known
 * members, so a literal with a misspelt one does not compile; and every write is checked
 * against the consent rules (`checkConsentRules`) as well as the schema.
 */
import * as v from './schema.js';
import { IdSchema, IsoDateSchema, LongTextSchema, NameSchema, ShortTextSchema } from './common.js';
import { LanguageTagSchema } from './client.js';
import { ProducerTypeSchema } from './organization.js';

/** `T` without the index signatures loose objects add, at every depth: the members a record is known to have. */
type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;

/** An organisation as a consent names it (an `OrganizationRef`); unknown members are kept (see above). */
const OrganizationSchema = v.looseObject({
  id: IdSchema,
  name: NameSchema,
  producerType: v.optional(ProducerTypeSchema),
});

// ---------------------------------------------------------------------------------------------
// Who acts, how, and who recorded it
// ---------------------------------------------------------------------------------------------

/**
 * Who decides: the client, a guardian (of a minor), a court-appointed guardian (edunvalvoja), or
 * a person authorised through Suomi.fi e-Authorizations.
 */
export const ACTOR_KINDS = ['client', 'guardian', 'court-appointed-guardian', 'authorised-person'] as const;
export const ActorKindSchema = v.picklist(ACTOR_KINDS);
export type ActorKind = v.InferOutput<typeof ActorKindSchema>;

/**
 * Why the person acting may decide the matter: an adult client who understands what the
 * decision means; a minor client of the age and maturity to decide it themselves; a
 * representative whose authority over the matter was checked (the custody, the court's order,
 * the Suomi.fi mandate). A client who cannot understand it and has no representative gives no
 * consent at all: that is the statutory exception.
 */
export const ACTOR_COMPETENCES = ['adult', 'mature-minor', 'authority-verified'] as const;
export const ActorCompetenceSchema = v.picklist(ACTOR_COMPETENCES);
export type ActorCompetence = v.InferOutput<typeof ActorCompetenceSchema>;

export const ActorSchema = v.looseObject({
  kind: ActorKindSchema,
  /** The representative's name; the client is the record's `clientId`. */
  name: v.optional(NameSchema),
  competence: ActorCompetenceSchema,
});
export type Actor = Known<v.InferOutput<typeof ActorSchema>>;

/**
 * How a consent was given or revoked: electronically (a portal, OmaKanta), on a signed form, or
 * orally and recorded by a professional. A consent is revoked the same ways it is given.
 */
export const CONSENT_METHODS = ['electronic', 'written', 'oral-recorded-by-professional'] as const;
export const ConsentMethodSchema = v.picklist(CONSENT_METHODS);
export type ConsentMethod = v.InferOutput<typeof ConsentMethodSchema>;

export const ProfessionalSchema = v.looseObject({
  /** The professional's id in the backend, where there is one. */
  id: v.optional(IdSchema),
  name: NameSchema,
  title: v.optional(ShortTextSchema),
});
export type Professional = Known<v.InferOutput<typeof ProfessionalSchema>>;

/**
 * Who wrote the record down: the organisation always; the professional unless the client did it
 * themselves (an electronic consent in a portal). An oral consent needs the professional.
 */
export const RecordedBySchema = v.looseObject({
  professional: v.optional(ProfessionalSchema),
  organization: OrganizationSchema,
});
export type RecordedBy = Known<v.InferOutput<typeof RecordedBySchema>>;

/** Who revoked: one of those who may give a consent, or a professional ending a statutory exception. */
export const REVOKER_KINDS = [...ACTOR_KINDS, 'professional'] as const;
export const RevokerKindSchema = v.picklist(REVOKER_KINDS);
export type RevokerKind = v.InferOutput<typeof RevokerKindSchema>;

/**
 * The revocation of a consent (or the end of a statutory exception): when, by whom, how, and
 * why if the person said. Recording it is the only change a record ever sees after it was
 * recorded, so the record read is its whole history (`consentHistory` in the rules).
 */
export const RevocationSchema = v.looseObject({
  at: IsoDateSchema,
  by: v.looseObject({ kind: RevokerKindSchema, name: v.optional(NameSchema) }),
  method: ConsentMethodSchema,
  reason: v.optional(LongTextSchema),
  /** Who wrote the revocation down; needed when it was oral. */
  recordedBy: v.optional(RecordedBySchema),
});
export type Revocation = Known<v.InferOutput<typeof RevocationSchema>>;

/** A record is in force until it is revoked; nothing is ever deleted. An ended one is still `active` (see `consentValidity`). */
export const CONSENT_STATUSES = ['active', 'revoked'] as const;
export const ConsentStatusSchema = v.picklist(CONSENT_STATUSES);
export type ConsentStatus = v.InferOutput<typeof ConsentStatusSchema>;

// ---------------------------------------------------------------------------------------------
// The three instruments
// ---------------------------------------------------------------------------------------------

/** What every record of the consent store has, whatever its basis. */
const recordEntries = {
  id: IdSchema,
  clientId: IdSchema,
  recordedBy: RecordedBySchema,
  /** From when it applies (an ISO date); also when it was given. */
  validFrom: IsoDateSchema,
  status: ConsentStatusSchema,
  /** Present exactly when `status` is `revoked`. */
  revocation: v.optional(RevocationSchema),
};

/** What every consent has, whichever instrument it is. */
const consentEntries = {
  ...recordEntries,
  basis: v.literal('consent'),
  actor: ActorSchema,
  method: ConsentMethodSchema,
  /** The language of the form the client answered (`fi`, `sv`, `se`, …): the client chooses it. */
  formLanguage: LanguageTagSchema,
  /** The client asked for a printed copy. */
  printoutRequested: v.boolean(),
};

/**
 * The sector whose data a permit lets move: social-care data, health-care data, or across the
 * sectors in one direction (Kanta's SoTeConsent keeps one permit per direction).
 */
export const PERMIT_SECTORS = ['social-care', 'health-care', 'social-to-health', 'health-to-social'] as const;
export const PermitSectorSchema = v.picklist(PERMIT_SECTORS);
export type PermitSector = v.InferOutput<typeof PermitSectorSchema>;
export const CROSS_SECTOR_DIRECTIONS = [
  'social-to-health',
  'health-to-social',
] as const satisfies readonly PermitSector[];

/** The two registers: a prohibition applies within one of them. */
export const SECTORS = ['social-care', 'health-care'] as const;
export type Sector = (typeof SECTORS)[number];

/** How the client was given the information about Kanta Services that comes before a permit. */
export const INFORMING_CHANNELS = ['in-person', 'written', 'electronic', 'telephone'] as const;
export const InformingChannelSchema = v.picklist(INFORMING_CHANNELS);
export type InformingChannel = v.InferOutput<typeof InformingChannelSchema>;

export const InformingSchema = v.looseObject({
  /** The day the client acknowledged the informing. */
  date: IsoDateSchema,
  channel: InformingChannelSchema,
});
export type Informing = Known<v.InferOutput<typeof InformingSchema>>;

/** A class of data a cross-sector permit lets move (SoTeConsent `provision.class`, at most 3). */
export const DataClassSchema = v.looseObject({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(256, 'is too long')),
  /** The code system, where it is not Kanta's own. */
  system: v.optional(ShortTextSchema),
  display: v.optional(ShortTextSchema),
});
export type DataClass = Known<v.InferOutput<typeof DataClassSchema>>;

/**
 * A disclosure permit (luovutuslupa): lets the client's data of one sector (or across sectors in
 * one direction) go to the recipients for the purpose. The client is informed first; across the
 * sectors the client names which data, 1 to 3 classes. Valid until further notice unless `end`.
 */
export const DisclosurePermitSchema = v.looseObject({
  ...consentEntries,
  instrument: v.literal('disclosure-permit'),
  sector: PermitSectorSchema,
  /** The organisations that may receive the data (SoTeConsent `provision.actor`). */
  recipients: v.array(OrganizationSchema),
  purpose: LongTextSchema,
  /** The informing the client acknowledged before the permit; a permit without it breaks `informing-required`. */
  informing: v.optional(InformingSchema),
  /** For a cross-sector permit, the data classes that may move: 1 to 3. */
  dataClasses: v.optional(v.array(DataClassSchema)),
  /** The last day the permit applies; none: until further notice. */
  end: v.optional(IsoDateSchema),
});
export type DisclosurePermit = Known<v.InferOutput<typeof DisclosurePermitSchema>>;

/** Whom a social-care prohibition stops the data from reaching. */
export const SocialCareProhibitionTargetSchema = v.variant('kind', [
  /** One controller (rekisterinpitäjä): an organisation. */
  v.looseObject({ kind: v.literal('controller'), organization: OrganizationSchema }),
  /** One service task (palvelutehtävä), of one organisation where it names it. */
  v.looseObject({
    kind: v.literal('service-task'),
    serviceTask: NameSchema,
    organization: v.optional(OrganizationSchema),
  }),
  /** One document. */
  v.looseObject({ kind: v.literal('document'), documentId: IdSchema, title: v.optional(ShortTextSchema) }),
  /**
   * The guardian: a minor client forbids disclosure to their guardian, for a weighty reason that
   * is recorded (social care only).
   */
  v.looseObject({
    kind: v.literal('guardian'),
    guardianName: v.optional(NameSchema),
    weightyReason: v.optional(LongTextSchema),
  }),
]);
export type SocialCareProhibitionTarget = Known<v.InferOutput<typeof SocialCareProhibitionTargetSchema>>;

/** Whom a health-care prohibition stops the data from reaching: an organisation or a register. */
export const HealthCareProhibitionTargetSchema = v.variant('kind', [
  v.looseObject({ kind: v.literal('organization'), organization: OrganizationSchema }),
  v.looseObject({ kind: v.literal('register'), register: NameSchema, organization: v.optional(OrganizationSchema) }),
]);
export type HealthCareProhibitionTarget = Known<v.InferOutput<typeof HealthCareProhibitionTargetSchema>>;

const prohibitionEntries = {
  ...consentEntries,
  instrument: v.literal('disclosure-prohibition'),
  /** The plain-language consequences the client was shown, in the form's language, as shown. */
  consequencesShown: v.optional(LongTextSchema),
};

/**
 * A disclosure prohibition (luovutuskielto) within one sector, with a target of that sector's
 * kinds. It never stops disclosure between the county and its own voucher or purchased-service
 * producers, nor what the law requires; clients forget they set one, so the consequences are
 * shown and kept.
 */
export const DisclosureProhibitionSchema = v.variant('sector', [
  v.looseObject({ ...prohibitionEntries, sector: v.literal('social-care'), target: SocialCareProhibitionTargetSchema }),
  v.looseObject({ ...prohibitionEntries, sector: v.literal('health-care'), target: HealthCareProhibitionTargetSchema }),
]);
export type DisclosureProhibition = Known<v.InferOutput<typeof DisclosureProhibitionSchema>>;

/**
 * What a case-specific consent is for: starting the multi-service process, a joint multi-sector
 * client plan (SHL § 39), contacting another authority (SHL § 40), mapping the close network
 * (SHL § 43), or another purpose said in words.
 */
export const CASE_CONSENT_PURPOSES = [
  'multi-service-process',
  'joint-plan',
  'contact-authority',
  'close-network',
  'other',
] as const;
export type CaseConsentPurposeKind = (typeof CASE_CONSENT_PURPOSES)[number];

export const CaseConsentPurposeSchema = v.variant('kind', [
  v.looseObject({ kind: v.literal('multi-service-process') }),
  v.looseObject({ kind: v.literal('joint-plan') }),
  v.looseObject({ kind: v.literal('contact-authority'), authority: v.optional(OrganizationSchema) }),
  v.looseObject({ kind: v.literal('close-network') }),
  v.looseObject({ kind: v.literal('other'), text: NameSchema }),
]);
export type CaseConsentPurpose = Known<v.InferOutput<typeof CaseConsentPurposeSchema>>;

export const CASE_CONSENT_DECISIONS = ['given', 'refused'] as const;
export const CaseConsentDecisionSchema = v.picklist(CASE_CONSENT_DECISIONS);
export type CaseConsentDecision = v.InferOutput<typeof CaseConsentDecisionSchema>;

/** A case-specific consent (suostumus): given or refused for one purpose; a given one can be withdrawn. */
export const CaseConsentSchema = v.looseObject({
  ...consentEntries,
  instrument: v.literal('case-consent'),
  purpose: CaseConsentPurposeSchema,
  decision: CaseConsentDecisionSchema,
});
export type CaseConsent = Known<v.InferOutput<typeof CaseConsentSchema>>;

export const CONSENT_INSTRUMENTS = ['disclosure-permit', 'disclosure-prohibition', 'case-consent'] as const;
export type ConsentInstrument = (typeof CONSENT_INSTRUMENTS)[number];

/** A consent: exactly one of the three instruments, told apart by `instrument`. */
export const ConsentSchema = v.variant('instrument', [
  DisclosurePermitSchema,
  DisclosureProhibitionSchema,
  CaseConsentSchema,
]);
export type Consent = DisclosurePermit | DisclosureProhibition | CaseConsent;

// ---------------------------------------------------------------------------------------------
// The statutory exception
// ---------------------------------------------------------------------------------------------

/**
 * The statutory exception (703/2023 §§ 53–55), documented **instead of** a consent: the client
 * cannot understand what a consent means and has no legal representative, so a professional
 * records why the data must move and to whom. Both conditions are stated (`clientCannotUnderstand`,
 * `noLegalRepresentative`: the rule `exception-conditions` wants both true) and the
 * `justification` is required. It is ended like a consent is revoked, by a professional (the
 * client regained the capacity, or got a representative who can decide).
 */
export const StatutoryExceptionSchema = v.looseObject({
  ...recordEntries,
  basis: v.literal('statutory-exception'),
  sector: PermitSectorSchema,
  recipients: v.array(OrganizationSchema),
  purpose: LongTextSchema,
  justification: LongTextSchema,
  clientCannotUnderstand: v.boolean(),
  noLegalRepresentative: v.boolean(),
  end: v.optional(IsoDateSchema),
});
export type StatutoryException = Known<v.InferOutput<typeof StatutoryExceptionSchema>>;

/** What the consent store keeps: a consent, or a statutory exception documented instead of one. */
export const ConsentRecordSchema = v.variant('basis', [ConsentSchema, StatutoryExceptionSchema]);
export type ConsentRecord = Consent | StatutoryException;
