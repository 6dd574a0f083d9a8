import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OfflineError, coordinators, type MemoryAdapter, type Team } from '@saumaton/core';
import { exampleClient, exampleTeam } from '@saumaton/core/examples';
import type { TeamRoster } from '../src/TeamRoster.js';
import {
  $,
  $$,
  ControlledAdapter,
  buttonNamed,
  exampleAdapter,
  professional,
  recordMeeting,
  renderRoster,
  settled,
  text,
  withoutLiveUpdates,
} from './helpers.js';

/** The element focused inside the roster's shadow root. */
function focused(el: TeamRoster): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until the focused control inside the roster matches, as a keyboard user would. */
async function tabTo(el: TeamRoster, matches: (e: HTMLElement) => boolean, limit = 200): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const current = focused(el);
    if (current && matches(current)) return current;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached by Tab');
}

async function stored(adapter: MemoryAdapter) {
  return (await adapter.getTeam({ teamId: exampleTeam.id })).value;
}

describe('<saumaton-team-roster> editing', function () {
  // Typing through the DevTools protocol is slow when three browsers share two cores.
  this.timeout(20000);
  let adapter: MemoryAdapter;
  let el: TeamRoster;

  beforeEach(async () => {
    adapter = await exampleAdapter();
    el = await renderRoster(adapter, { editable: true, viewer: professional });
  });

  it('offers no editing to a client viewer, even when editable is set', async () => {
    const clientView = await renderRoster(adapter, { editable: true, viewer: { kind: 'client' } });
    expect($$(clientView, 'button')).to.have.length(0);
    const noViewer = await renderRoster(adapter, { editable: true });
    expect($$(noViewer, 'button')).to.have.length(0);
  });

  it('adds a member by keyboard alone', async () => {
    el.focus();
    await tabTo(el, (e) => e.id === 'add-member');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('field-name');
    await sendKeys({ type: 'Satu Lahtinen' });
    await tabTo(el, (e) => e.id === 'field-title');
    await sendKeys({ type: 'Toimintaterapeutti' });
    await tabTo(el, (e) => e.id === 'field-phone');
    await sendKeys({ type: '+358 40 555 0110' });
    const saved = oneEvent(el, 'saumaton-saved');
    await tabTo(el, (e) => e.getAttribute('type') === 'submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.kind).to.equal('team');
    const added = (await stored(adapter)).members.find((m) => m.name === 'Satu Lahtinen');
    expect(added).to.include({ title: 'Toimintaterapeutti', role: 'member' });
    expect(added?.contact?.phone).to.equal('+358 40 555 0110');
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Saved.');
    expect(focused(el)?.id).to.equal('add-member');
  });

  it('hands the coordinator role over by keyboard alone, keeping one coordinator', async () => {
    el.focus();
    await tabTo(el, (e) => e.id === 'handover-m-maria');
    const saved = oneEvent(el, 'saumaton-saved');
    await sendKeys({ press: 'Enter' });
    await saved;
    const team = await stored(adapter);
    expect(coordinators(team).map((m) => m.name)).to.deep.equal(['Maria Nyström']);
    expect(team.members.find((m) => m.id === 'm-leena')?.role).to.equal('member');
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.contain('Coordinator: Maria Nyström');
    expect(focused(el)?.id).to.equal('edit-m-maria');
  });

  it('hands the role over by choosing "Coordinator" in the member form, and says so first', async () => {
    $(el, '#edit-m-pekka')!.click();
    await el.updateComplete;
    const role = $(el, '#field-role') as HTMLSelectElement;
    role.value = 'coordinator';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '#field-role-hint'))).to.contain('moves the role from Leena Korhonen');
    const saved = oneEvent(el, 'saumaton-saved');
    $(el, 'form button[type="submit"]')!.click();
    await saved;
    expect(coordinators(await stored(adapter)).map((m) => m.id)).to.deep.equal(['m-pekka']);
  });

  it('does not offer to remove the coordinator', async () => {
    expect($(el, '#remove-m-leena')).to.equal(null);
    expect(text($(el, '[part~="coordinator"]'))).to.contain('first hand the role over');
  });

  it('removes a member who never met the team, after asking', async () => {
    const before = (await stored(adapter)).members.length;
    await adapter.saveTeam(
      {
        ...(await stored(adapter)),
        members: [...exampleTeam.members, { id: 'm-new', name: 'Uusi Henkilö', role: 'member' }],
      },
      '1',
    );
    await el.reload();
    $(el, '#remove-m-new')!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('confirm-remove-m-new');
    expect(text($(el, '.actions[role="group"]'))).to.contain('Remove Uusi Henkilö from the team?');
    const saved = oneEvent(el, 'saumaton-saved');
    focused(el)!.click();
    await saved;
    expect((await stored(adapter)).members.length).to.equal(before);
  });

  it('keeps a member who took part in meetings on record as a past member', async () => {
    $(el, '#remove-m-pekka')!.click();
    await el.updateComplete;
    expect(text($(el, '.actions[role="group"]'))).to.contain('stay on record as a past member');
    const saved = oneEvent(el, 'saumaton-saved');
    buttonNamed(el, 'End membership').click();
    await saved;
    const pekka = (await stored(adapter)).members.find((m) => m.id === 'm-pekka');
    expect(pekka?.period?.end).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records a meeting', async () => {
    await recordMeeting(el, {
      date: '2026-11-20',
      participants: 2,
      decisions: ['Tavoitteet tarkistetaan', 'Seuraava tapaaminen tammikuussa'],
    });
    const meeting = (await stored(adapter)).meetings.find((m) => m.date === '2026-11-20');
    expect(meeting?.participants).to.deep.equal(['m-leena', 'm-jari']);
    expect(meeting?.decisions).to.deep.equal(['Tavoitteet tarkistetaan', 'Seuraava tapaaminen tammikuussa']);
    await el.updateComplete;
    expect($(el, '.meeting time')?.getAttribute('datetime')).to.equal('2026-11-20');
  });

  it('asks for participants before recording a meeting', async () => {
    $(el, '#record-meeting')!.click();
    await el.updateComplete;
    $(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#participants-error'))).to.equal('Choose who took part.');
  });

  it('shows field errors next to the fields, and focuses the first', async () => {
    $(el, '#add-member')!.click();
    await el.updateComplete;
    const phone = $(el, '#field-phone') as HTMLInputElement;
    phone.value = 'call me maybe';
    phone.dispatchEvent(new Event('input', { bubbles: true }));
    $(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#field-name')?.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-name')?.getAttribute('aria-describedby')).to.equal('field-name-error');
    expect(text($(el, '#field-phone-error'))).to.contain('telephone number');
    expect(focused(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect((await stored(adapter)).members).to.have.length(exampleTeam.members.length);
  });

  it('refuses a change that leaves an active team without a named or responsible worker', async () => {
    const team = await stored(adapter);
    const withoutMaria = team.members.map((m) => (m.id === 'm-maria' ? { ...m, role: 'member' as const } : m));
    await adapter.saveTeam({ ...team, members: withoutMaria }, '1');
    await el.reload();
    $(el, '#edit-m-jari')!.click();
    await el.updateComplete;
    const role = $(el, '#field-role') as HTMLSelectElement;
    role.value = 'member';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    $(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'form .form-error'))).to.contain('needs a named worker');
    expect((await stored(adapter)).members.find((m) => m.id === 'm-jari')?.role).to.equal('named-worker');
  });

  it('on a conflict, shows what the other person changed and keeps the user’s edit', async () => {
    $(el, '#edit-m-jari')!.click();
    await el.updateComplete;
    const title = $(el, '#field-title') as HTMLInputElement;
    title.value = 'Johtava sosiaaliohjaaja';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    // Meanwhile someone else adds a member.
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    await adapter.saveTeam(
      { ...base.value, members: [...base.value.members, { id: 'm-x', name: 'Toinen Tekijä', role: 'member' }] },
      base.version,
    );
    const failed = oneEvent(el, 'saumaton-error');
    $(el, 'form button[type="submit"]')!.click();
    await failed;
    await el.updateComplete;
    const conflict = $(el, '.state.conflict')!;
    expect(text(conflict)).to.contain('Toinen Tekijä was added.');
    expect(text(conflict)).to.contain('Your change: change the details of Jari Heikkinen.');
    // Their version is shown, and what the user typed is still in the form.
    expect(text($(el, 'section[aria-labelledby="professionals-heading"]'))).to.contain('Toinen Tekijä');
    expect(($(el, '#field-title') as HTMLInputElement).value).to.equal('Johtava sosiaaliohjaaja');
    const saved = oneEvent(el, 'saumaton-saved');
    buttonNamed(el, 'Save my change on top of theirs').click();
    await saved;
    const team = await stored(adapter);
    expect(team.members.find((m) => m.id === 'm-jari')?.title).to.equal('Johtava sosiaaliohjaaja');
    expect(team.members.some((m) => m.id === 'm-x')).to.equal(true);
  });

  it('when the adapter reports a conflict as a plain error, still shows the conflict and saves on top', async () => {
    // A provider's adapter that turns a 412 into a plain Error: the roster cannot recognize it.
    const opaque = {
      ...withoutLiveUpdates(adapter),
      saveTeam: (team: Team, ifMatch: string | null) =>
        adapter.saveTeam(team, ifMatch).catch(() => {
          throw new Error('HTTP 412 Precondition Failed');
        }),
    };
    el = await renderRoster(opaque, { editable: true, viewer: professional });
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    $(el, '#handover-m-jari')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'the roster stays stuck in a save error');
    expect(text($(el, '.state.conflict'))).to.contain('The team’s status is now Suspended.');
    const saved = oneEvent(el, 'saumaton-saved');
    buttonNamed(el, 'Save my change on top of theirs').click();
    await saved;
    const team = await stored(adapter);
    expect([team.status, coordinators(team).map((m) => m.id)]).to.deep.equal(['suspended', ['m-jari']]);
  });

  it('on a conflict, can discard the user’s edit and keep theirs', async () => {
    el = await renderRoster(withoutLiveUpdates(adapter), { editable: true, viewer: professional });
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    $(el, '#handover-m-jari')!.click();
    await oneEvent(el, 'saumaton-error');
    await el.updateComplete;
    expect(text($(el, '.state.conflict'))).to.contain('The team’s status is now Suspended.');
    buttonNamed(el, 'Discard my change').click();
    await el.updateComplete;
    expect($(el, '.state.conflict')).to.equal(null);
    expect(coordinators(await stored(adapter)).map((m) => m.id)).to.deep.equal(['m-leena']);
  });

  it('when saving fails, says so, keeps what was typed, and saves on retry', async () => {
    const saveTeam = adapter.saveTeam.bind(adapter);
    let failures = 1;
    adapter.saveTeam = (team, ifMatch, opts) =>
      failures-- > 0 ? Promise.reject(new OfflineError('down')) : saveTeam(team, ifMatch, opts);
    $(el, '#add-member')!.click();
    await el.updateComplete;
    const name = $(el, '#field-name') as HTMLInputElement;
    name.value = 'Päivi Aalto';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    const failed = oneEvent(el, 'saumaton-error');
    $(el, 'form button[type="submit"]')!.click();
    const { detail } = await failed;
    expect(detail.error).to.be.instanceOf(OfflineError);
    await el.updateComplete;
    expect(text($(el, 'form .form-error'))).to.contain('cannot be reached');
    expect(($(el, '#field-name') as HTMLInputElement).value).to.equal('Päivi Aalto');
    const saved = oneEvent(el, 'saumaton-saved');
    $(el, 'form button[type="submit"]')!.click();
    await saved;
    expect((await stored(adapter)).members.some((m) => m.name === 'Päivi Aalto')).to.equal(true);
  });

  it('closes the form with Escape and returns focus to the button that opened it', async () => {
    $(el, '#edit-m-jari')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'form')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect(focused(el)?.id).to.equal('edit-m-jari');
  });
});

