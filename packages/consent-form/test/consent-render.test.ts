import { expect } from '@open-wc/testing';
import { OfflineError, type AnyAdapter, type AuditEvent } from '@saumaton/core';
import { exampleClient, exampleProtectedClient } from '@saumaton/core/examples';
import { isolateTestPage } from '@saumaton/elements/test-suites';
import { $, $$, card, clientViewer, exampleAdapter, inLocale, professional, renderConsents, text } from './helpers.js';

describe('<saumaton-consent-form> on its own: the consent record', () => {
  isolateTestPage();

  it('groups the consents by instrument and never merges them', async () => {
    const el = await renderConsents(await exampleAdapter());
    const headings = $$(el, 'section.group > h3').map(text);
    expect(headings).to.deep.equal([
      'Consents to data sharing',
      'Denials of consent',
      'Consents for a specific purpose',
    ]);
    const permits = $$(el, '#group-disclosure-permit ~ ul .consent');
    expect(permits.map((c) => c.dataset['id'])).to.deep.equal(['consent-aino-permit']);
    expect(text(card(el, 'consent-aino-permit'))).to.contain('Palvelutarpeen arviointi');
    expect(text(card(el, 'consent-aino-prohibition'))).to.contain('Järvilaakson kaupungin työllisyyspalvelut');
  });

  it('says what each consent means in plain words', async () => {
    const el = await renderConsents(await exampleAdapter());
    expect(text(card(el, 'consent-aino-prohibition').querySelector('.meaning'))).to.contain(
      'does not stop sharing between the wellbeing services county and its own service producers',
    );
    expect(text(card(el, 'consent-aino-permit').querySelector('.meaning'))).to.contain(
      'until the consent ends or is revoked',
    );
  });

  it('keeps a revoked consent on show, after those in force, with who gave it, who revoked it, how and why', async () => {
    const el = await renderConsents(await exampleAdapter());
    const cases = $$(el, '#group-case-consent ~ ul .consent').map((c) => c.dataset['id']);
    expect(cases).to.deep.equal(['consent-aino-plan', 'consent-aino-network']);
    const revoked = card(el, 'consent-aino-network');
    expect(text(revoked.querySelector('.validity'))).to.equal('Revoked');
    const history = $$(el, '[data-id="consent-aino-network"] .history li').map(text);
    expect(history).to.have.length(2);
    expect(history[0]).to.contain('given by The client');
    expect(history[1]).to.contain('revoked by The client');
    expect(history[1]).to.contain('orally, recorded by a professional');
    expect(history[1]).to.contain('Verkostokartta on tehty.');
    expect(history[1]).to.contain('Leena Korhonen');
  });

  it('shows a statutory exception as what it is, apart from the consents', async () => {
    const el = await renderConsents(await exampleAdapter(), { clientId: exampleProtectedClient.id });
    expect($$(el, 'section.group > h3').map(text)).to.deep.equal(['Statutory exceptions to consent']);
    const exception = card(el, 'exception-sanna');
    expect(text(exception)).to.contain('Information is shared without a consent');
    expect(text(exception)).to.contain('har ingen intressebevakare');
    expect(text(exception)).not.to.contain('Decided by');
  });

  it('tells a client viewer, in plain words, what they can do, and offers no changes', async () => {
    const el = await renderConsents(await exampleAdapter(), { viewer: clientViewer });
    expect(text($(el, '.notice'))).to.contain('the same way you gave it');
    expect(
      $$(el, 'button')
        .map(text)
        .filter((t) => t !== 'Print a copy'),
    ).to.deep.equal([]);
  });

  it('shows the empty state for a client without consents', async () => {
    const el = await renderConsents(await exampleAdapter(), { clientId: 'client-nobody' });
    expect(text($(el, '.state.empty'))).to.equal('No consents have been recorded for this client.');
  });

  it('shows the error state with Try again when the consents cannot be read, and loads again', async () => {
    const real = await exampleAdapter();
    let failing = true;
    const adapter: AnyAdapter = {
      listConsents: (id, opts) => (failing ? Promise.reject(new OfflineError('down')) : real.listConsents(id, opts)),
    };
    const el = await renderConsents(adapter);
    expect(text($(el, '.state.error'))).to.contain('The service cannot be reached');
    failing = false;
    ($(el, '.state.error button') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(card(el, 'consent-aino-permit')).to.exist;
  });

  it('logs the view of the client’s consents for the access log', async () => {
    const real = await exampleAdapter();
    const audit: AuditEvent[] = [];
    const adapter: AnyAdapter = { listConsents: real.listConsents.bind(real), audit: (e) => audit.push(e) };
    await renderConsents(adapter, { viewer: professional });
    expect(audit).to.deep.equal([
      { action: 'view', kind: 'consent', id: exampleClient.id, clientId: exampleClient.id },
    ]);
  });

  it('marks the record chosen for printing so the print styles leave the others out', async () => {
    const el = await renderConsents(await exampleAdapter());
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      ($(el, '[data-id="consent-aino-plan"] .actions button') as HTMLButtonElement).click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      expect(printed).to.equal(1);
      expect($(el, '.consent-record')!.classList.contains('printing')).to.equal(true);
      expect($$(el, '.print-target').map((c) => c.dataset['id'])).to.deep.equal(['consent-aino-plan']);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($(el, '.print-target')).to.equal(null);
    } finally {
      window.print = original;
    }
  });

  for (const [locale, heading, permit] of [
    ['fi', 'Suostumukset', 'Luovutuslupa: Sosiaalihuollon tiedot terveydenhuoltoon'],
    ['sv', 'Samtycken', 'Tillstånd för utlämnande: Uppgifter inom socialvården till hälso- och sjukvården'],
  ] as const) {
    it(`speaks ${locale} with the domain’s terms`, async () => {
      await inLocale(locale);
      const el = await renderConsents(await exampleAdapter());
      expect(text($(el, 'h2'))).to.equal(heading);
      expect(text(card(el, 'consent-aino-permit').querySelector('h4 span'))).to.equal(permit);
    });
  }
});
