import type { Client } from '../model/client.js';
import type { Team } from '../model/team.js';

/** The data every adapter under the conformance suite starts with. Fictional people only. */
export const conformanceClient: Client = {
  id: 'conformance-client-1',
  name: 'Aino Virtanen',
  identityCode: '020516C903K',
  languageOfService: 'fi',
  turvakielto: false,
};

export const conformanceTeam: Team = {
  id: 'conformance-team-1',
  clientId: conformanceClient.id,
  status: 'active',
  members: [
    {
      id: 'm-coordinator',
      name: 'Leena Korhonen',
      title: 'sosiaalityöntekijä',
      role: 'coordinator',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
      contact: { phone: '+358 40 123 4567', email: 'leena.korhonen@example.fi' },
      period: { start: '2026-01-15' },
    },
    {
      id: 'm-named-worker',
      name: 'Mikko Nieminen',
      title: 'sosiaaliohjaaja',
      role: 'named-worker',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
      responsibilities: ['Asumisen tuki'],
    },
    { id: 'm-client', name: 'Aino Virtanen', role: 'client' },
  ],
  meetings: [
    {
      id: 'meeting-1',
      date: '2026-02-03',
      participants: ['m-coordinator', 'm-client'],
      decisions: ['Tavataan kuukausittain'],
    },
  ],
};

/** A second client, whose team arrived from another system breaking two team rules. */
export const conformanceOtherClient: Client = {
  id: 'conformance-client-2',
  name: 'Eero Mäkelä',
  languageOfService: 'sv',
  turvakielto: false,
};

/**
 * A team as another system may have written it: active, but with no coordinator and no named or
 * responsible worker, so it breaks the rules `coordinator-required` and
 * `responsible-worker-required`. An adapter holds it as it is and lets it be mended step by step.
 */
export const conformanceBrokenTeam: Team = {
  id: 'conformance-team-broken',
  clientId: conformanceOtherClient.id,
  status: 'active',
  members: [
    {
      id: 'b-social-worker',
      name: 'Sari Laine',
      title: 'sosiaalityöntekijä',
      role: 'member',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
    },
    {
      id: 'b-nurse',
      name: 'Pekka Salo',
      title: 'sairaanhoitaja',
      role: 'member',
      organization: { id: '1.2.246.10.99999.10.1', name: 'Esimerkin hyvinvointialue', producerType: 'own-production' },
    },
    { id: 'b-client', name: 'Eero Mäkelä', role: 'client' },
  ],
  meetings: [],
};
