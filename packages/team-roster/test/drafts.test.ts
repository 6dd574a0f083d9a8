import { expect } from '@open-wc/testing';
import { ValidationError, isClientSide, redactTeam, today, type TeamMember } from '@saumaton/core';
import { exampleOrganizations, exampleTeam } from '@saumaton/core/examples';
import {
  changedFields,
  draftFromMember,
  emptyMeetingDraft,
  meetingFromDraft,
  memberFromDraft,
  mergeMember,
  type MemberDraft,
} from '../src/drafts.js';

function member(id: string): TeamMember {
  const found = exampleTeam.members.find((m) => m.id === id);
  if (!found) throw new Error(`no example member ${id}`);
  return found;
}

/** A new professional's draft: everything empty but what the test types. */
function newDraft(typed: Partial<MemberDraft>): MemberDraft {
  return { ...draftFromMember(), name: 'Satu Lahtinen', ...typed };
}

/** Parses a draft the test expects to be valid. */
function saved(draft: MemberDraft, clientSide = false): TeamMember {
  const result = memberFromDraft(draft, exampleTeam, clientSide);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Parses a draft the test expects to be refused, and returns its field errors. */
function refused(draft: MemberDraft, clientSide = false): Partial<Record<string, string>> {
  const result = memberFromDraft(draft, exampleTeam, clientSide);
  if (result.ok) throw new Error(`unexpectedly valid: ${JSON.stringify(result.value)}`);
  return result.errors;
}

describe('member drafts', () => {
  describe('from a member to the form and back', () => {
    it('gives back every example member unchanged when nothing was edited', () => {
      for (const m of exampleTeam.members) {
        expect(saved(draftFromMember(m), isClientSide(m)), m.id).to.deep.equal(m);
      }
    });

    it('opens a new member as an empty team member', () => {
      const draft = draftFromMember();
      expect(draft.id).to.equal(undefined);
      expect(draft.role).to.equal('member');
      const { id: _id, role: _role, ...rest } = draft;
      expect(Object.values(rest).every((v) => v === '')).to.equal(true);
    });

    it('shows qualifications and responsibilities one a line, and a date-time period as its day', () => {
      const draft = draftFromMember({
        ...member('m-leena'),
        period: { start: '2026-03-02T09:00:00+02:00', end: '2026-12-31T16:00:00+02:00' },
      });
      expect(draft.qualifications).to.equal('Sosiaalityöntekijä (laillistettu)\nYTM');
      expect(draft.responsibilities).to.equal('Kokoaa tiimin ja sopii tapaamiset\nPäivittää asiakassuunnitelman');
      expect(draft.start).to.equal('2026-03-02');
      expect(draft.end).to.equal('2026-12-31');
    });

    it('keeps the member id of an edited member and gives a new member a fresh one', () => {
      expect(saved(draftFromMember(member('m-jari'))).id).to.equal('m-jari');
      const first = saved(newDraft({}));
      const second = saved(newDraft({}));
      expect(first.id).to.match(/^member-/);
      expect(second.id).to.match(/^member-/);
      expect(first.id).to.not.equal(second.id);
    });
  });

  describe('empty fields', () => {
    it('saves no empty or blank strings, lists or contact objects', () => {
      const value = saved(
        newDraft({
          name: '  Satu Lahtinen  ',
          title: '   ',
          qualifications: '\n  \n',
          organizationName: '  ',
          serviceTask: ' ',
          responsibilities: '\n\n',
          phone: '  ',
          email: ' ',
          reachability: '  ',
        }),
      );
      expect(value).to.deep.equal({ id: value.id, name: 'Satu Lahtinen', role: 'member' });
    });

    it('saves only the contact detail that was typed, trimmed', () => {
      expect(saved(newDraft({ email: ' satu@example.fi ' })).contact).to.deep.equal({ email: 'satu@example.fi' });
      expect(saved(newDraft({ phone: '+358 40 555 0110 ' })).contact).to.deep.equal({ phone: '+358 40 555 0110' });
    });

    it('drops blank lines and surrounding spaces from lists', () => {
      const value = saved(newDraft({ responsibilities: '  Kotikäynnit \n\n Puhelut  \n' }));
      expect(value.responsibilities).to.deep.equal(['Kotikäynnit', 'Puhelut']);
    });

    it('saves an open-ended period with its start only', () => {
      expect(saved(newDraft({ start: '2026-12-01' })).period).to.deep.equal({ start: '2026-12-01' });
      expect(saved(newDraft({ end: '2026-12-31' })).period).to.deep.equal({ end: '2026-12-31' });
    });
  });

  describe('organisations typed by name', () => {
    it('reuses the id and producer type of the team’s organisation of the same name', () => {
      const value = saved(newDraft({ organizationName: 'Kotiapu Lindqvist Oy' }));
      expect(value.organization).to.deep.equal(exampleOrganizations.voucher);
    });

    it('matches the name without the spaces around it', () => {
      const value = saved(newDraft({ organizationName: '  Järvilaakson kaupungin työllisyyspalvelut ' }));
      expect(value.organization).to.deep.equal(exampleOrganizations.employment);
    });

    it('keeps a producer type the user chose over the known one', () => {
      const value = saved(newDraft({ organizationName: 'Kotiapu Lindqvist Oy', producerType: 'purchased-service' }));
      expect(value.organization).to.deep.equal({
        id: exampleOrganizations.voucher.id,
        name: 'Kotiapu Lindqvist Oy',
        producerType: 'purchased-service',
      });
    });

    it('gives an organisation the team does not know a new id and no producer type unless chosen', () => {
      const value = saved(newDraft({ organizationName: 'Vertaistuki Silta ry' }));
      expect(value.organization?.name).to.equal('Vertaistuki Silta ry');
      expect(value.organization?.id).to.match(/^org-/);
      const known = Object.values(exampleOrganizations).map((o) => o.id);
      expect(known).to.not.include(value.organization?.id);
      expect(value.organization).to.not.have.property('producerType');
      const chosen = saved(newDraft({ organizationName: 'Vertaistuki Silta ry', producerType: 'other-sector' }));
      expect(chosen.organization?.producerType).to.equal('other-sector');
    });
  });

  describe('the client and the people on the client’s side', () => {
    it('get no organisation, title, qualifications, service task or access basis', () => {
      const value = saved(
        {
          ...draftFromMember(),
          name: 'Raimo Mäkelä',
          role: 'close-person',
          relationship: ' isä ',
          title: 'Lähihoitaja',
          qualifications: 'Lähihoitaja',
          organizationName: 'Kotiapu Lindqvist Oy',
          producerType: 'service-voucher',
          serviceTask: 'Kotipalvelu',
          accessBasis: 'consent',
          phone: '+358 44 555 0197',
        },
        true,
      );
      expect(value).to.deep.equal({
        id: value.id,
        name: 'Raimo Mäkelä',
        role: 'close-person',
        relationship: 'isä',
        contact: { phone: '+358 44 555 0197' },
      });
    });

    it('keep their relationship, which a professional does not have', () => {
      expect(saved(newDraft({ relationship: 'naapuri' })).relationship).to.equal(undefined);
      expect(saved({ ...newDraft({ relationship: 'naapuri' }), role: 'support-person' }, true).relationship).to.equal(
        'naapuri',
      );
    });
  });

  describe('field errors', () => {
    it('points at the name when it is missing or blank', () => {
      expect(refused(newDraft({ name: '' }))).to.deep.equal({ name: 'Enter a name.' });
      expect(refused(newDraft({ name: '   ' }))).to.deep.equal({ name: 'Enter a name.' });
    });

    it('points at the email when it is not an email address', () => {
      expect(refused(newDraft({ email: 'satu.example.fi' }))).to.deep.equal({
        email: 'Enter an email address, for example name@example.fi.',
      });
    });

    it('points at the telephone when it is not a number', () => {
      expect(refused(newDraft({ phone: 'soita toimistoon' }))).to.deep.equal({
        phone: 'Enter a telephone number, for example +358 40 123 4567.',
      });
    });

    it('points at the end when the membership ends before it starts', () => {
      expect(refused(newDraft({ start: '2026-12-01', end: '2026-11-30' }))).to.deep.equal({
        end: 'Enter a real date; the end cannot be before the start.',
      });
    });

    it('accepts a membership that starts and ends on the same day', () => {
      expect(saved(newDraft({ start: '2026-12-01', end: '2026-12-01' })).period).to.deep.equal({
        start: '2026-12-01',
        end: '2026-12-01',
      });
    });

    it('points at the start when it is not a real day', () => {
      expect(refused(newDraft({ start: '2026-02-30' }))).to.deep.equal({
        start: 'Enter a real date; the end cannot be before the start.',
      });
    });

    it('reports every broken field at once', () => {
      expect(Object.keys(refused(newDraft({ name: '', email: 'x', phone: 'y' })))).to.have.members([
        'name',
        'email',
        'phone',
      ]);
    });
  });

  describe('changedFields', () => {
    it('is empty when nothing was edited', () => {
      const original = draftFromMember(member('m-jari'));
      expect(changedFields(original, { ...original })).to.deep.equal([]);
    });

    it('lists exactly the fields the user changed', () => {
      const original = draftFromMember(member('m-jari'));
      const edited = { ...original, title: 'Sosiaalityöntekijä', phone: '+358 40 555 0199', end: '2026-12-31' };
      expect(changedFields(original, edited)).to.have.members(['title', 'phone', 'end']);
    });

    it('does not count a field typed back to what it was', () => {
      const original = draftFromMember(member('m-jari'));
      expect(changedFields(original, { ...original, title: original.title })).to.deep.equal([]);
    });

    it('never lists the id', () => {
      const original = draftFromMember(member('m-jari'));
      expect(changedFields(original, { ...original, id: 'm-other' })).to.deep.equal([]);
    });
  });

  describe('mergeMember after a conflict', () => {
    /** What the user saves: Jari as the form opened, with `typed` edited. */
    function userEdit(typed: Partial<MemberDraft>, from: TeamMember = member('m-jari')) {
      const original = draftFromMember(from);
      const draft = { ...original, ...typed };
      return { edited: saved(draft), changed: changedFields(original, draft) };
    }

    it('keeps what the other person changed in the fields the user left alone', () => {
      const theirs: TeamMember = {
        ...member('m-jari'),
        title: 'Johtava sosiaaliohjaaja',
        reachability: 'ti–to 9–15',
        contact: { phone: '+358 40 555 0102', email: 'jari.h@example.fi' },
      };
      const { edited, changed } = userEdit({ phone: '+358 40 555 0177' });
      expect(mergeMember(theirs, edited, changed)).to.deep.equal({
        ...theirs,
        contact: { phone: '+358 40 555 0177', email: 'jari.h@example.fi' },
      });
    });

    it('gives the user’s value where both changed the same field', () => {
      const theirs: TeamMember = { ...member('m-jari'), title: 'Johtava sosiaaliohjaaja' };
      const { edited, changed } = userEdit({ title: 'Sosiaalityöntekijä' });
      expect(mergeMember(theirs, edited, changed).title).to.equal('Sosiaalityöntekijä');
    });

    it('removes a field the user emptied', () => {
      const { edited, changed } = userEdit({ reachability: '', qualifications: '' }, member('m-leena'));
      const merged = mergeMember(member('m-leena'), edited, changed);
      expect(merged).to.not.have.property('reachability');
      expect(merged).to.not.have.property('qualifications');
      expect(merged.title).to.equal('Sosiaalityöntekijä');
    });

    it('never writes back contact details that a protected client’s form did not show (turvakielto)', () => {
      const raija = member('m-raija');
      const shown = redactTeam(exampleTeam, undefined).members.find((m) => m.id === raija.id)!;
      expect(shown.contact).to.equal(undefined);
      const original = draftFromMember(shown);
      const draft = { ...original, relationship: 'äiti, asuu samassa taloudessa' };
      const changed = changedFields(original, draft);
      expect(changed).to.deep.equal(['relationship']);
      const merged = mergeMember(raija, saved(draft, true), changed);
      expect(merged.contact).to.deep.equal({ phone: '+358 44 555 0198' });
      expect(merged.relationship).to.equal('äiti, asuu samassa taloudessa');
    });

    it('changes one contact detail and keeps the other', () => {
      const { edited, changed } = userEdit({ email: 'jari.heikkinen@example.org' });
      expect(mergeMember(member('m-jari'), edited, changed).contact).to.deep.equal({
        phone: '+358 40 555 0102',
        email: 'jari.heikkinen@example.org',
      });
    });

    it('changes both contact details when the user changed both', () => {
      const { edited, changed } = userEdit({ phone: '+358 40 555 0177', email: 'jari.heikkinen@example.org' });
      expect(mergeMember(member('m-jari'), edited, changed).contact).to.deep.equal({
        phone: '+358 40 555 0177',
        email: 'jari.heikkinen@example.org',
      });
    });

    it('drops the contact when the user cleared both details', () => {
      const { edited, changed } = userEdit({ phone: '', email: '' });
      expect(mergeMember(member('m-jari'), edited, changed)).to.not.have.property('contact');
    });

    it('merges the start and the end of the membership independently', () => {
      const theirs: TeamMember = { ...member('m-jari'), period: { start: '2026-03-02', end: '2027-03-01' } };
      const startOnly = userEdit({ start: '2026-02-16' });
      expect(mergeMember(theirs, startOnly.edited, startOnly.changed).period).to.deep.equal({
        start: '2026-02-16',
        end: '2027-03-01',
      });
      const endOnly = userEdit({ end: '2026-12-31' });
      expect(
        mergeMember({ ...theirs, period: { start: '2026-02-02' } }, endOnly.edited, endOnly.changed).period,
      ).to.deep.equal({
        start: '2026-02-02',
        end: '2026-12-31',
      });
    });

    it('changes both the start and the end when the user changed both', () => {
      const { edited, changed } = userEdit({ start: '2026-02-16', end: '2026-12-31' });
      expect(mergeMember(member('m-jari'), edited, changed).period).to.deep.equal({
        start: '2026-02-16',
        end: '2026-12-31',
      });
    });

    it('takes the organisation as the user set it, id and producer type with the name', () => {
      const { edited, changed } = userEdit({
        organizationName: 'Kotiapu Lindqvist Oy',
        organizationId: '',
        producerType: '',
      });
      expect(changed).to.have.members(['organizationName', 'organizationId', 'producerType']);
      expect(mergeMember(member('m-jari'), edited, changed).organization).to.deep.equal(exampleOrganizations.voucher);
    });

    it('refuses a merge whose period would end before it starts', () => {
      const theirs: TeamMember = { ...member('m-jari'), period: { start: '2026-03-02', end: '2026-05-31' } };
      const { edited, changed } = userEdit({ start: '2026-06-01' });
      expect(() => mergeMember(theirs, edited, changed)).to.throw(ValidationError);
    });
  });
});

describe('meeting drafts', () => {
  it('opens on today with nobody chosen and no decisions', () => {
    expect(emptyMeetingDraft()).to.deep.equal({ date: today(), participants: [], decisions: '' });
  });

  it('refuses a meeting without participants', () => {
    expect(meetingFromDraft({ date: '2026-11-24', participants: [], decisions: 'Jatketaan' })).to.deep.equal({
      ok: false,
      errors: { participants: 'Choose who took part.' },
    });
  });

  it('refuses a missing or impossible date', () => {
    for (const date of ['', '2026-02-30', '24.11.2026']) {
      expect(meetingFromDraft({ date, participants: ['m-leena'], decisions: '' }), date).to.deep.equal({
        ok: false,
        errors: { date: 'Enter the date of the meeting.' },
      });
    }
  });

  it('records one decision a line, without blank lines or surrounding spaces', () => {
    const result = meetingFromDraft({
      date: '2026-11-24',
      participants: ['m-leena', 'm-aino'],
      decisions: ' Asiakassuunnitelma päivitetään \n\n  Seuraava tapaaminen tammikuussa\n',
    });
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.value.id).to.match(/^meeting-/);
    expect(result.value).to.deep.equal({
      id: result.value.id,
      date: '2026-11-24',
      participants: ['m-leena', 'm-aino'],
      decisions: ['Asiakassuunnitelma päivitetään', 'Seuraava tapaaminen tammikuussa'],
    });
  });

  it('records a meeting without decisions', () => {
    const result = meetingFromDraft({ date: '2026-11-24', participants: ['m-leena'], decisions: '  \n' });
    expect(result.ok && result.value.decisions).to.deep.equal([]);
  });
});
