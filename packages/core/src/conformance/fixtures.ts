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
