import { expect, waitUntil } from '@open-wc/testing';
import { embedFiles, openFrame } from './frames.js';

/**
 * A service-voucher producer's own intake form, on a page served with a strict
 * Content-Security-Policy and Trusted Types, with the consent form from the embed folder inside.
 */
describe('the consent form in a host form on a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFrame('/test/embed/consent-csp.html', 'intake form under CSP');
  });

  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const policy = (await fetch('/test/embed/consent-csp.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
  });

  it('submits FormData carrying the consent, in Finnish, with no violation', async () => {
    const win = frame.contentWindow as Window & { __violations: string[]; __submitted: Record<string, string>[] };
    const doc = frame.contentDocument!;
    const el = doc.querySelector('saumaton-consent-form')!;
    await waitUntil(
      () => el.shadowRoot?.querySelector('#answer-legend')?.textContent.trim() === 'Luovutuslupa',
      'the consent form never rendered in Finnish',
      { timeout: 5000 },
    );
    const form = doc.querySelector('form')!;
    form.requestSubmit();
    expect(win.__submitted, 'required blocked the unanswered form').to.deep.equal([]);
    (el.shadowRoot!.querySelector('#answer-informed') as HTMLInputElement).click();
    (el.shadowRoot!.querySelector('#answer-yes') as HTMLInputElement).click();
    await waitUntil(() => (el as HTMLElement & { checkValidity(): boolean }).checkValidity(), 'never valid');
    form.requestSubmit();
    expect(win.__submitted).to.have.length(1);
    const consent = JSON.parse(win.__submitted[0]!['consent']!) as Record<string, unknown>;
    expect(consent).to.deep.include({
      id: 'consent-intake-csp',
      instrument: 'disclosure-permit',
      formLanguage: 'fi',
      informing: { date: '2026-11-30', channel: 'electronic' },
      status: 'active',
    });
    expect(win.__submitted[0]!['name']).to.equal('Aino Mäkelä');
    expect(win.__violations).to.deep.equal([]);
  });

  it('loads the runtime, the consent form module with the code it shares with other modules, its answer form, and the Finnish chunks of elements and the consent form, nothing else', () => {
    const files = embedFiles(frame.contentWindow!);
    expect(files.filter((f) => !f.startsWith('shared/'))).to.deep.equal([
      'locales/consent-form.fi.js',
      'locales/elements.fi.js',
      'saumaton-consent-form.js',
      'saumaton-runtime.js',
    ]);
    // Code the form shares with some modules but not every widget is a shared chunk named for its
    // users: allowed when the consent form is one of them, never another widget's code. In a host
    // form it also loads its answer form (and, in for-later-consent-form.js, the explanations and
    // rule messages the answer and record forms share),
    // never the professional's record and revoke forms.
    const shared = files.filter((f) => f.startsWith('shared/'));
    expect(shared).to.include('shared/consent-answering.js');
    expect(shared).not.to.include('shared/consent-editing.js');
    for (const f of shared.filter((f) => f !== 'shared/consent-answering.js')) {
      expect(f, f).to.match(/^shared\/for-[a-z-]*consent-form[a-z-]*\.js$/);
    }
  });
});

/** A client reading their own consents in a portal: the record, its validity and history, printing. */
describe('the consent form for a client viewer on a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFrame('/test/embed/consent-client.html', 'a client reads their consents');
  });

  after(() => frame.remove());

  it('shows the consents in Finnish, with no violation, and never loads the editing tools', async () => {
    const win = frame.contentWindow as Window & { __violations: string[] };
    const el = frame.contentDocument!.querySelector('saumaton-consent-form')!;
    await waitUntil(
      () => Boolean(el.shadowRoot?.querySelector('.consent[data-id="consent-1"]')),
      'the consents never rendered',
      { timeout: 5000 },
    );
    expect(el.shadowRoot!.textContent).to.contain('Hyvinvointialueen terveyspalvelut');
    // Past the idle moment when a professional's page prefetches the editing tools.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const files = embedFiles(win);
    expect(files).to.include('saumaton-consent-form.js');
    // A client viewer is never offered a form: the record and revoke forms, their drafts and the
    // rules a change is checked by (shared/consent-editing.js) never load; nor the answer form.
    expect(files).not.to.include('shared/consent-editing.js');
    expect(files).not.to.include('shared/consent-answering.js');
    for (const f of files.filter((f) => f.startsWith('shared/'))) {
      expect(f, f).to.match(/^shared\/for-[a-z-]*consent-form[a-z-]*\.js$/);
    }
    expect(win.__violations).to.deep.equal([]);
  });
});
