/**
 * Adapters for the roster's stories. Each story's loader calls one of these, so every render starts
 * from fresh data and a change saved in one story never leaks into another.
 */
import { MemoryAdapter, OfflineError, type CallOptions, type Team, type TeamRef, type Versioned } from '@saumaton/core';
import { exampleClient, exampleData, exampleTeam, largeExampleTeam } from '@saumaton/core/examples';
import type { AnyAdapter } from '@saumaton/core';

/** The example clients and teams (Aino's team, Sanna's team under turvakielto). */
export function exampleAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData(exampleData);
}

/** A client for whom no team has been convened yet. */
export function clientWithoutTeamAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient] });
}

/** A team just convened: proposed, no members, no meetings. */
export const emptyTeam: Team = {
  id: 'team-new',
  clientId: exampleClient.id,
  status: 'proposed',
  members: [],
  meetings: [],
};

export function emptyTeamAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient], teams: [emptyTeam] });
}

/**
 * A team read from a FHIR server where one member's record no longer exists: the roster shows
 * that member as an unknown person instead of failing the whole team.
 */
export function missingRecordAdapter(): Promise<MemoryAdapter> {
  const team: Team = {
    ...exampleTeam,
    members: [
      ...exampleTeam.members,
      { id: 'm-gone', name: 'Kaisa Kuusela', role: 'consultant', unresolved: true, period: { start: '2026-04-01' } },
    ],
  };
  return MemoryAdapter.withData({ clients: [exampleClient], teams: [team] });
}

/** 60 members and 40 meetings, the size the benchmarks use. */
export function largeTeamAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient], teams: [largeExampleTeam(60, 40)] });
}

/** Never answers: the roster stays in its loading state. */
export function neverAnsweringAdapter(): AnyAdapter {
  return {
    getTeam: () => new Promise<never>(() => undefined),
    getClient: () => new Promise<never>(() => undefined),
  };
}

/**
 * Offline on the first load; "Try again" then reaches the example data, as when the network
 * comes back.
 */
export async function offlineOnceAdapter(): Promise<AnyAdapter> {
  const online = await exampleAdapter();
  let failures = 1;
  return {
    getTeam: (ref: TeamRef, opts?: CallOptions) => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new OfflineError('The network is not reachable.'));
      }
      return online.getTeam(ref, opts);
    },
    getClient: (clientId: string, opts?: CallOptions) => online.getClient(clientId, opts),
    saveTeam: (team: Team, ifMatch: string | null, opts?: CallOptions) => online.saveTeam(team, ifMatch, opts),
  };
}

/** Returns a team that breaks the schema (a member's role is a number): what a buggy backend might send. */
export function malformedDataAdapter(): AnyAdapter {
  const [first, ...rest] = exampleTeam.members;
  const broken = { ...exampleTeam, members: [{ ...first, role: 42 }, ...rest] } as unknown as Team;
  const answer: Versioned<Team> = { value: broken, version: '1' };
  return {
    getTeam: () => Promise.resolve(answer),
    getClient: () => Promise.resolve({ value: exampleClient, version: '1' }),
  };
}
