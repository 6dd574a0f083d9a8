import { expect } from '@open-wc/testing';
import {
  ValidationError,
  addDays,
  checkTeamRules,
  coordinators,
  hasMeetingHistory,
  membershipState,
  today,
  type Meeting,
  type Team,
  type TeamMember,
} from '@saumaton/core';
import { exampleProtectedTeam, exampleTeam } from '@saumaton/core/examples';
import { changedFields, draftFromMember, memberFromDraft, type MemberDraft } from '../src/drafts.js';
import { handOver, recordMeeting, removeMember, saveMember } from '../src/edits.js';

function member(team: Team, id: string): TeamMember {
  const found = team.members.find((m) => m.id === id);
  if (!found) throw new Error(`no member ${id}`);
  return found;
}

/** The edit the form makes when a user opens `id`'s form, types `typed` and saves. */
function editOf(id: string, typed: Partial<MemberDraft>) {
  const original = draftFromMember(member(exampleTeam, id));
  const draft = { ...original, ...typed };
  const parsed = memberFromDraft(draft, exampleTeam, false);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return saveMember(parsed.value, changedFields(original, draft), false);
}

const satu: TeamMember = {
  id: 'm-satu',
  name: 'Satu Lahtinen',
  title: 'Toimintaterapeutti',
  role: 'member',
  period: { start: '2026-11-02' },
};

/** Someone else's newer version: Jari reachable on other days, Maria's phone changed, a new meeting. */
const newer: Team = {
  ...exampleTeam,
  members: exampleTeam.members.map((m) => {
    if (m.id === 'm-jari') return { ...m, reachability: 'ti–to 9–15' };
    if (m.id === 'm-maria') return { ...m, contact: { ...m.contact, phone: '+358 40 555 0133' } };
    return m;
  }),
  meetings: [
    ...exampleTeam.meetings,
    { id: 'meeting-4', date: '2026-11-24', participants: ['m-leena', 'm-jari'], decisions: [] },
  ],
};

