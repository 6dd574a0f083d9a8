import { expect } from '@open-wc/testing';
import { ClientSchema, TeamSchema, ValidationError, isIsoDate, parse } from '@saumaton/core';
import { conformanceTeam } from '@saumaton/core/conformance';

function validationError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('model schemas', () => {
  it('accepts a well-formed team and returns a copy', () => {
    const parsed = parse(TeamSchema, conformanceTeam);
    expect(parsed).to.deep.equal(conformanceTeam);
    expect(parsed).not.to.equal(conformanceTeam);
  });

  it('names the failing path of a malformed team', () => {
    const bad = { ...conformanceTeam, members: [{ ...conformanceTeam.members[0], role: 'boss' }] };
    expect(validationError(() => parse(TeamSchema, bad)).path).to.equal('members.0.role');
  });

  it('rejects values that are not teams at all', () => {
    for (const bad of [null, 42, 'team', [], { id: 'x' }]) {
      expect(validationError(() => parse(TeamSchema, bad)).issues.length, JSON.stringify(bad)).to.be.greaterThan(0);
    }
  });

  it('rejects duplicate member ids', () => {
    const m = conformanceTeam.members[0]!;
    expect(() => parse(TeamSchema, { ...conformanceTeam, members: [m, m] })).to.throw(ValidationError);
  });

  it('rejects contact links that are not phone numbers or email addresses', () => {
    const withContact = (contact: unknown) => ({
      ...conformanceTeam,
      members: [{ ...conformanceTeam.members[0], contact }],
    });
    expect(validationError(() => parse(TeamSchema, withContact({ phone: 'javascript:alert(1)' }))).path).to.equal(
      'members.0.contact.phone',
    );
    expect(
      validationError(() => parse(TeamSchema, withContact({ email: '"><img src=x onerror=alert(1)>' }))).path,
    ).to.equal('members.0.contact.email');
  });

  it('rejects a period that ends before it starts', () => {
    const bad = {
      ...conformanceTeam,
      members: [{ ...conformanceTeam.members[0], period: { start: '2026-02-01', end: '2026-01-01' } }],
    };
    expect(validationError(() => parse(TeamSchema, bad)).path).to.equal('members.0.period');
  });

  it('knows real ISO dates from impossible ones', () => {
    expect(isIsoDate('2026-11-24')).to.equal(true);
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2026-11-24T09:30:00+02:00')).to.equal(true);
    expect(isIsoDate('2025-02-29')).to.equal(false);
    expect(isIsoDate('2026-13-01')).to.equal(false);
    expect(isIsoDate('24.11.2026')).to.equal(false);
  });

  it('validates a client, upper-casing the identity code', () => {
    const client = parse(ClientSchema, { id: 'c', name: 'Aino', identityCode: '020516c903k', turvakielto: true });
    expect(client.identityCode).to.equal('020516C903K');
    expect(() => parse(ClientSchema, { id: 'c', name: 'Aino', turvakielto: 'yes' })).to.throw(ValidationError);
  });
});
