/**
 * Adapters for the plan viewer's stories. Each story's loader calls one of these, so every render
 * starts from fresh data and a part saved in one story never leaks into another.
 */
import {
  MemoryAdapter,
  OfflineError,
  type AnyAdapter,
  type AssessmentTemplate,
  type ClientPlan,
  type PlanPart,
  type PlanRef,
  type CallOptions,
} from '@saumaton/core';
import {
  exampleClient,
  exampleMeterReadings,
  exampleOrganizations,
  examplePlan,
  exampleProtectedClient,
} from '@saumaton/core/examples';
import meterUrl from '@saumaton/questionnaire/templates/life-situation-meter.json?url';

async function meter(): Promise<AssessmentTemplate> {
  const response = await fetch(meterUrl);
  if (!response.ok) throw new globalThis.Error(`${meterUrl}: ${response.status}`);
  return (await response.json()) as AssessmentTemplate;
}

/**
 * Sanna's plan, under turvakielto: a close person's contact details (never shown) and services
 * placed in a service package and a chain from home to home with an overlap and a gap.
 */
export const protectedPlan: ClientPlan = {
  ...examplePlan,
  id: 'plan-sanna',
  clientId: exampleProtectedClient.id,
  header: {
    ...examplePlan.header,
    documentName: 'Klientplan',
    client: { name: exampleProtectedClient.name, identityCode: exampleProtectedClient.identityCode },
  },
  clienthood: { ...examplePlan.clienthood, turvakielto: true },
  context: {
    motherTongue: 'sv',
    languageOfService: 'sv',
    closePersons: [
      { name: 'Greta Lind', kind: 'close-person', role: 'syster', contact: { phone: '+358 40 555 0199' } },
    ],
  },
  goals: examplePlan.goals.map(({ meter: _meter, areaLinkId: _area, ...goal }) => goal),
  parts: examplePlan.parts.map((part, i) => ({
    ...part,
    services: [
      {
        id: `svc-sanna-${String(i)}`,
        name: ['Bedömning av servicebehovet', 'Hemvård med servicesedel', 'Hemvård, kvällar'][i] ?? 'Tjänst',
        status: i === 2 ? 'planned' : 'ongoing',
        start: `2026-0${String(4 + i)}-01`,
        package: i < 2 ? { id: 'pkg-home', name: 'Tjänstehelhet för boende hemma' } : undefined,
        chain: {
          id: 'chain-home',
          name: 'Hem till hem',
          step: i === 0 ? 'Bedömning' : 'Hemvård',
          steps: ['Bedömning', 'Hemvård', 'Uppföljning'],
        },
      },
    ],
  })),
};

/** Aino's plan with eight producers' parts: the whole team around a client with many services. */
export const manyPartsPlan: ClientPlan = {
  ...examplePlan,
  id: 'plan-many',
  parts: [
    ...examplePlan.parts,
    ...[
      ['1.2.246.10.99999999.10.1', exampleOrganizations.countyHealth.name, 'own-production'],
      ['1.2.246.10.99999999.30.1', 'Tuulia ry', 'other-sector'],
      ['1.2.246.10.99999999.30.2', 'Kela', 'other-sector'],
      ['1.2.246.10.99999999.20.8', 'Siivouspalvelu Puhdas Oy', 'purchased-service'],
      ['1.2.246.10.99999999.20.9', 'Avustajapalvelu Apu', 'personal-budget'],
    ].map(([id, name, producerType], i): PlanPart => ({
      producer: { id: id!, name: name! },
      producerType: producerType!,
      services: [{ id: `svc-many-${String(i)}`, name: `${name!}: palvelu`, status: 'planned', frequency: '1 krt/kk' }],
      responsibilities: ['Oma osa suunnitelmassa'],
      author: { name: 'Työntekijä' },
      updatedAt: '2026-10-01T10:00:00+03:00',
    })),
  ],
};

export async function exampleAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({
    clients: [exampleClient, exampleProtectedClient],
    plans: [examplePlan, protectedPlan, manyPartsPlan],
    templates: [await meter()],
    meterReadings: exampleMeterReadings,
  });
}

/** The plan stores without live updates, as most remote backends are: a stale save then meets the conflict. */
export async function withoutLiveUpdatesAdapter(): Promise<{ adapter: AnyAdapter; store: MemoryAdapter }> {
  const store = await exampleAdapter();
  return {
    store,
    adapter: {
      getPlan: store.getPlan.bind(store),
      savePlanPart: store.savePlanPart.bind(store),
      savePlanCommon: store.savePlanCommon.bind(store),
      getTemplate: store.getTemplate.bind(store),
      listMeterReadings: store.listMeterReadings.bind(store),
    },
  };
}

/** Never answers: the loading state. */
export function neverAnsweringAdapter(): AnyAdapter {
  return { getPlan: () => new Promise<never>(() => undefined) };
}

/** Offline on the first load; "Try again" then reaches the example data. */
export async function offlineOnceAdapter(): Promise<AnyAdapter> {
  const online = await exampleAdapter();
  let failures = 1;
  return {
    getPlan: (ref: PlanRef, opts?: CallOptions) => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new OfflineError('The network is not reachable.'));
      }
      return online.getPlan(ref, opts);
    },
    getTemplate: online.getTemplate.bind(online),
    listMeterReadings: online.listMeterReadings.bind(online),
  };
}
