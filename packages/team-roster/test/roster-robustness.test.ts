import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAdapter, type Team } from '@saumaton/core';
import { exampleClient, exampleTeam, largeExampleTeam } from '@saumaton/core/examples';
import { define } from '@saumaton/elements';
import { TeamRoster } from '../src/TeamRoster.js';
import { $, $$, ControlledAdapter, professional, renderRoster, settled, text } from './helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  '${window.__xss=1}',
  '<a href="javascript:window.__xss=1">click</a>',
];

/** The example team with a payload in every text field it has. */
function poisoned(payload: string): Team {
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

/** A roster asked for team-a, switched to team-b before the adapter answered: both calls pending. */
async function switchedWhileLoading() {
  const adapter = new ControlledAdapter();
  const el = await fixture<TeamRoster>(
    html`<saumaton-team-roster team-id="team-a" .adapter=${adapter}></saumaton-team-roster>`,
  );
  const first = await adapter.waitForCall(0);
  el.teamId = 'team-b';
  const second = await adapter.waitForCall(1);
  return { adapter, el, first, second };
}

describe('<saumaton-team-roster> against bad input', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const payload of PAYLOADS) {
    it(`renders ${payload} in every field as text, never as HTML`, async () => {
      const adapter = await MemoryAdapter.withData({
        clients: [{ ...exampleClient, name: `Aino ${payload}` }],
        teams: [poisoned(payload)],
      });
      const el = await renderRoster(adapter, { editable: true, viewer: professional });
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, svg, iframe, object')).to.equal(null);
      expect(root.querySelector('a[href^="javascript:"]')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(text(root.querySelector('.summary'))).to.contain(`Aino ${payload}`);
      expect($$(el, '.member').every((m) => text(m).includes(payload))).to.equal(true);
      expect(text($(el, '.meeting'))).to.contain(payload);
      // And in the edit form, as input values.
      $(el, '#edit-m-jari')!.click();
      await el.updateComplete;
      expect(($(el, '#field-title') as HTMLInputElement).value).to.equal(payload);
      expect(root.querySelector('img, script, svg')).to.equal(null);
    });
  }

  it('a slow answer for the previous team-id never replaces the current team', async () => {
    const { adapter, el, first, second } = await switchedWhileLoading();
    expect(first.signal?.aborted, 'the first load is aborted').to.equal(true);
    // The adapter ignores the abort: B answers first, then A's late answer arrives.
    second.resolve({
      value: {
        ...exampleTeam,
        id: 'team-b',
        members: [{ ...exampleTeam.members[0]!, name: 'Bertta B' }],
        meetings: [],
      },
      version: '1',
    });
    (await adapter.waitForCall(2)).resolve({ value: exampleClient, version: '1' });
    await settled(el);
    first.resolve({
      value: { ...exampleTeam, id: 'team-a', members: [{ ...exampleTeam.members[0]!, name: 'Aatu A' }], meetings: [] },
      version: '1',
    });
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.contain('Bertta B');
    expect(el.shadowRoot!.innerHTML).not.to.contain('Aatu A');
  });

  it('a failure for the previous team-id never shows as the current state', async () => {
    const { adapter, el, first, second } = await switchedWhileLoading();
    first.reject(new Error('late failure of A'));
    await new Promise((r) => setTimeout(r, 20));
    expect($(el, '.state.error')).to.equal(null);
    second.resolve({ value: { ...exampleTeam, id: 'team-b' }, version: '1' });
    (await adapter.waitForCall(2)).resolve({ value: exampleClient, version: '1' });
    await settled(el);
    expect($(el, '.state.error')).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('Multi-service team');
  });

  it('aborts its load when removed from the page, and loads again when put back', async () => {
    const adapter = new ControlledAdapter();
    const el = await fixture<TeamRoster>(
      html`<saumaton-team-roster team-id="team-aino" .adapter=${adapter}></saumaton-team-roster>`,
    );
    const first = await adapter.waitForCall(0);
    const parent = el.parentElement!;
    el.remove();
    expect(first.signal?.aborted).to.equal(true);
    parent.append(el);
    const again = await adapter.waitForCall(1);
    again.resolve({ value: exampleTeam, version: '1' });
    (await adapter.waitForCall(2)).resolve({ value: exampleClient, version: '1' });
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Leena Korhonen');
  });

  it('behaves the same whether properties arrive before or after it is connected', async () => {
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient], teams: [exampleTeam] });
    const el = document.createElement('saumaton-team-roster');
    el.adapter = adapter;
    el.teamId = exampleTeam.id;
    document.body.append(el);
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Leena Korhonen');
    el.remove();
  });

  it('reflows at 320 px without horizontal scrolling, in view and in the form', async () => {
    await setViewport({ width: 320, height: 640 });
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient], teams: [exampleTeam] });
    const el = await renderRoster(adapter, { editable: true, viewer: professional });
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    $(el, '#add-member')!.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('renders a large team (60 members, 40 meetings) completely', async () => {
    const team = largeExampleTeam(60, 40);
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient], teams: [team] });
    const el = await renderRoster(adapter, { teamId: team.id });
    expect($$(el, '.member')).to.have.length(60);
    expect($$(el, '.meeting')).to.have.length(40);
  });

  it('a second definition of the tag warns, naming both versions, and never throws', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Other extends TeamRoster {
        static override readonly version = '9.9.9';
      }
      define('saumaton-team-roster', Other);
      define('saumaton-team-roster', Other);
      define('saumaton-team-roster', TeamRoster);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('version 0.1.0').and.to.contain('version 9.9.9');
    expect(customElements.get('saumaton-team-roster')).to.equal(TeamRoster);
  });

  // Firefox ESR and WebKitGTK have no scoped custom element registries yet
  // (`new CustomElementRegistry()` throws "Illegal constructor"): skipped there (README, Testing).
  const scopedRegistries = (() => {
    try {
      new CustomElementRegistry();
      return true;
    } catch {
      return false;
    }
  })();
  (scopedRegistries ? it : it.skip)('defines into a scoped registry when given one', async () => {
    const registry = new CustomElementRegistry();
    define('saumaton-team-roster', class extends TeamRoster {}, { registry });
    await waitUntil(() => registry.get('saumaton-team-roster') !== undefined);
    expect(registry.get('saumaton-team-roster')).not.to.equal(TeamRoster);
  });
});

