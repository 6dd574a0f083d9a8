import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError, type AnyAdapter, type AuditEvent, type MemoryAdapter } from '@saumaton/core';
import { exampleClient } from '@saumaton/core/examples';
import { isolateTestPage } from '@saumaton/elements/test-suites';
import type { ConsentForm } from '../src/ConsentForm.js';
import {
  $,
  $$,
  card,
  exampleAdapter,
  focused,
  input,
  professional,
  renderConsents,
  tabTo,
  text,
  withoutLiveUpdates,
} from './helpers.js';

async function stored(adapter: MemoryAdapter, id: string) {
  return (await adapter.listConsents(exampleClient.id)).find((r) => r.value.id === id)!;
}

async function openRevoke(el: ConsentForm, id: string): Promise<void> {
  ($(el, `#revoke-${id}`) as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<saumaton-consent-form> revoking a consent', () => {
  isolateTestPage();
  let adapter: MemoryAdapter;

  beforeEach(async () => {
    adapter = await exampleAdapter();
  });

  it('offers revoking only to a professional, and never for a revoked consent or a refusal', async () => {
    const noViewer = await renderConsents(adapter);
    expect($$(noViewer, '[id^="revoke-"]')).to.have.length(0);
    const el = await renderConsents(adapter, { viewer: professional });
    expect($$(el, 'button[id^="revoke-"]').map((b) => b.id)).to.have.members([
      'revoke-consent-aino-permit',
      'revoke-consent-aino-prohibition',
      'revoke-consent-aino-plan',
    ]);
  });

  it('revokes a consent by keyboard alone, saying how and why, and keeps its history', async () => {
    const audit: AuditEvent[] = [];
    const audited = Object.assign(withoutLiveUpdates(adapter), { audit: (e: AuditEvent) => audit.push(e) });
    const el = await renderConsents(audited, { viewer: professional });
    el.focus();
    await tabTo(el, (e) => e.id === 'revoke-consent-aino-plan');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('revoke-by');
    await tabTo(el, (e) => e.id === 'revoke-method');
    // Down arrow picks the next way: orally, recorded by a professional.
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, (e) => e.id === 'revoke-reason');
    await sendKeys({ type: 'Suunnitelma tehdään myöhemmin.' });
    await tabTo(el, (e) => e.id === 'revoke-professional');
    await sendKeys({ type: 'Leena Korhonen' });
    const revokedEvent = oneEvent(el, 'saumaton-consent-revoked');
    const saved = oneEvent(el, 'saumaton-saved');
    await tabTo(el, (e) => e.getAttribute('type') === 'submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await revokedEvent;
    expect(detail.consent.id).to.equal('consent-aino-plan');
    expect(detail.consent.revocation).to.deep.include({
      method: 'oral-recorded-by-professional',
      reason: 'Suunnitelma tehdään myöhemmin.',
    });
    const savedDetail = (await saved).detail;
    expect(savedDetail.kind).to.equal('consent');
    const record = await stored(adapter, 'consent-aino-plan');
    expect(record.value.status).to.equal('revoked');
    expect(record.value.revocation?.recordedBy?.professional?.name).to.equal('Leena Korhonen');
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    const history = $$(el, '[data-id="consent-aino-plan"] .history li').map(text);
    expect(history[1]).to.contain('Suunnitelma tehdään myöhemmin.');
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('The consent was revoked.');
    expect(focused(el)?.localName).to.equal('h4');
    expect(audit.map((a) => a.action)).to.include('update');
  });

  it('asks for the representative’s name and the professional of an oral revocation, in the fields', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    await openRevoke(el, 'consent-aino-plan');
    input(el, '#revoke-by', 'guardian');
    await el.updateComplete;
    input(el, '#revoke-method', 'oral-recorded-by-professional');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#revoke-by-name-error'))).to.equal('Give the name of the representative.');
    expect(text($(el, '#revoke-professional-error'))).to.equal(
      'An oral consent or revocation is recorded by a named professional.',
    );
    expect(focused(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect((await stored(adapter, 'consent-aino-plan')).value.status).to.equal('active');
  });

  it('closes the form on Escape and gives focus back to the Revoke button', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    ($(el, '#revoke-consent-aino-permit') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect(focused(el)?.id).to.equal('revoke-consent-aino-permit');
  });

  it('keeps what was typed when the save fails, and saves it on Try again', async () => {
    let failing = true;
    const flaky: AnyAdapter = {
      ...withoutLiveUpdates(adapter),
      revokeConsent: (...args) => (failing ? Promise.reject(new AdapterError('500')) : adapter.revokeConsent(...args)),
    };
    const el = await renderConsents(flaky, { viewer: professional });
    await openRevoke(el, 'consent-aino-permit');
    input(el, '#revoke-reason', 'Ei halua enää.');
    const error = oneEvent(el, 'saumaton-error');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    await error;
    await el.updateComplete;
    expect(text($(el, '#revoke-form .form-error'))).to.equal('The change could not be saved. Try again in a moment.');
    expect(($(el, '#revoke-reason') as HTMLTextAreaElement).value).to.equal('Ei halua enää.');
    failing = false;
    const revoked = oneEvent(el, 'saumaton-consent-revoked');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    expect((await revoked).detail.consent.revocation?.reason).to.equal('Ei halua enää.');
  });

  it('revokes one consent even when someone else changed another meanwhile, and then shows both', async () => {
    const el = await renderConsents(withoutLiveUpdates(adapter), { viewer: professional });
    await openRevoke(el, 'consent-aino-permit');
    input(el, '#revoke-reason', 'Muutti toiselle paikkakunnalle.');
    const other = await stored(adapter, 'consent-aino-plan');
    await adapter.revokeConsent(
      'consent-aino-plan',
      { at: '2026-03-01', by: { kind: 'client' }, method: 'written' },
      other.version,
    );
    const revoked = oneEvent(el, 'saumaton-consent-revoked');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    await revoked;
    await el.updateComplete;
    expect((await stored(adapter, 'consent-aino-permit')).value.status).to.equal('revoked');
    expect(card(el, 'consent-aino-permit').classList.contains('revoked')).to.equal(true);
    expect(card(el, 'consent-aino-plan').classList.contains('revoked')).to.equal(true);
  });

  it('when someone revoked the same consent first, shows the conflict and then says it is already revoked, keeping the form', async () => {
    const el = await renderConsents(withoutLiveUpdates(adapter), { viewer: professional });
    await openRevoke(el, 'consent-aino-permit');
    input(el, '#revoke-reason', 'Oma syy.');
    const current = await stored(adapter, 'consent-aino-permit');
    await adapter.revokeConsent(
      'consent-aino-permit',
      { at: '2026-03-01', by: { kind: 'client' }, method: 'electronic', reason: 'OmaKannassa.' },
      current.version,
    );
    const error = oneEvent(el, 'saumaton-error');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    await error;
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown');
    await el.updateComplete;
    const conflict = $(el, '.state.conflict')!;
    expect(text(conflict)).to.contain('Revoked: Consent to data sharing: Social care information to health care');
    expect(text(conflict)).to.contain('Your change: Revoke: Consent to data sharing');
    expect(focused(el)?.id).to.equal('conflict-heading');
    // Theirs is shown: the permit is revoked, with their reason.
    expect(text(card(el, 'consent-aino-permit'))).to.contain('OmaKannassa.');
    ($(conflict, 'button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#revoke-form .form-error'))).to.equal('This consent has already been revoked.');
    expect(($(el, '#revoke-reason') as HTMLTextAreaElement).value).to.equal('Oma syy.');
    expect((await stored(adapter, 'consent-aino-permit')).value.revocation?.reason).to.equal('OmaKannassa.');
  });

  it('on a conflict, can discard the user’s revocation and keep theirs', async () => {
    const el = await renderConsents(withoutLiveUpdates(adapter), { viewer: professional });
    await openRevoke(el, 'consent-aino-prohibition');
    const current = await stored(adapter, 'consent-aino-prohibition');
    await adapter.revokeConsent(
      'consent-aino-prohibition',
      { at: '2026-03-01', by: { kind: 'client' }, method: 'written' },
      current.version,
    );
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown');
    const discard = $$(el, '.state.conflict button').find((b) => text(b) === 'Discard my change')!;
    discard.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.state.conflict')).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Your change was discarded.');
  });

  it('shows a revocation someone else made at once, and says so', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    const current = await stored(adapter, 'consent-aino-plan');
    await adapter.revokeConsent(
      'consent-aino-plan',
      { at: '2026-03-01', by: { kind: 'client' }, method: 'electronic' },
      current.version,
    );
    await waitUntil(() => card(el, 'consent-aino-plan').classList.contains('revoked'), 'the revocation never showed');
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal(
      'Someone else updated the consents.',
    );
    expect($(el, '#revoke-consent-aino-plan')).to.equal(null);
  });

  it('ends a statutory exception as a professional', async () => {
    const el = await renderConsents(adapter, { clientId: 'client-sanna', viewer: professional });
    ($(el, '#revoke-exception-sanna') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#revoke-form-heading'))).to.contain('End the statutory exception');
    expect($(el, '#revoke-by')).to.equal(null);
    const revoked = oneEvent(el, 'saumaton-consent-revoked');
    ($(el, '#revoke-form button[type="submit"]') as HTMLButtonElement).click();
    expect((await revoked).detail.consent.revocation?.by.kind).to.equal('professional');
  });
});
