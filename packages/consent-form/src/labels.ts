import { msg } from '@lit/localize';
import type {
  ActorCompetence,
  ActorKind,
  CaseConsentPurposeKind,
  ConsentInstrument,
  ConsentMethod,
  ConsentValidity,
  InformingChannel,
  PermitSector,
  RevokerKind,
} from '@saumaton/core';

/** The instruments' names (DOMAIN.md §5 terminology). */
export function instrumentLabel(instrument: ConsentInstrument): string {
  switch (instrument) {
    case 'disclosure-permit':
      return msg('Consent to data sharing');
    case 'disclosure-prohibition':
      return msg('Denial of consent');
    case 'case-consent':
      return msg('Consent for a specific purpose');
  }
}

/** The section heading of each instrument, plural. */
export function instrumentHeading(instrument: ConsentInstrument): string {
  switch (instrument) {
    case 'disclosure-permit':
      return msg('Consents to data sharing');
    case 'disclosure-prohibition':
      return msg('Denials of consent');
    case 'case-consent':
      return msg('Consents for a specific purpose');
  }
}

/** The button that opens the form of an instrument. */
export function recordLabel(instrument: ConsentInstrument): string {
  switch (instrument) {
    case 'disclosure-permit':
      return msg('Record a consent to data sharing');
    case 'disclosure-prohibition':
      return msg('Record a denial of consent');
    case 'case-consent':
      return msg('Record a consent for a specific purpose');
  }
}

/** What the instrument does, in plain words. */
export function instrumentMeaning(instrument: ConsentInstrument): string {
  switch (instrument) {
    case 'disclosure-permit':
      return msg(
        'Information may be shared with the organisations named here, for the purpose named here, until the consent ends or is revoked.',
      );
    case 'disclosure-prohibition':
      return msg(
        'Information is not shared with the organisation or for the task named here. This does not stop sharing between the wellbeing services county and its own service producers, or sharing that the law requires.',
      );
    case 'case-consent':
      return msg('A yes or no to one thing the professionals asked to do, named here.');
  }
}

export function sectorLabel(sector: PermitSector): string {
  switch (sector) {
    case 'social-care':
      return msg('Social care information');
    case 'health-care':
      return msg('Health care information');
    case 'social-to-health':
      return msg('Social care information to health care');
    case 'health-to-social':
      return msg('Health care information to social care');
  }
}

export function methodLabel(method: ConsentMethod): string {
  switch (method) {
    case 'electronic':
      return msg('Electronically');
    case 'written':
      return msg('In writing');
    case 'oral-recorded-by-professional':
      return msg('Orally, recorded by a professional');
  }
}

export function actorKindLabel(kind: ActorKind | RevokerKind): string {
  switch (kind) {
    case 'client':
      return msg('The client');
    case 'guardian':
      return msg('Guardian');
    case 'court-appointed-guardian':
      return msg('Court-appointed guardian');
    case 'authorised-person':
      return msg('Person authorised through Suomi.fi e-Authorizations');
    case 'professional':
      return msg('Professional');
  }
}

export function competenceLabel(competence: ActorCompetence): string {
  switch (competence) {
    case 'adult':
      return msg('An adult who understands what the decision means');
    case 'mature-minor':
      return msg('A minor old and mature enough to decide');
    case 'authority-verified':
      return msg('A representative whose authority was checked');
  }
}

export function channelLabel(channel: InformingChannel): string {
  switch (channel) {
    case 'in-person':
      return msg('In person');
    case 'written':
      return msg('In writing');
    case 'electronic':
      return msg('Electronically');
    case 'telephone':
      return msg('By telephone');
  }
}

export function purposeLabel(kind: CaseConsentPurposeKind): string {
  switch (kind) {
    case 'multi-service-process':
      return msg('Starting the multi-service process');
    case 'joint-plan':
      return msg('Making a joint multi-sector client plan');
    case 'contact-authority':
      return msg('Contacting another authority');
    case 'close-network':
      return msg('Mapping the client’s close network');
    case 'other':
      return msg('Another purpose');
  }
}

export function validityLabel(validity: ConsentValidity): string {
  switch (validity) {
    case 'current':
      return msg('In force');
    case 'upcoming':
      return msg('Not yet in force');
    case 'ended':
      return msg('Ended');
    case 'revoked':
      return msg('Revoked');
  }
}
