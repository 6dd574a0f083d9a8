import { expect } from '@open-wc/testing';
import {
  ConsentRecordSchema,
  RevocationSchema,
  ValidationError,
  parse,
  parseVersioned,
  type ConsentRecord,
} from '@saumaton/core';
import {
  conformanceConsents,
  conformanceException,
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
} from '@saumaton/core/conformance';

function validationError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** The record as loose JSON, to build values the types would not let through. */
function json(record: ConsentRecord): Record<string, unknown> {
  return structuredClone(record);
}

describe('consent model', () => {
  it('parses every kind of record as it is, and returns a copy', () => {
    for (const record of conformanceConsents) {
      const parsed = parse(ConsentRecordSchema, record);
      expect(parsed, record.id).to.deep.equal(record);
      expect(parsed).not.to.equal(record);
    }
  });

  it('never merges the instruments: each needs its own fields', () => {
    // A permit relabelled as a prohibition has no target; as a case consent, no decision.
    const asProhibition = { ...json(conformancePermit), instrument: 'disclosure-prohibition', sector: 'social-care' };
    expect(validationError(() => parse(ConsentRecordSchema, asProhibition)).path).to.equal('target');
    const asCase = { ...json(conformancePermit), instrument: 'case-consent', purpose: { kind: 'joint-plan' } };
    expect(validationError(() => parse(ConsentRecordSchema, asCase)).path).to.equal('decision');
    // A permit keeps its purpose in words; a case consent's purpose is one of five kinds.
    const permitWithCasePurpose = { ...json(conformancePermit), purpose: { kind: 'joint-plan' } };
    expect(validationError(() => parse(ConsentRecordSchema, permitWithCasePurpose)).path).to.equal('purpose');
  });

  it('rejects an unknown instrument or basis, naming the field', () => {
    expect(
      validationError(() => parse(ConsentRecordSchema, { ...json(conformancePermit), instrument: 'blanket-consent' }))
        .path,
    ).to.equal('instrument');
    expect(
      validationError(() => parse(ConsentRecordSchema, { ...json(conformancePermit), basis: 'presumed' })).path,
    ).to.equal('basis');
  });

  it('keeps a prohibition target within its sector: a register is a health-care target, a document a social-care one', () => {
    const health = { ...json(conformanceProhibition), sector: 'health-care' };
    expect(validationError(() => parse(ConsentRecordSchema, health)).path).to.equal('target.kind');
    const register = { ...health, target: { kind: 'register', register: 'Potilasrekisteri' } };
    expect(parse(ConsentRecordSchema, register)).to.deep.include({ sector: 'health-care' });
    const socialRegister = { ...register, sector: 'social-care' };
    expect(validationError(() => parse(ConsentRecordSchema, socialRegister)).path).to.equal('target.kind');
  });

  it('requires the text of an "other" case-consent purpose', () => {
    const other = { ...json(conformanceRevokedConsent), purpose: { kind: 'other', text: '  ' } };
    expect(validationError(() => parse(ConsentRecordSchema, other)).path).to.equal('purpose.text');
    const said = { ...other, purpose: { kind: 'other', text: 'Yhteydenotto kouluun' } };
    expect(parse(ConsentRecordSchema, said)).to.deep.include({
      purpose: { kind: 'other', text: 'Yhteydenotto kouluun' },
    });
  });

  it('keeps the statutory exception apart: it has no instrument, and a consent field does not make it one', () => {
    const parsed = parse(ConsentRecordSchema, conformanceException);
    expect(parsed.basis).to.equal('statutory-exception');
    expect('instrument' in parsed).to.equal(false);
    const disguised = { ...json(conformanceException), basis: 'consent', instrument: 'disclosure-permit' };
    expect(validationError(() => parse(ConsentRecordSchema, disguised)).issues.length).to.be.greaterThan(0);
    const withoutJustification = { ...json(conformanceException), justification: undefined };
    expect(validationError(() => parse(ConsentRecordSchema, withoutJustification)).path).to.equal('justification');
  });

  it('reads liberally: members it does not know are kept, at every depth', () => {
    const newer = {
      ...json(conformancePermit),
      kantaReference: 'abc-123',
      actor: { kind: 'client', competence: 'adult', verifiedBy: 'suomi.fi' },
    };
    const parsed = parse(ConsentRecordSchema, newer) as unknown as Record<string, unknown>;
    expect(parsed.kantaReference).to.equal('abc-123');
    expect((parsed.actor as Record<string, unknown>).verifiedBy).to.equal('suomi.fi');
  });

  it('names the failing path of malformed common fields', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...json(conformancePermit), validFrom: '3.2.2026' }, 'validFrom'],
      [{ ...json(conformancePermit), formLanguage: 'suomi!' }, 'formLanguage'],
      [{ ...json(conformancePermit), method: 'telepathy' }, 'method'],
      [{ ...json(conformancePermit), status: 'deleted' }, 'status'],
      [{ ...json(conformancePermit), actor: { kind: 'neighbour', competence: 'adult' } }, 'actor.kind'],
      [{ ...json(conformancePermit), printoutRequested: 'yes' }, 'printoutRequested'],
      [{ ...json(conformancePermit), informing: { date: '2026-02-01', channel: 'pigeon' } }, 'informing.channel'],
      [{ ...json(conformancePermit), dataClasses: [{ code: '' }] }, 'dataClasses.0.code'],
      [{ ...json(conformancePermit), recipients: [{ id: 'x' }] }, 'recipients.0.name'],
    ];
    for (const [value, path] of cases)
      expect(validationError(() => parse(ConsentRecordSchema, value)).path).to.equal(path);
  });

  it('validates a revocation on its own, as revokeConsent receives it', () => {
    const revocation = conformanceRevokedConsent.revocation!;
    expect(parse(RevocationSchema, revocation)).to.deep.equal(revocation);
    expect(validationError(() => parse(RevocationSchema, { ...revocation, by: { kind: 'neighbour' } })).path).to.equal(
      'by.kind',
    );
    expect(validationError(() => parse(RevocationSchema, { ...revocation, at: 'yesterday' })).path).to.equal('at');
  });

  it('validates an adapter answer with its version', () => {
    expect(parseVersioned(ConsentRecordSchema, { value: conformancePermit, version: '1' }).value).to.deep.equal(
      conformancePermit,
    );
    expect(() => parseVersioned(ConsentRecordSchema, { value: conformancePermit })).to.throw(ValidationError);
  });
});
