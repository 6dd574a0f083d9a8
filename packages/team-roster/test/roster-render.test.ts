import { expect } from '@open-wc/testing';
import { exampleClient, exampleProtectedTeam, exampleTeam } from '@saumaton/core/examples';
import { MemoryAdapter } from '@saumaton/core';
import { $, $$, LOCALES, exampleAdapter, inLocale, renderRoster, text } from './helpers.js';

describe('<saumaton-team-roster> shows the team', () => {
  afterEach(() => inLocale('en'));

  it('groups professionals by organisation, with each organisation’s producer type', async () => {
    const el = await renderRoster(await exampleAdapter());
    const groups = $$(el, 'section.organization');
    const headings = groups.map((g) => text(g.querySelector('h4')));
    expect(headings).to.deep.equal([
      'Järvilaakson hyvinvointialue, aikuissosiaalityö Own production',
      'Järvilaakson hyvinvointialue, mielenterveyspalvelut Own production',
      'Kotiapu Lindqvist Oy Service voucher',
      'Järvilaakson kaupungin työllisyyspalvelut Other sector',
    ]);
    expect(groups[2]!.querySelectorAll('.member')).to.have.length(1);
  });

  it('makes the coordinator unmistakable: first, marked, named in the summary', async () => {
    const el = await renderRoster(await exampleAdapter());
    const first = $(el, 'section.organization .member');
    expect(first?.getAttribute('part')).to.equal('member coordinator');
    expect(text(first?.querySelector('.role') ?? null)).to.equal('★ Coordinator');
    expect($$(el, '[part~="coordinator"]')).to.have.length(1);
    expect(text($(el, '.summary'))).to.contain(
      'Coordinator: Leena Korhonen, Järvilaakson hyvinvointialue, aikuissosiaalityö',
    );
  });

  it('shows name, title, qualifications, role, service task and responsibilities of each member', async () => {
    const el = await renderRoster(await exampleAdapter());
    const jari = $$(el, '.member').find((m) => text(m).includes('Jari Heikkinen'))!;
    expect(text(jari)).to.contain('Named worker');
    expect(text(jari)).to.contain('Sosiaaliohjaaja · Sosionomi (AMK)');
    const terms = [...jari.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(terms).to.deep.include(['Service task', 'Aikuissosiaalityö']);
    expect(terms).to.deep.include(['Basis for data access', 'Statute']);
    expect([...jari.querySelectorAll('dd li')].map(text)).to.deep.equal([
      'Omatyöntekijä koko asiakkuuden ajan',
      'Asumisen ja talouden tuki',
    ]);
  });

  it('links work phones and emails', async () => {
    const el = await renderRoster(await exampleAdapter());
    const leena = $(el, '[part~="coordinator"]')!;
    const links = [...leena.querySelectorAll('a')].map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).to.deep.equal([
      ['tel:+358405550101', '+358 40 555 0101'],
      ['mailto:leena.korhonen@example.fi', 'leena.korhonen@example.fi'],
    ]);
  });

  it('puts the client and the people on the client’s side in their own group, with their roles', async () => {
    const el = await renderRoster(await exampleAdapter());
    const group = $(el, 'section[aria-labelledby="client-side-heading"]')!;
    expect([...group.querySelectorAll('.member')].map((m) => text(m.querySelector('p')))).to.deep.equal([
      'Aino Mäkelä Client',
      'Raija Mäkelä Close person',
      'Kalle Järvinen Support person',
    ]);
    expect(text(group)).to.contain('äiti');
    expect(group.querySelector('a[href^="tel:"]')).to.exist;
  });

  it('lists past members with their membership period apart from current ones', async () => {
    const el = await renderRoster(await exampleAdapter());
    const past = $(el, 'section[aria-labelledby="past-heading"]')!;
    expect(text(past)).to.contain('Olli Saarinen');
    expect(text(past)).to.match(/Membership: Mar 2, 2026 – Jun 30, 2026/);
    const current = $$(el, 'section.organization .member').map(text);
    expect(current.some((t) => t.includes('Olli Saarinen'))).to.equal(false);
  });

  it('lists meetings newest first, with participants and decisions', async () => {
    const el = await renderRoster(await exampleAdapter());
    const meetings = $$(el, '.meeting');
    expect(meetings.map((m) => m.querySelector('time')?.getAttribute('datetime'))).to.deep.equal([
      '2026-09-08',
      '2026-05-12',
      '2026-03-10',
    ]);
    expect(text(meetings[2]!)).to.contain(
      'Participants: Leena Korhonen, Jari Heikkinen, Olli Saarinen, Aino Mäkelä, and Kalle Järvinen',
    );
    expect(text(meetings[2]!)).to.contain('Monipalvelutiimi kootaan');
  });

  it('names an unknown meeting participant instead of failing', async () => {
    const team = {
      ...exampleTeam,
      meetings: [{ id: 'x', date: '2026-10-01', participants: ['m-leena', 'ghost'], decisions: [] }],
    };
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient] });
    // Saved around the rules, as a backend written by someone else might hold it.
    await (
      adapter as unknown as { backend: { compareAndPut: (...a: unknown[]) => Promise<unknown> } }
    ).backend.compareAndPut('teams', team.id, null, () => ({
      id: team.id,
      clientId: team.clientId,
      version: '1',
      value: team,
    }));
    const el = await renderRoster(adapter);
    expect(text($(el, '.meeting'))).to.contain('Leena Korhonen and an unknown participant');
  });

  describe('under turvakielto', () => {
    it('renders no contact details of the client-side participants at all, and says why', async () => {
      const el = await renderRoster(await exampleAdapter(), { teamId: exampleProtectedTeam.id });
      const group = $(el, 'section[aria-labelledby="client-side-heading"]')!;
      const html = el.shadowRoot!.innerHTML;
      for (const secret of ['+358 44 555 0299', 'eva.ostman@example.org', '358445550299']) {
        expect(html, secret).not.to.contain(secret);
      }
      expect(group.querySelector('a')).to.equal(null);
      expect(text($(el, '.notice'))).to.contain('Non-disclosure for safety (turvakielto)');
      // The professionals' work contacts are not protected.
      expect($(el, '[part~="coordinator"] a[href="tel:+358405550201"]')).to.exist;
    });

    it('fails closed when the adapter answers with another client', async () => {
      const adapter = await exampleAdapter();
      const getClient = adapter.getClient.bind(adapter);
      adapter.getClient = () => getClient('client-sanna');
      const el = await renderRoster(adapter);
      expect(el.shadowRoot!.innerHTML).not.to.contain('+358 44 555 0199');
      expect(text($(el, '.summary'))).not.to.contain('Sanna');
    });

    it('fails closed when the client cannot be read', async () => {
      const adapter = await exampleAdapter();
      adapter.getClient = () => Promise.reject(new Error('backend down'));
      const el = await renderRoster(adapter);
      for (const secret of ['+358 44 555 0199', '+358 44 555 0198', 'kalle.jarvinen@example.org']) {
        expect(el.shadowRoot!.innerHTML, secret).not.to.contain(secret);
      }
      expect(text($(el, '.notice'))).to.contain('could not be checked');
    });
  });

  describe('in every locale', () => {
    for (const locale of LOCALES) {
      it(`is accessible in ${locale}`, async () => {
        await inLocale(locale);
        const el = await renderRoster(await exampleAdapter());
        await expect(el).to.be.accessible();
      });

      it(`is accessible under turvakielto in ${locale}`, async () => {
        await inLocale(locale);
        const el = await renderRoster(await exampleAdapter(), { teamId: exampleProtectedTeam.id });
        await expect(el).to.be.accessible();
      });
    }

    it('switches language without reloading', async () => {
      const el = await renderRoster(await exampleAdapter());
      expect(text($(el, 'h2'))).to.equal('Multi-service team');
      await inLocale('fi');
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('Monipalvelutiimi');
      await inLocale('sv');
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('Multiserviceteam');
    });
  });
});
