import { waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type AnyAdapter, type AssessmentTemplate, type ClientPlan, type Viewer } from '@saumaton/core';
import {
  exampleClient,
  exampleMeterReadings,
  exampleOrganizations,
  examplePlan,
  exampleProtectedClient,
} from '@saumaton/core/examples';
import { mount } from '@saumaton/elements/test-suites';
import { html } from 'lit';
import '../saumaton-plan-viewer.js';
import type { PlanViewer } from '../src/PlanViewer.js';

export const county = exampleOrganizations.county;
export const voucher = exampleOrganizations.voucher;
export const employment = exampleOrganizations.employment;

/** The responsible unit's professional: edits the common sections and the county's own part. */
export const organiser: Viewer = { kind: 'professional', organizationId: county.id, practitionerId: 'm-leena' };
/** The service-voucher producer's professional: edits only that producer's part. */
export const voucherWorker: Viewer = { kind: 'professional', organizationId: voucher.id, practitionerId: 'm-pekka' };
export const clientViewer: Viewer = { kind: 'client' };

/**
 * A second plan, for the client with turvakielto: a close person with contact details (never
 * shown), and services placed in a package and a chain with a gap and an overlap.
 */
export const protectedPlan: ClientPlan = {
  ...examplePlan,
  id: 'plan-protected',
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
      {
        name: 'Greta Lind',
        kind: 'close-person',
        role: 'syster',
        contact: { phone: '+358 40 555 0199', email: 'greta@example.fi' },
      },
    ],
  },
  supportNeed: {
    client: { text: 'Hemvårdens och hälsocentralens gemensamma vård' },
    professional: { text: 'Hemvårdens och hälsocentralens gemensamma vård' },
  },
  goals: examplePlan.goals.map(({ meter: _m, areaLinkId: _a, ...g }) => g),
  parts: [
    {
      ...examplePlan.parts[0]!,
      services: [
        {
          id: 'svc-p-1',
          name: 'Utredning',
          status: 'ongoing',
          start: '2026-04-01',
          package: { id: 'pkg-elderly', name: 'Äldres tjänstehelhet' },
          chain: {
            id: 'chain-home',
            name: 'Hem till hem',
            step: 'Bedömning',
            steps: ['Bedömning', 'Hemvård', 'Uppföljning'],
          },
        },
      ],
    },
    {
      ...examplePlan.parts[1]!,
      services: [
        {
          id: 'svc-p-2',
          name: 'Hemvård med servicesedel',
          status: 'ongoing',
          start: '2026-05-01',
          package: { id: 'pkg-elderly', name: 'Äldres tjänstehelhet' },
          chain: { id: 'chain-home', step: 'Hemvård' },
        },
      ],
    },
    {
      ...examplePlan.parts[2]!,
      services: [
        {
          id: 'svc-p-3',
          name: 'Hemvård, kvällar',
          status: 'planned',
          start: '2026-06-01',
          chain: { id: 'chain-home', step: 'Hemvård' },
        },
      ],
    },
  ],
};

let meterTemplate: AssessmentTemplate | undefined;
export async function lifeSituationMeter(): Promise<AssessmentTemplate> {
  meterTemplate ??= (await (
    await fetch(new URL('../../questionnaire/templates/life-situation-meter.json', import.meta.url))
  ).json()) as AssessmentTemplate;
  return meterTemplate;
}

export async function exampleAdapter(
  plans: readonly ClientPlan[] = [examplePlan, protectedPlan],
): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({
    clients: [exampleClient, exampleProtectedClient],
    plans,
    templates: [await lifeSituationMeter()],
    meterReadings: exampleMeterReadings,
  });
}

/** The plan stores without live updates, as most remote backends are: a stale save then conflicts. */
export function withoutLiveUpdates(adapter: MemoryAdapter): AnyAdapter {
  return {
    getPlan: adapter.getPlan.bind(adapter),
    savePlanPart: adapter.savePlanPart.bind(adapter),
    savePlanCommon: adapter.savePlanCommon.bind(adapter),
    getTemplate: adapter.getTemplate.bind(adapter),
    listMeterReadings: adapter.listMeterReadings.bind(adapter),
  };
}

export async function renderPlan(
  adapter: AnyAdapter,
  attrs: {
    planId?: string;
    clientId?: string;
    viewer?: Viewer;
    editable?: boolean;
    mode?: 'client' | 'professional';
    allowClientView?: boolean;
  } = {},
): Promise<PlanViewer> {
  const host = mount(
    html`<saumaton-plan-viewer
      plan-id=${attrs.clientId ? '' : (attrs.planId ?? examplePlan.id)}
      client-id=${attrs.clientId ?? ''}
      mode=${attrs.mode ?? 'professional'}
      ?editable=${attrs.editable ?? false}
      .allowClientView=${attrs.allowClientView ?? false}
      .adapter=${adapter}
      .viewer=${attrs.viewer}
    ></saumaton-plan-viewer>`,
  );
  const el = host.querySelector('saumaton-plan-viewer')!;
  await settled(el);
  return el;
}

export async function settled(el: PlanViewer): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state.loading'),
    'the plan stays loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

export function $(root: PlanViewer | Element, selector: string): HTMLElement | null {
  return (root.shadowRoot ?? root).querySelector<HTMLElement>(selector);
}

export function $$(el: PlanViewer | Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>(selector)];
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function input(el: PlanViewer, selector: string, value: string): void {
  const control = $(el, selector) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
}

export function part(el: PlanViewer, producerId: string): HTMLElement {
  const found = $(el, `.part[data-producer="${CSS.escape(producerId)}"]`);
  if (!found) throw new Error(`no part of ${producerId}`);
  return found;
}
