import { expect, waitUntil } from '@open-wc/testing';

/**
 * The embed build in a plain HTML page served with a strict Content-Security-Policy
 * (`script-src 'self'`, no `unsafe-inline`) and `require-trusted-types-for 'script'`.
 */
describe('the embed build on a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'embed under CSP';
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/embed/csp.html';
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const response = await fetch('/test/embed/csp.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe-inline');
  });

  it('renders the roster, in the page’s language, with no violation', async () => {
    const win = frame.contentWindow as Window & { __violations: string[]; trustedTypes?: unknown };
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('saumaton-team-roster')?.shadowRoot?.querySelector('h2'),
      'the roster never rendered',
      {
        timeout: 5000,
      },
    );
    const root = doc.querySelector('saumaton-team-roster')!.shadowRoot!;
    // Finnish strings come from the sibling locale module, loaded on demand.
    await waitUntil(
      () => root.querySelector('h2')?.textContent.trim() === 'Monipalvelutiimi',
      'the Finnish strings never loaded',
    );
    expect(root.textContent).to.contain('Leena Korhonen');
    expect(root.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.innerHTML).not.to.contain('+358 44 555 0199');
    expect(win.__violations).to.deep.equal([]);
    expect(win.trustedTypes, 'Trusted Types are available').to.exist;
  });
});
