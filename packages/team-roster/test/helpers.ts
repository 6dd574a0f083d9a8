import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  MemoryAdapter,
  type CallOptions,
  type Client,
  type ClientStore,
  type Team,
  type TeamRef,
  type TeamStore,
  type Versioned,
  type Viewer,
} from '@saumaton/core';
import { exampleData, exampleTeam } from '@saumaton/core/examples';
import { setLocale, type SaumatonLocale } from '@saumaton/elements';
import '../saumaton-team-roster.js';
import type { TeamRoster } from '../src/TeamRoster.js';

export const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

export function exampleAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData(exampleData);
}

/** The same stores without live updates, as most remote backends are: a stale save then conflicts. */
export function withoutLiveUpdates(adapter: MemoryAdapter): ClientStore & TeamStore {
  return {
    getClient: adapter.getClient.bind(adapter),
    getTeam: adapter.getTeam.bind(adapter),
    saveTeam: adapter.saveTeam.bind(adapter),
  };
}

/** Renders a roster and waits until it has left the loading state. */
export async function renderRoster(
  adapter: Partial<ClientStore & TeamStore>,
  attrs: { teamId?: string; clientId?: string; editable?: boolean; viewer?: Viewer } = {},
): Promise<TeamRoster> {
  const el = await fixture<TeamRoster>(
    html`<saumaton-team-roster
      team-id=${attrs.teamId ?? 'team-aino'}
      ?editable=${attrs.editable ?? false}
      .adapter=${adapter}
      .viewer=${attrs.viewer}
    ></saumaton-team-roster>`,
  );
  await settled(el);
  return el;
}

/** Waits until the roster shows something other than its loading state. */
export async function settled(el: TeamRoster): Promise<void> {
  // Let a just-started load render its loading state first.
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('.state.loading'), 'the roster stays loading', {
    timeout: 4000,
  });
  await el.updateComplete;
}

export function $(el: TeamRoster, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: TeamRoster, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(el: TeamRoster, name: string): HTMLButtonElement {
  const button = $$(el, 'button').find((b) => text(b) === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button as HTMLButtonElement;
}

/** Records a meeting through the form, as a user would: the date, the first `participants` people, the decisions. */
export async function recordMeeting(
  el: TeamRoster,
  meeting: { date: string; participants: number; decisions: readonly string[] },
): Promise<void> {
  $(el, '#record-meeting')!.click();
  await el.updateComplete;
  const date = $(el, '#meeting-date') as HTMLInputElement;
  date.value = meeting.date;
  date.dispatchEvent(new Event('input', { bubbles: true }));
  for (const box of $$(el, 'input[name="participants"]').slice(0, meeting.participants) as HTMLInputElement[]) {
    box.click();
  }
  const decisions = $(el, '#meeting-decisions') as HTMLTextAreaElement;
  decisions.value = meeting.decisions.join('\n');
  decisions.dispatchEvent(new Event('input', { bubbles: true }));
  const saved = oneEvent(el, 'saumaton-saved');
  $(el, 'form button[type="submit"]')!.click();
  await saved;
}

export const LOCALES: readonly SaumatonLocale[] = ['en', 'fi', 'sv'];

export async function inLocale(locale: SaumatonLocale): Promise<void> {
  document.documentElement.lang = locale;
  await setLocale(locale);
}

/**
 * An adapter whose answers the test releases by hand, to stage slow backends and races. Every
 * call is recorded with its signal.
 */
export class ControlledAdapter implements ClientStore, TeamStore {
  readonly calls: {
    method: string;
    ref: unknown;
    signal: AbortSignal | undefined;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  }[] = [];

  private call<T>(method: string, ref: unknown, opts?: CallOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.calls.push({ method, ref, signal: opts?.signal, resolve: resolve as (v: unknown) => void, reject });
    });
  }

  getClient(clientId: string, opts?: CallOptions): Promise<Versioned<Client>> {
    return this.call('getClient', clientId, opts);
  }

  getTeam(ref: TeamRef, opts?: CallOptions): Promise<Versioned<Team>> {
    return this.call('getTeam', ref, opts);
  }

  saveTeam(team: Team, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Team>> {
    return this.call('saveTeam', { team, ifMatch }, opts);
  }

  async waitForCall(n: number): Promise<(typeof this.calls)[number]> {
    await waitUntil(() => this.calls.length > n, `call ${n + 1} never came`);
    return this.calls[n]!;
  }
}

/** The example team with a payload in every text field it has. */
export function poisoned(payload: string): Team {
  const org = { id: `org-${payload}`, name: `Org ${payload}`, producerType: 'service-voucher' as const };
  return {
    ...exampleTeam,
    members: exampleTeam.members.map((m) => ({
      ...m,
      name: `${m.name} ${payload}`,
      title: payload,
      qualifications: [payload],
      organization: m.organization ? org : undefined,
      serviceTask: payload,
      relationship: payload,
      responsibilities: [payload, payload],
      reachability: payload,
    })),
    meetings: exampleTeam.meetings.map((m) => ({ ...m, decisions: [payload] })),
  };
}
