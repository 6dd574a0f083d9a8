import { expect } from '@open-wc/testing';
import {
  CONSENT_RULES,
  ValidationError,
  applyRevocation,
  assertNoIssues,
  checkConsentRules,
  checkNewConsent,
  checkRevocation,
  consentHistory,
  consentValidity,
  isInForce,
  type CaseConsent,
  type ConsentRecord,
  type DisclosurePermit,
  type DisclosureProhibition,
  type Revocation,
} from '@saumaton/core';
import {
  conformanceConsents,
  conformanceException,
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
} from '@saumaton/core/conformance';

const permit = conformancePermit;
const prohibition = conformanceProhibition;
const revokedCase = conformanceRevokedConsent;
const exception = conformanceException;
const givenCase: CaseConsent = {
  ...revokedCase,
  id: 'case-given',
  actor: { kind: 'client', competence: 'adult' },
  status: 'active',
  revocation: undefined,
};

const byClient: Revocation = { at: '2026-05-01', by: { kind: 'client' }, method: 'electronic' };

/** The codes of the rules `record` breaks. */
function codes(record: ConsentRecord): string[] {
  return checkConsentRules(record).map((i) => i.code);
}

describe('consent rules', () => {
  it('finds nothing wrong with the conformance records, one of them revoked', () => {
    for (const record of conformanceConsents) expect(checkConsentRules(record), record.id).to.deep.equal([]);
  });

  it('gives every issue a code from the list of stable rule codes', () => {
    const broken: DisclosurePermit = {
      ...permit,
      informing: undefined,
      dataClasses: [],
      recipients: [],
      actor: { kind: 'guardian', competence: 'adult' },
    };
    const issues = checkConsentRules(broken);
    expect(issues.length).to.be.greaterThan(3);
    for (const i of issues) expect(CONSENT_RULES).to.include(i.code);
  });

  describe('disclosure permit', () => {
    it('needs the client informed first', () => {
      expect(codes({ ...permit, informing: undefined })).to.deep.equal(['informing-required']);
      expect(checkConsentRules({ ...permit, informing: { date: '2026-02-04', channel: 'written' } })).to.deep.equal([
        { path: 'informing.date', message: 'the informing comes before the permit', code: 'informing-after-permit' },
      ]);
      // The same day is first enough: informed, then asked.
      expect(codes({ ...permit, informing: { date: permit.validFrom, channel: 'electronic' } })).to.deep.equal([]);
    });

    it('across the sectors names 1 to 3 data classes', () => {
      const classes = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `class-${String(i)}` }));
      expect(codes({ ...permit, dataClasses: undefined })).to.deep.equal(['data-classes-1-to-3']);
      expect(codes({ ...permit, dataClasses: classes(0) })).to.deep.equal(['data-classes-1-to-3']);
      expect(codes({ ...permit, dataClasses: classes(1) })).to.deep.equal([]);
      expect(codes({ ...permit, sector: 'health-to-social', dataClasses: classes(3) })).to.deep.equal([]);
      expect(codes({ ...permit, dataClasses: classes(4) })).to.deep.equal(['data-classes-1-to-3']);
    });

    it('within a sector covers the sector, naming no data classes', () => {
      expect(codes({ ...permit, sector: 'social-care', dataClasses: undefined })).to.deep.equal([]);
      expect(codes({ ...permit, sector: 'health-care' })).to.deep.equal(['data-classes-cross-sector-only']);
    });

    it('across the sectors names its recipients', () => {
      expect(codes({ ...permit, recipients: [] })).to.deep.equal(['recipients-required']);
      expect(codes({ ...permit, sector: 'social-care', dataClasses: undefined, recipients: [] })).to.deep.equal([]);
    });

    it('cannot end before it applies', () => {
      expect(codes({ ...permit, end: '2026-02-02' })).to.deep.equal(['ends-before-valid-from']);
      expect(codes({ ...permit, end: permit.validFrom })).to.deep.equal([]);
    });
  });

  describe('disclosure prohibition', () => {
    it('cannot be set by a guardian for a minor', () => {
      const byGuardian: DisclosureProhibition = {
        ...prohibition,
        actor: { kind: 'guardian', name: 'Pirjo Virtanen', competence: 'authority-verified' },
      };
      expect(codes(byGuardian)).to.deep.equal(['guardian-cannot-prohibit']);
      // A court-appointed guardian of an adult may.
      expect(codes({ ...byGuardian, actor: { ...byGuardian.actor, kind: 'court-appointed-guardian' } })).to.deep.equal(
        [],
      );
    });

    it('cannot block disclosure between the county and its own voucher or purchased-service producers', () => {
      for (const producerType of ['service-voucher', 'purchased-service'] as const) {
        const target = { kind: 'controller' as const, organization: { id: 'p', name: 'Kotiapu Oy', producerType } };
        expect(checkConsentRules({ ...prohibition, target }), producerType).to.deep.equal([
          {
            path: 'target.organization.producerType',
            message: 'a prohibition cannot block disclosure between the county and its own producers',
            code: 'prohibition-own-producer',
          },
        ]);
      }
      const healthOrg: DisclosureProhibition = {
        ...prohibition,
        sector: 'health-care',
        target: {
          kind: 'organization',
          organization: { id: 'h', name: 'Lääkäriasema Oy', producerType: 'service-voucher' },
        },
      };
      expect(codes(healthOrg)).to.deep.equal(['prohibition-own-producer']);
      // Another sector's organisation, or one whose relation is unknown, may be targeted.
      const other = {
        kind: 'controller' as const,
        organization: { id: 'o', name: 'Työllisyyspalvelut', producerType: 'other-sector' as const },
      };
      expect(codes({ ...prohibition, target: other })).to.deep.equal([]);
    });

    it('keeps the consequences the client was shown', () => {
      expect(codes({ ...prohibition, consequencesShown: undefined })).to.deep.equal(['consequences-required']);
      expect(codes({ ...prohibition, consequencesShown: '   ' })).to.deep.equal(['consequences-required']);
    });

    it('lets a minor forbid disclosure to the guardian in social care, for a weighty reason that is recorded', () => {
      const minor: DisclosureProhibition = {
        ...prohibition,
        actor: { kind: 'client', competence: 'mature-minor' },
        target: { kind: 'guardian', weightyReason: 'Väkivallan uhka kotona' },
      };
      expect(codes(minor)).to.deep.equal([]);
      expect(checkConsentRules({ ...minor, target: { kind: 'guardian' } })).to.deep.equal([
        { path: 'target.weightyReason', message: 'the weighty reason is recorded', code: 'weighty-reason-required' },
      ]);
      // Only the minor themselves: not an adult client, not a representative.
      expect(codes({ ...minor, actor: { kind: 'client', competence: 'adult' } })).to.deep.equal([
        'guardian-target-minor-only',
      ]);
      expect(
        codes({ ...minor, actor: { kind: 'court-appointed-guardian', name: 'M', competence: 'authority-verified' } }),
      ).to.deep.equal(['guardian-target-minor-only']);
    });
  });

  describe('who acts and how', () => {
    it('fits the competence to who acts, and names a representative', () => {
      expect(codes({ ...permit, actor: { kind: 'client', competence: 'authority-verified' } })).to.deep.equal([
        'actor-competence',
      ]);
      expect(codes({ ...permit, actor: { kind: 'authorised-person', competence: 'adult', name: 'A' } })).to.deep.equal([
        'actor-competence',
      ]);
      expect(
        codes({ ...permit, actor: { kind: 'authorised-person', competence: 'authority-verified' } }),
      ).to.deep.equal(['representative-name-required']);
    });

    it('has an oral consent written down by a named professional', () => {
      const oral: DisclosurePermit = { ...permit, method: 'oral-recorded-by-professional' };
      expect(codes(oral)).to.deep.equal([]);
      expect(codes({ ...oral, recordedBy: { organization: permit.recordedBy.organization } })).to.deep.equal([
        'oral-needs-professional',
      ]);
      // An electronic consent the client gave in a portal needs no professional.
      expect(
        codes({ ...permit, method: 'electronic', recordedBy: { organization: permit.recordedBy.organization } }),
      ).to.deep.equal([]);
    });

    it('never merges the instruments: a member of another instrument is refused on writing', () => {
      const mixed = { ...prohibition, dataClasses: [{ code: 'x' }], decision: 'given' } as unknown as ConsentRecord;
      expect(checkConsentRules(mixed).map((i) => [i.code, i.path])).to.deep.equal([
        ['foreign-fields', 'dataClasses'],
        ['foreign-fields', 'decision'],
      ]);
      const disguised = { ...exception, actor: { kind: 'client', competence: 'adult' } } as unknown as ConsentRecord;
      expect(checkConsentRules(disguised).map((i) => [i.code, i.path])).to.deep.equal([['foreign-fields', 'actor']]);
    });
  });

  describe('statutory exception', () => {
    it('holds only when the client cannot understand and has no legal representative', () => {
      expect(codes({ ...exception, noLegalRepresentative: false })).to.deep.equal(['exception-conditions']);
      expect(checkConsentRules({ ...exception, clientCannotUnderstand: false })[0]?.path).to.equal(
        'clientCannotUnderstand',
      );
    });

    it('states why, documented by a professional', () => {
      expect(codes({ ...exception, justification: ' ' })).to.deep.equal(['justification-required']);
      expect(codes({ ...exception, recordedBy: { organization: exception.recordedBy.organization } })).to.deep.equal([
        'exception-needs-professional',
      ]);
    });
  });

  describe('revocation', () => {
    it('revokes a consent as a new version with the revocation, keeping the rest as it was', () => {
      expect(checkRevocation(permit, byClient)).to.deep.equal([]);
      const after = applyRevocation(permit, byClient);
      expect(after).to.deep.equal({ ...permit, status: 'revoked', revocation: byClient });
      expect(checkConsentRules(after)).to.deep.equal([]);
    });

    it('cannot revoke a revoked consent again', () => {
      expect(checkRevocation(revokedCase, byClient).map((i) => i.code)).to.include('already-revoked');
    });

    it('withdraws only a given case consent, never a refusal', () => {
      expect(checkRevocation(givenCase, byClient)).to.deep.equal([]);
      expect(checkRevocation({ ...givenCase, decision: 'refused' }, byClient).map((i) => i.code)).to.deep.equal([
        'refusal-not-revocable',
      ]);
    });

    it('comes after the consent applies', () => {
      expect(checkRevocation(permit, { ...byClient, at: '2026-02-02' }).map((i) => i.code)).to.deep.equal([
        'revocation-before-valid-from',
      ]);
    });

    it('is made by who may give a consent, and an exception is ended by a professional', () => {
      const byProfessional: Revocation = {
        at: '2026-05-01',
        by: { kind: 'professional', name: 'Leena Korhonen' },
        method: 'written',
        recordedBy: exception.recordedBy,
      };
      expect(checkRevocation(permit, byProfessional).map((i) => i.code)).to.deep.equal(['revoker-kind']);
      expect(checkRevocation(exception, byProfessional)).to.deep.equal([]);
      expect(checkRevocation(exception, byClient).map((i) => i.code)).to.deep.equal(['revoker-kind']);
      const unnamed: Revocation = { ...byClient, by: { kind: 'guardian' } };
      expect(checkRevocation(permit, unnamed).map((i) => i.code)).to.deep.equal(['representative-name-required']);
    });

    it('has an oral revocation written down by a named professional', () => {
      const oral: Revocation = { ...byClient, method: 'oral-recorded-by-professional' };
      expect(checkRevocation(permit, oral)).to.deep.equal([
        {
          path: 'revocation.recordedBy.professional',
          message: 'an oral consent or revocation is recorded by a named professional',
          code: 'oral-needs-professional',
        },
      ]);
      expect(checkRevocation(permit, { ...oral, recordedBy: permit.recordedBy })).to.deep.equal([]);
    });

    it('keeps status and revocation together', () => {
      expect(codes({ ...permit, status: 'revoked' })).to.deep.equal(['revocation-status-mismatch']);
      expect(codes({ ...revokedCase, status: 'active' })).to.deep.equal(['revocation-status-mismatch']);
    });
  });

  it('records a new consent only active, never already revoked', () => {
    expect(checkNewConsent(permit)).to.deep.equal([]);
    expect(checkNewConsent(revokedCase).map((i) => i.code)).to.deep.equal(['recorded-revoked']);
    expect(() => assertNoIssues(checkNewConsent(revokedCase)))
      .to.throw(ValidationError)
      .with.property('issues')
      .that.has.length(1);
    expect(() => assertNoIssues([])).not.to.throw();
  });

  describe('validity on a day', () => {
    it('tells upcoming, current, ended and revoked apart', () => {
      const ending: DisclosurePermit = { ...permit, end: '2026-06-30' };
      expect(consentValidity(ending, '2026-02-02')).to.equal('upcoming');
      expect(consentValidity(ending, '2026-02-03')).to.equal('current');
      expect(consentValidity(ending, '2026-06-30')).to.equal('current');
      expect(consentValidity(ending, '2026-07-01')).to.equal('ended');
      // Until further notice: no end.
      expect(consentValidity(permit, '2099-01-01')).to.equal('current');
    });

    it('counts a revocation from its day on, and not before', () => {
      expect(consentValidity(revokedCase, '2026-02-09')).to.equal('current');
      expect(consentValidity(revokedCase, '2026-02-10')).to.equal('revoked');
      expect(consentValidity(revokedCase, '2026-02-10T08:00:00+02:00')).to.equal('revoked');
      expect(consentValidity(applyRevocation({ ...permit, end: '2026-03-01' }, byClient), '2026-12-01')).to.equal(
        'revoked',
      );
    });

    it('holds a refused case consent as a decision, never in force', () => {
      expect(isInForce(givenCase, '2026-03-01')).to.equal(true);
      expect(isInForce({ ...givenCase, decision: 'refused' }, '2026-03-01')).to.equal(false);
      expect(isInForce(revokedCase, '2026-03-01')).to.equal(false);
      expect(isInForce(exception, '2026-03-01')).to.equal(true);
    });
  });

  describe('history', () => {
    it('reads who recorded and when from an active consent', () => {
      expect(consentHistory(permit)).to.deep.equal([
        { action: 'recorded', at: '2026-02-03', by: permit.actor, method: 'written', recordedBy: permit.recordedBy },
      ]);
    });

    it('reads who revoked, when, how and why from a revoked one', () => {
      const events = consentHistory(revokedCase);
      expect(events.map((e) => [e.action, e.at])).to.deep.equal([
        ['recorded', '2026-01-20'],
        ['revoked', '2026-02-10'],
      ]);
      expect(events[1]).to.deep.equal({
        action: 'revoked',
        at: '2026-02-10',
        by: { kind: 'court-appointed-guardian', name: 'Matti Virtanen' },
        method: 'oral-recorded-by-professional',
        reason: 'Verkostokartta on tehty.',
        recordedBy: revokedCase.recordedBy,
      });
    });

    it('names no one who "gave" a statutory exception: a professional documented it', () => {
      const [recorded] = consentHistory(exception);
      expect(recorded).to.deep.include({ action: 'recorded', by: undefined, method: undefined });
      expect(recorded?.recordedBy?.professional?.name).to.equal('Leena Korhonen');
    });
  });
});
