import { expect } from '@open-wc/testing';
import type { Team, TeamMember } from '@saumaton/core';
import { exampleTeam } from '@saumaton/core/examples';
import { registerLocaleLoaders, setLocale } from '@saumaton/elements';
import { rosterLocaleLoaders } from '../src/locales.js';
import { describeTeamChanges } from '../src/team-diff.js';

const satu: TeamMember = { id: 'm-satu', name: 'Satu Lahtinen', role: 'member' };

function changeMember(id: string, change: Partial<TeamMember>): Team {
  return { ...exampleTeam, members: exampleTeam.members.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

/** One version of the team for each kind of change, from the example team. */
const changes = {
  added: { ...exampleTeam, members: [...exampleTeam.members, satu] },
  removed: { ...exampleTeam, members: exampleTeam.members.filter((m) => m.id !== 'm-pekka') },
  role: changeMember('m-maria', { role: 'named-worker' }),
  details: changeMember('m-tiina', { reachability: 'ma–pe 9–15' }),
  status: { ...exampleTeam, status: 'suspended' },
  meeting: {
    ...exampleTeam,
    meetings: [
      ...exampleTeam.meetings,
      { id: 'meeting-4', date: '2026-11-24', participants: ['m-leena', 'm-aino'], decisions: [] },
    ],
  },
} satisfies Record<string, Team>;

describe('describeTeamChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeTeamChanges(exampleTeam, structuredClone(exampleTeam))).to.deep.equal([]);
  });

  describe('in English', () => {
    it('says who was added', () => {
      expect(describeTeamChanges(exampleTeam, changes.added)).to.deep.equal(['Satu Lahtinen was added.']);
    });

    it('says who was removed', () => {
      expect(describeTeamChanges(exampleTeam, changes.removed)).to.deep.equal(['Pekka Lindqvist was removed.']);
    });

    it('says whose role changed, and to what', () => {
      expect(describeTeamChanges(exampleTeam, changes.role)).to.deep.equal(['Maria Nyström is now: Named worker.']);
    });

    it('says whose details changed', () => {
      expect(describeTeamChanges(exampleTeam, changes.details)).to.deep.equal([
        'Tiina Rantanen’s details were changed.',
      ]);
    });

    it('says the team’s new status', () => {
      expect(describeTeamChanges(exampleTeam, changes.status)).to.deep.equal(['The team’s status is now Suspended.']);
    });

    it('says on which day a meeting was recorded', () => {
      expect(describeTeamChanges(exampleTeam, changes.meeting)).to.deep.equal([
        'A meeting on Nov 24, 2026 was recorded.',
      ]);
    });

    it('says a role change once, not also as changed details', () => {
      const after = changeMember('m-maria', { role: 'named-worker', reachability: 'ma–pe 8–16' });
      expect(describeTeamChanges(exampleTeam, after)).to.deep.equal(['Maria Nyström is now: Named worker.']);
    });

    it('gives one sentence a change, the status first and the meetings last', () => {
      const after: Team = {
        ...changes.meeting,
        status: 'inactive',
        members: [...changes.removed.members.map((m) => (m.id === 'm-tiina' ? { ...m, title: 'Ohjaaja' } : m)), satu],
      };
      expect(describeTeamChanges(exampleTeam, after)).to.deep.equal([
        'The team’s status is now Ended.',
        'Tiina Rantanen’s details were changed.',
        'Satu Lahtinen was added.',
        'Pekka Lindqvist was removed.',
        'A meeting on Nov 24, 2026 was recorded.',
      ]);
    });
  });

  describe('in Finnish', () => {
    before(() => {
      // The roster's strings join the page when a roster is made; this test makes none.
      registerLocaleLoaders(rosterLocaleLoaders);
      return setLocale('fi');
    });
    after(() => setLocale('en'));

    it('says every kind of change in Finnish', () => {
      expect(describeTeamChanges(exampleTeam, changes.added)).to.deep.equal(['Satu Lahtinen lisättiin.']);
      expect(describeTeamChanges(exampleTeam, changes.removed)).to.deep.equal(['Pekka Lindqvist poistettiin.']);
      expect(describeTeamChanges(exampleTeam, changes.role)).to.deep.equal(['Maria Nyström on nyt: Omatyöntekijä.']);
      expect(describeTeamChanges(exampleTeam, changes.details)).to.deep.equal([
        'Henkilön Tiina Rantanen tietoja muutettiin.',
      ]);
      expect(describeTeamChanges(exampleTeam, changes.status)).to.deep.equal(['Tiimin tila on nyt: Tauolla.']);
      expect(describeTeamChanges(exampleTeam, changes.meeting)).to.deep.equal(['Tapaaminen 24.11.2026 kirjattiin.']);
    });
  });

  // Mocha runs a suite's own tests before its inner suites: this one must be a suite to come last.
  describe('after Finnish', () => {
    it('is back in English once the locale is restored', () => {
      expect(describeTeamChanges(exampleTeam, changes.added)).to.deep.equal(['Satu Lahtinen was added.']);
    });
  });
});