describe('<saumaton-team-roster> on a hostile host page', () => {
  it('is not restyled by the host’s global CSS, and leaks none of its own', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .hostile { text-transform: uppercase; letter-spacing: 0.5em; font-style: italic; font-weight: 900; white-space: pre; }
      .hostile * { display: none; color: red !important; }
      .hostile button, .hostile h2, .hostile .member { display: none !important; }`;
    document.head.append(style);
    try {
      const adapter = await MemoryAdapter.withData({ clients: [exampleClient], teams: [exampleTeam] });
      // Built by hand: fixture() of a plain <div> waits for an animation frame a background tab may not get.
      const wrapper = document.body.appendChild(document.createElement('div'));
      wrapper.className = 'hostile';
      render(
        html`<saumaton-team-roster team-id="team-aino" .adapter=${adapter}></saumaton-team-roster>
          <h2 id="host-heading">Host heading</h2>`,
        wrapper,
      );
      const el = wrapper.querySelector('saumaton-team-roster')!;
      el.style.setProperty('display', 'block', 'important');
      await settled(el);
      const heading = $(el, 'h2')!;
      const css = getComputedStyle(heading);
      expect(css.display).to.equal('block');
      expect(css.textTransform).to.equal('none');
      expect(css.letterSpacing).to.equal('normal');
      expect(css.fontStyle).to.equal('normal');
      expect(getComputedStyle($(el, '.member')!).display).to.equal('grid');
      // The roster's own styles stay inside: the host's heading is untouched by them.
      expect(getComputedStyle(wrapper.querySelector('#host-heading')!).display).to.equal('none');
      wrapper.remove();
    } finally {
      style.remove();
    }
  });
});
