/**
 * The client's answer in a host form, as the element holds it: small, so that the element can
 * hold it before the answer form (`consent-answering.ts`) has loaded.
 */
import type { ActorKind, CaseConsent, DisclosurePermit, DisclosureProhibition } from '@saumaton/core';

/**
 * What the host presets of the consent a client answers in its form: whatever the client does
 * not decide (the recipients, the purpose, who records it, the id), in the model's shape.
 */
export type ConsentPreset = Partial<DisclosurePermit> | Partial<DisclosureProhibition> | Partial<CaseConsent>;

/** The client's answer as given in the form, every field as chosen. */
export interface Answer {
  /** `'yes'` (allow, forbid, consent), `'no'` (a case consent refused), `''` not answered. */
  readonly decision: '' | 'yes' | 'no';
  /** A permit: the client was told about Kanta Services. */
  readonly informed: boolean;
  readonly actorKind: ActorKind;
  readonly actorName: string;
  readonly printout: boolean;
}

export const EMPTY_ANSWER: Answer = {
  decision: '',
  informed: false,
  actorKind: 'client',
  actorName: '',
  printout: false,
};
