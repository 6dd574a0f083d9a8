import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type AnyAdapter, type ConsentRecord, type Viewer } from '@saumaton/core';
import { exampleClient, exampleConsents, exampleProtectedClient } from '@saumaton/core/examples';
import { mount } from '@saumaton/elements/test-suites';
import { setLocale, type SaumatonLocale } from '@saumaton/elements';
import { html } from 'lit';
import '../saumaton-consent-form.js';
import type { ConsentForm } from '../src/ConsentForm.js';

export const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };
export const clientViewer: Viewer = { kind: 'client' };

export function exampleAdapter(consents: readonly ConsentRecord[] = exampleConsents): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient, exampleProtectedClient], consents });
}

/** The consent stores without live updates, as most remote backends are: a stale revocation then conflicts. */
export function withoutLiveUpdates(adapter: MemoryAdapter): AnyAdapter {
  return {
    getClient: adapter.getClient.bind(adapter),
    listConsents: adapter.listConsents.bind(adapter),
    recordConsent: adapter.recordConsent.bind(adapter),
    revokeConsent: adapter.revokeConsent.bind(adapter),
  };
}

/** Renders the consent record of `clientId` and waits until it has left the loading state. */
export async function renderConsents(
  adapter: AnyAdapter,
  attrs: { clientId?: string; viewer?: Viewer } = {},
): Promise<ConsentForm> {
  const host = mount(
    html`<saumaton-consent-form
      client-id=${attrs.clientId ?? exampleClient.id}
      .adapter=${adapter}
      .viewer=${attrs.viewer}
    ></saumaton-consent-form>`,
  );
  const el = host.querySelector('saumaton-consent-form')!;
  await settled(el);
  return el;
}

/** Waits until the element shows something other than its loading state. */
export async function settled(el: ConsentForm): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state.loading'),
    'the consents stay loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

/** The first match in the element's shadow root (or in any other element given). */
export function $(root: ConsentForm | Element, selector: string): HTMLElement | null {
  return (root.shadowRoot ?? root).querySelector<HTMLElement>(selector);
}

export function focused(el: ConsentForm): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until the focused control inside the element matches, as a keyboard user would. */
export async function tabTo(el: ConsentForm, matches: (e: HTMLElement) => boolean, limit = 200): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const current = focused(el);
    if (current && matches(current)) return current;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached by Tab');
}

/** Types `value` into the control `selector` names, with the event a user's change fires. */
export function input(el: ConsentForm, selector: string, value: string): void {
  const control = $(el, selector) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
}

export function $$(el: ConsentForm, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function card(el: ConsentForm, id: string): HTMLElement {
  const found = $(el, `.consent[data-id="${id}"]`);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

export const LOCALES: readonly SaumatonLocale[] = ['en', 'fi', 'sv'];

export async function inLocale(locale: SaumatonLocale): Promise<void> {
  document.documentElement.lang = locale;
  await setLocale(locale);
}

/** Aino's consents with a payload in every text field they have. */
export function poisonedConsents(payload: string): ConsentRecord[] {
  const org = { id: `org-${payload}`, name: `Org ${payload}` };
  const professionalWho = { name: `Worker ${payload}`, title: payload };
  return exampleConsents
    .filter((c) => c.clientId === exampleClient.id)
    .map((c): ConsentRecord => {
      const recordedBy = { organization: org, professional: professionalWho };
      if (c.basis !== 'consent') return { ...c, recordedBy, purpose: payload, justification: payload };
      const actor = {
        ...c.actor,
        kind: 'court-appointed-guardian' as const,
        name: payload,
        competence: 'authority-verified' as const,
      };
      const revocation = c.revocation
        ? {
            ...c.revocation,
            by: { kind: 'court-appointed-guardian' as const, name: payload },
            reason: payload,
            recordedBy,
          }
        : undefined;
      switch (c.instrument) {
        case 'disclosure-permit':
          return {
            ...c,
            actor,
            recordedBy,
            revocation,
            recipients: [org],
            purpose: payload,
            dataClasses: [{ code: payload, display: payload }],
          };
        case 'disclosure-prohibition':
          return c.sector === 'social-care'
            ? {
                ...c,
                actor,
                recordedBy,
                revocation,
                consequencesShown: payload,
                target: { kind: 'service-task', serviceTask: payload, organization: org },
              }
            : { ...c, actor, recordedBy, revocation, consequencesShown: payload };
        case 'case-consent':
          return { ...c, actor, recordedBy, revocation, purpose: { kind: 'other', text: payload } };
      }
    });
}