describe('team edits', () => {
  describe('saveMember', () => {
    it('adds a new member at the end of the team, changing nobody else', () => {
      const team = saveMember(satu, [], true).apply(exampleTeam);
      expect(team.members).to.deep.equal([...exampleTeam.members, satu]);
      expect(team.meetings).to.equal(exampleTeam.meetings);
    });

    it('changes only the fields the user changed', () => {
      const team = editOf('m-jari', { title: 'Sosiaalityöntekijä' }).apply(exampleTeam);
      expect(member(team, 'm-jari')).to.deep.equal({ ...member(exampleTeam, 'm-jari'), title: 'Sosiaalityöntekijä' });
      expect(team.members.filter((m) => m.id !== 'm-jari')).to.deep.equal(
        exampleTeam.members.filter((m) => m.id !== 'm-jari'),
      );
    });

    it('applied again on someone else’s newer version, keeps their changes', () => {
      const team = editOf('m-jari', { title: 'Sosiaalityöntekijä' }).apply(newer);
      expect(member(team, 'm-jari')).to.deep.equal({
        ...member(exampleTeam, 'm-jari'),
        title: 'Sosiaalityöntekijä',
        reachability: 'ti–to 9–15',
      });
      expect(member(team, 'm-maria').contact?.phone).to.equal('+358 40 555 0133');
      expect(team.meetings.map((m) => m.id)).to.deep.equal(['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4']);
    });

    it('leaves the member in place in the list', () => {
      const team = editOf('m-maria', { reachability: 'ma–pe 8–16' }).apply(exampleTeam);
      expect(team.members.map((m) => m.id)).to.deep.equal(exampleTeam.members.map((m) => m.id));
    });

    it('hands the coordinator role over when another member is made coordinator: one coordinator after', () => {
      const team = editOf('m-maria', { role: 'coordinator' }).apply(exampleTeam);
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-maria']);
      // Jari is still the named worker, so Leena simply stays on as a member.
      expect(member(team, 'm-leena').role).to.equal('member');
      expect(member(team, 'm-jari').role).to.equal('named-worker');
      expect(checkTeamRules(team)).to.deep.equal([]);
    });

    it('hands the role over with the member’s other changes saved too', () => {
      const team = editOf('m-maria', { role: 'coordinator', reachability: 'ma–pe 8–16' }).apply(exampleTeam);
      expect(member(team, 'm-maria')).to.include({ role: 'coordinator', reachability: 'ma–pe 8–16' });
    });

    it('hands the role over from whoever holds it in the newer version', () => {
      const other = handOver(member(exampleTeam, 'm-tiina')).apply(exampleTeam);
      const team = editOf('m-maria', { role: 'coordinator' }).apply(other);
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-maria']);
      expect(member(team, 'm-tiina').role).to.equal('member');
    });

    it('makes a new member added as coordinator the only coordinator', () => {
      const team = saveMember({ ...satu, role: 'coordinator' }, [], true).apply(exampleTeam);
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-satu']);
      expect(team.members).to.have.length(exampleTeam.members.length + 1);
    });

    it('keeps the coordinator the coordinator when their other details change', () => {
      const team = editOf('m-leena', { phone: '+358 40 555 0111' }).apply(exampleTeam);
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-leena']);
      expect(member(team, 'm-leena').contact).to.deep.equal({
        phone: '+358 40 555 0111',
        email: 'leena.korhonen@example.fi',
      });
    });

    it('applied on someone else’s newer version, adds the new member to it', () => {
      const team = saveMember(satu, [], true).apply(newer);
      expect(team.members).to.deep.equal([...newer.members, satu]);
      expect(team.meetings).to.equal(newer.meetings);
    });

    it('adds a new member only once when the same save is applied again', () => {
      const edit = saveMember(satu, [], true);
      const team = edit.apply(edit.apply(exampleTeam));
      expect(team.members.filter((m) => m.id === satu.id)).to.deep.equal([satu]);
    });

    it('names the member in its summary', () => {
      expect(saveMember(satu, [], true).summary).to.equal('add Satu Lahtinen to the team.');
      expect(editOf('m-jari', { title: 'Sosiaalityöntekijä' }).summary).to.equal(
        'change the details of Jari Heikkinen.',
      );
    });
  });

  describe('hasMeetingHistory', () => {
    it('is true for a member who took part in a recorded meeting, false otherwise', () => {
      expect(hasMeetingHistory(exampleTeam, 'm-pekka')).to.equal(true);
      expect(hasMeetingHistory(exampleProtectedTeam, 'p-anders')).to.equal(false);
      expect(hasMeetingHistory(saveMember(satu, [], true).apply(exampleTeam), satu.id)).to.equal(false);
    });
  });

  describe('removeMember', () => {
    it('removes a member who took part in no meeting', () => {
      const eva = member(exampleProtectedTeam, 'p-eva');
      const team = removeMember(eva).apply(exampleProtectedTeam);
      expect(team.members.map((m) => m.id)).to.deep.equal(['p-helena', 'p-anders', 'p-sanna']);
    });

    it('keeps a member with meeting history as a past member whose last day was yesterday', () => {
      const maria = member(exampleTeam, 'm-maria');
      const team = removeMember(maria, '2026-11-30').apply(exampleTeam);
      expect(member(team, 'm-maria')).to.deep.equal({ ...maria, period: { start: '2026-03-16', end: '2026-11-29' } });
      expect(membershipState(member(team, 'm-maria'), '2026-11-30')).to.equal('past');
      expect(team.meetings).to.deep.equal(exampleTeam.meetings);
      expect(team.members).to.have.length(exampleTeam.members.length);
    });

    it('counts “yesterday” from today unless told otherwise', () => {
      const team = removeMember(member(exampleTeam, 'm-tiina')).apply(exampleTeam);
      expect(member(team, 'm-tiina').period).to.deep.equal({ start: '2026-04-20', end: addDays(today(), -1) });
    });

    it('ends a membership that starts today on its first day, never before it starts', () => {
      const day = today();
      const starting: Team = {
        ...exampleTeam,
        members: exampleTeam.members.map((m) => (m.id === 'm-pekka' ? { ...m, period: { start: day } } : m)),
      };
      const team = removeMember(member(starting, 'm-pekka'), day).apply(starting);
      expect(member(team, 'm-pekka').period).to.deep.equal({ start: day, end: day });
    });

    it('keeps the end of a membership that had already ended in the newer version', () => {
      const ended: Team = {
        ...exampleTeam,
        members: exampleTeam.members.map((m) =>
          m.id === 'm-tiina' ? { ...m, period: { start: '2026-04-20', end: '2026-10-31' } } : m,
        ),
      };
      const team = removeMember(member(exampleTeam, 'm-tiina'), '2026-11-30').apply(ended);
      expect(member(team, 'm-tiina').period).to.deep.equal({ start: '2026-04-20', end: '2026-10-31' });
    });

    it('moves a planned end that is still ahead to yesterday', () => {
      const planned: Team = {
        ...exampleTeam,
        members: exampleTeam.members.map((m) =>
          m.id === 'm-tiina' ? { ...m, period: { start: '2026-04-20', end: '2027-03-31' } } : m,
        ),
      };
      const team = removeMember(member(exampleTeam, 'm-tiina'), '2026-11-30').apply(planned);
      expect(member(team, 'm-tiina').period).to.deep.equal({ start: '2026-04-20', end: '2026-11-29' });
    });

    it('gives a member with history and no period an end only', () => {
      const team = removeMember(member(exampleTeam, 'm-kalle'), '2026-11-30').apply(exampleTeam);
      expect(member(team, 'm-kalle').period).to.deep.equal({ end: '2026-11-29' });
    });

    it('keeps someone else’s newer changes to the rest of the team', () => {
      const team = removeMember(member(exampleTeam, 'm-tiina'), '2026-11-30').apply(newer);
      expect(member(team, 'm-jari').reachability).to.equal('ti–to 9–15');
      expect(team.meetings).to.have.length(4);
    });

    it('names the member in its summary', () => {
      expect(removeMember(member(exampleTeam, 'm-tiina')).summary).to.equal('remove Tiina Rantanen from the team.');
    });
  });

  describe('handOver', () => {
    it('makes the member the one coordinator', () => {
      const team = handOver(member(exampleTeam, 'm-jari')).apply(exampleTeam);
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-jari']);
    });

    it('makes the previous coordinator the responsible worker when the team would otherwise have none', () => {
      const team = handOver(member(exampleTeam, 'm-jari')).apply(
        handOver(member(exampleTeam, 'm-maria')).apply(exampleTeam),
      );
      expect(coordinators(team).map((m) => m.id)).to.deep.equal(['m-jari']);
      // Maria held the role, and Jari was the only named or responsible worker.
      expect(member(team, 'm-maria').role).to.equal('responsible-worker');
      expect(checkTeamRules(team)).to.deep.equal([]);
    });

    it('refuses to make someone on the client’s side the coordinator', () => {
      const edit = handOver(member(exampleTeam, 'm-raija'));
      expect(() => edit.apply(exampleTeam)).to.throw(ValidationError);
    });

    it('refuses a member who is gone in the newer version', () => {
      const without: Team = { ...exampleTeam, members: exampleTeam.members.filter((m) => m.id !== 'm-maria') };
      expect(() => handOver(member(exampleTeam, 'm-maria')).apply(without)).to.throw(ValidationError);
    });

    it('names the member in its summary', () => {
      expect(handOver(member(exampleTeam, 'm-maria')).summary).to.equal('make Maria Nyström the coordinator.');
    });
  });

  describe('recordMeeting', () => {
    const meeting: Meeting = {
      id: 'meeting-new',
      date: '2026-11-24',
      participants: ['m-leena', 'm-aino'],
      decisions: ['Asiakassuunnitelma päivitetään'],
    };

    it('adds the meeting after the recorded ones', () => {
      const team = recordMeeting(meeting).apply(exampleTeam);
      expect(team.meetings).to.deep.equal([...exampleTeam.meetings, meeting]);
      expect(team.members).to.equal(exampleTeam.members);
    });

    it('keeps a meeting someone else recorded meanwhile', () => {
      const team = recordMeeting(meeting).apply(newer);
      expect(team.meetings.map((m) => m.id)).to.deep.equal([
        'meeting-1',
        'meeting-2',
        'meeting-3',
        'meeting-4',
        'meeting-new',
      ]);
    });

    it('names the meeting’s date in its summary', () => {
      expect(recordMeeting(meeting).summary).to.equal('record the meeting on Nov 24, 2026.');
    });
  });
});
