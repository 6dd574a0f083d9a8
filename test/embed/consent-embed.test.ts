import { expect, waitUntil } from '@open-wc/testing';

/** The embed folder's files the page fetched, by name. */
function embedFiles(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/packages/embed/dist/'))
    .map((url) => new URL(url).pathname.replace('/packages/embed/dist/', ''))
    .sort();
}

/**
 * A service-voucher producer's own intake form, on a page served with a strict
 * Content-Security-Policy and Trusted Types, with the consent form from the embed folder inside.
 */
describe('the consent form in a host form on a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'intake form under CSP';
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/embed/consent-csp.html';
    document.body.append(frame);
    await loaded;
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

  it('loads the runtime, the consent form module and the Finnish chunks of elements and the consent form, nothing else', () => {
    expect(embedFiles(frame.contentWindow!)).to.deep.equal([
      'locales/consent-form.fi.js',
      'locales/elements.fi.js',
      'saumaton-consent-form.js',
      'saumaton-runtime.js',
    ]);
  });
});