describe('<saumaton-team-roster> editing, the hard cases', () => {
  let adapter: MemoryAdapter;
  let el: TeamRoster;

  beforeEach(async () => {
    adapter = await exampleAdapter();
    el = await renderRoster(adapter, { editable: true, viewer: professional });
  });

  async function typeInto(selector: string, value: string) {
    const input = $(el, selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
  }

  it('a member whose membership ended shows among past members at once', async () => {
    $(el, '#remove-m-pekka')!.click();
    await el.updateComplete;
    const saved = oneEvent(el, 'saumaton-saved');
    buttonNamed(el, 'End membership').click();
    await saved;
    await el.updateComplete;
    expect(text($(el, 'section[aria-labelledby="past-heading"]'))).to.contain('Pekka Lindqvist');
    expect(text($(el, 'section[aria-labelledby="professionals-heading"]'))).not.to.contain('Pekka Lindqvist');
  });

  it('on a conflict over the same member, keeps what they changed in the fields the user left alone', async () => {
    $(el, '#edit-m-jari')!.click();
    await el.updateComplete;
    await typeInto('#field-title', 'Johtava sosiaaliohjaaja');
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    await adapter.saveTeam(
      {
        ...base.value,
        members: base.value.members.map((m) =>
          m.id === 'm-jari' ? { ...m, contact: { ...m.contact, phone: '+358 40 999 9999' } } : m,
        ),
      },
      base.version,
    );
    const failed = oneEvent(el, 'saumaton-error');
    $(el, 'form button[type="submit"]')!.click();
    await failed;
    await el.updateComplete;
    expect(text($(el, '.state.conflict'))).to.contain('Jari Heikkinen’s details were changed.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('conflict-heading');
    // The user goes on typing after the conflict appeared; what the form says now is saved.
    await typeInto('#field-title', 'Johtava sosiaaliohjaaja (sijainen)');
    const saved = oneEvent(el, 'saumaton-saved');
    buttonNamed(el, 'Save my change on top of theirs').click();
    await saved;
    const jari = (await stored(adapter)).members.find((m) => m.id === 'm-jari')!;
    expect(jari.title).to.equal('Johtava sosiaaliohjaaja (sijainen)');
    expect(jari.contact?.phone).to.equal('+358 40 999 9999');
  });

  it('under turvakielto, an edit never writes over the protected contact details', async () => {
    const protectedEl = await renderRoster(adapter, { teamId: 'team-sanna', editable: true, viewer: professional });
    $(protectedEl, '#edit-p-eva')!.click();
    await protectedEl.updateComplete;
    expect($(protectedEl, '#field-email')).to.equal(null);
    const relationship = $(protectedEl, '#field-relationship') as HTMLInputElement;
    relationship.value = 'edunvalvoja';
    relationship.dispatchEvent(new Event('input', { bubbles: true }));
    // Meanwhile the protected person's contact changes elsewhere.
    const base = await adapter.getTeam({ teamId: 'team-sanna' });
    await adapter.saveTeam(
      {
        ...base.value,
        members: base.value.members.map((m) =>
          m.id === 'p-eva' ? { ...m, contact: { email: 'new@example.org' } } : m,
        ),
      },
      base.version,
    );
    const failed = oneEvent(protectedEl, 'saumaton-error');
    $(protectedEl, 'form button[type="submit"]')!.click();
    await failed;
    await protectedEl.updateComplete;
    // The withheld change is not described either.
    expect($$(protectedEl, '.state.conflict li')).to.have.length(0);
    const saved = oneEvent(protectedEl, 'saumaton-saved');
    buttonNamed(protectedEl, 'Save my change on top of theirs').click();
    await saved;
    const eva = (await adapter.getTeam({ teamId: 'team-sanna' })).value.members.find((m) => m.id === 'p-eva')!;
    expect(eva.relationship).to.equal('edunvalvoja');
    expect(eva.contact).to.deep.equal({ email: 'new@example.org' });
    expect(protectedEl.shadowRoot!.innerHTML).not.to.contain('new@example.org');
  });

  it('moving a member to another organisation takes that organisation’s id and producer type', async () => {
    $(el, '#edit-m-pekka')!.click();
    await el.updateComplete;
    await typeInto('#field-organizationName', 'Järvilaakson kaupungin työllisyyspalvelut');
    expect(($(el, '#field-organizationId') as HTMLInputElement).value).to.equal('1.2.246.10.99999999.40.1');
    expect(($(el, '#field-producerType') as HTMLSelectElement).value).to.equal('other-sector');
    await typeInto('#field-organizationName', 'Uusi Yhdistys ry');
    expect(($(el, '#field-organizationId') as HTMLInputElement).value).to.equal('');
    const saved = oneEvent(el, 'saumaton-saved');
    $(el, 'form button[type="submit"]')!.click();
    await saved;
    const pekka = (await stored(adapter)).members.find((m) => m.id === 'm-pekka')!;
    // A new organisation without an OID gets an id every backend can hold, FHIR's included.
    expect(pekka.organization?.name).to.equal('Uusi Yhdistys ry');
    expect(pekka.organization?.id).to.match(/^org-[A-Za-z0-9-]{1,60}$/);
    expect(pekka.organization?.producerType).to.equal(undefined);
  });

  it('stops editing when editing is no longer allowed', async () => {
    $(el, '#edit-m-jari')!.click();
    await el.updateComplete;
    expect($(el, 'form')).to.exist;
    el.viewer = { kind: 'client' };
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect($$(el, 'button')).to.have.length(0);
  });

  it('closes a form left open on one team when the roster turns to another', async () => {
    $(el, '#add-member')!.click();
    await el.updateComplete;
    expect($(el, 'form')).to.exist;
    el.teamId = 'team-sanna';
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Helena Björk');
    expect($(el, 'form')).to.equal(null);
  });

  it('a save answered after team-id changed never shows the old team', async () => {
    const controlled = new ControlledAdapter();
    const roster = await fixture<TeamRoster>(
      html`<saumaton-team-roster
        team-id="team-aino"
        editable
        .adapter=${controlled}
        .viewer=${professional}
      ></saumaton-team-roster>`,
    );
    (await controlled.waitForCall(0)).resolve({ value: exampleTeam, version: '1' });
    (await controlled.waitForCall(1)).resolve({ value: exampleClient, version: '1' });
    await settled(roster);
    $(roster, '#handover-m-jari')!.click();
    const save = await controlled.waitForCall(2);
    expect(save.method).to.equal('saveTeam');
    roster.teamId = 'team-b';
    const load = await controlled.waitForCall(3);
    expect(save.signal?.aborted).to.equal(true);
    const teamB = {
      ...exampleTeam,
      id: 'team-b',
      members: [{ ...exampleTeam.members[0]!, name: 'Bertta B' }, exampleTeam.members[1]!],
      meetings: [],
    };
    load.resolve({ value: teamB, version: '1' });
    (await controlled.waitForCall(4)).resolve({ value: exampleClient, version: '1' });
    await settled(roster);
    let savedEvents = 0;
    roster.addEventListener('saumaton-saved', () => savedEvents++);
    // The adapter ignores the abort and answers the old save late.
    save.resolve({ value: exampleTeam, version: '2' });
    await new Promise((r) => setTimeout(r, 30));
    await roster.updateComplete;
    expect(text($(roster, '.summary'))).to.contain('Bertta B');
    expect(savedEvents).to.equal(0);
  });

  it('refuses only what a change breaks: a team that already broke a rule can still be mended', async () => {
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    // A backend wrote a meeting with a participant who is not a member (bypassing the rules).
    const broken = {
      ...base.value,
      meetings: [...base.value.meetings, { id: 'x', date: '2026-10-01', participants: ['ghost'], decisions: [] }],
    };
    // A backend that checks no rules of its own.
    const lenient = {
      getTeam: () => Promise.resolve({ value: broken, version: base.version }),
      getClient: adapter.getClient.bind(adapter),
      saveTeam: (team: Team, v: string | null) => Promise.resolve({ value: team, version: `${v ?? '0'}x` }),
    };
    const roster = await renderRoster(lenient, { editable: true, viewer: professional });
    $(roster, '#edit-m-jari')!.click();
    await roster.updateComplete;
    const title = $(roster, '#field-title') as HTMLInputElement;
    title.value = 'Uusi nimike';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    const saved = oneEvent(roster, 'saumaton-saved');
    $(roster, 'form button[type="submit"]')!.click();
    const { detail } = await saved;
    expect((detail.value as typeof broken).members.find((m) => m.id === 'm-jari')?.title).to.equal('Uusi nimike');
  });
});

describe('<saumaton-team-roster> live updates', () => {
  it('shows what someone else saved at once, and says so', async () => {
    const adapter = await exampleAdapter();
    const mine = await renderRoster(adapter, { editable: true, viewer: professional });
    const theirs = await renderRoster(adapter, { editable: true, viewer: professional });
    const saved = oneEvent(theirs, 'saumaton-saved');
    $(theirs, '#handover-m-maria')!.click();
    await saved;
    await mine.updateComplete;
    expect(text($(mine, '.summary'))).to.contain('Coordinator: Maria Nyström');
    await waitUntil(
      () => text(mine.shadowRoot!.querySelector('[role="status"][aria-live]')) === 'Someone else updated the team.',
    );
    // A change of their own is not announced as someone else's.
    expect(text(theirs.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Saved.');
  });

  it('leaves an open form alone; saving it then meets the conflict', async () => {
    const adapter = await exampleAdapter();
    const mine = await renderRoster(adapter, { editable: true, viewer: professional });
    $(mine, '#edit-m-jari')!.click();
    await mine.updateComplete;
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    await mine.updateComplete;
    expect($(mine, 'form')).to.exist;
    expect(text($(mine, 'header'))).to.contain('Active');
  });

  it('stops listening when removed from the page', async () => {
    const adapter = await exampleAdapter();
    let subscribed = 0;
    const subscribe = adapter.subscribe.bind(adapter);
    adapter.subscribe = (ref, listener) => {
      subscribed++;
      const stop = subscribe(ref, listener);
      return () => {
        subscribed--;
        stop();
      };
    };
    const el = await renderRoster(adapter);
    await el.updateComplete;
    expect(subscribed).to.equal(1);
    el.remove();
    expect(subscribed).to.equal(0);
  });
});
