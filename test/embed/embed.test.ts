import { expect, waitUntil } from '@open-wc/testing';
import { exampleData } from '@saumaton/core/examples';
import { seededTenant } from '../../packages/fhir/test/server.js';
import { embedFiles, openFrame } from './frames.js';

/**
 * The embed build in a plain HTML page served with a strict Content-Security-Policy
 * (`script-src 'self'`, no `unsafe-inline`) and `require-trusted-types-for 'script'`.
 */
describe('the embed build on a page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFrame('/test/embed/csp.html', 'embed under CSP');
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
    // Finnish strings come from the packages' locale chunks, loaded on demand.
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

  it('loads the runtime, the roster module with the code it shares with other modules, and the Finnish chunks of elements and the roster, nothing else', () => {
    const files = embedFiles(frame.contentWindow!);
    // Code the roster shares with some modules but not every widget is a shared chunk named for
    // its users: allowed when the roster is one of them, never another widget's code.
    const shared = files.filter((f) => f.startsWith('shared/'));
    for (const f of shared) expect(f, f).to.match(/^shared\/for-[a-z-]*team-roster[a-z-]*\.js$/);
    // A read-only roster never loads the forms and edits (shared/roster-editing.js).
    expect(shared).not.to.include('shared/roster-editing.js');
    expect(files.filter((f) => !f.startsWith('shared/'))).to.deep.equal([
      'locales/elements.fi.js',
      'locales/team-roster.fi.js',
      'saumaton-runtime.js',
      'saumaton-team-roster.js',
    ]);
  });
});

describe('a plain-HTML portal on FHIR: the roster module and the FHIR adapter module', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    const tenant = await seededTenant(exampleData);
    frame = await openFrame(
      `/test/embed/fhir-portal.html?fhir=${encodeURIComponent(tenant.baseUrl)}`,
      'portal on FHIR',
    );
  });

  after(() => frame.remove());

  it('shows the team from the FHIR server, in Finnish', async () => {
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('saumaton-team-roster')?.shadowRoot?.querySelector('[part~="member"]'),
      'the roster never showed the team from FHIR',
      { timeout: 8000 },
    );
    const root = doc.querySelector('saumaton-team-roster')!.shadowRoot!;
    expect(root.querySelector('h2')!.textContent.trim()).to.equal('Monipalvelutiimi');
  });

  it('loads Lit, and the runtime, once', () => {
    const win = frame.contentWindow as Window & {
      litHtmlVersions?: string[];
      litElementVersions?: string[];
      reactiveElementVersions?: string[];
    };
    expect(win.litHtmlVersions, 'lit-html').to.have.length(1);
    expect(win.litElementVersions, 'lit-element').to.have.length(1);
    expect(win.reactiveElementVersions, 'reactive-element').to.have.length(1);
    const files = embedFiles(win);
    expect(files.filter((f) => f === 'saumaton-runtime.js')).to.have.length(1);
    expect(files).to.include.members(['saumaton-team-roster.js', 'saumaton-fhir.js']);
  });

  it('loads the consent and assessment stores only on their first call', async () => {
    const win = frame.contentWindow as Window & {
      __adapter: { listConsents(clientId: string): Promise<readonly unknown[]> };
    };
    // The roster reads a team and its client: neither store is fetched for it.
    expect(embedFiles(win)).not.to.include.members(['shared/consent-store.js']);
    expect(embedFiles(win)).not.to.include.members(['shared/assessment-store.js']);
    // The tenant holds the clients and teams, no consents: the store, once loaded, answers so.
    expect(await win.__adapter.listConsents(exampleData.clients[0]!.id)).to.deep.equal([]);
    expect(embedFiles(win).filter((f) => f === 'shared/consent-store.js')).to.have.length(1);
    expect(embedFiles(win)).not.to.include.members(['shared/assessment-store.js']);
  });

  it('gives a hand-written adapter the same error classes the widgets recognize', async () => {
    const win = frame.contentWindow as Window & {
      __adapter: { getTeam(ref: { teamId: string }): Promise<unknown> };
      __errors: { NotFoundError: new (...args: never[]) => Error };
    };
    const error = await win.__adapter.getTeam({ teamId: 'no-such-team' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(win.__errors.NotFoundError);
  });
});
