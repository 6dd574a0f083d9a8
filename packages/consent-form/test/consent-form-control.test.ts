import { expect } from '@open-wc/testing';
import { XSS_PAYLOADS, formControlSuite, isolateTestPage, mount } from '@saumaton/elements/test-suites';
import { exampleOrganizations } from '@saumaton/core/examples';
import { html } from 'lit';
import { canonicalJson, type ConsentPreset } from '../src/answer.js';
import type { ConsentForm } from '../src/ConsentForm.js';
import { inLocale, text } from './helpers.js';
import '../saumaton-consent-form.js';

const producer = { organization: exampleOrganizations.voucher, professional: { name: 'Maria Lindqvist' } };

/** What a voucher producer presets of a case consent: who records it, which client, the id, the day. */
const casePreset: ConsentPreset = {
  id: 'consent-intake-1',
  clientId: 'client-aino',
  validFrom: '2026-11-30',
  formLanguage: 'fi',
  recordedBy: producer,
  purpose: { kind: 'multi-service-process' },
};

formControlSuite<ConsentForm>('<saumaton-consent-form instrument="case-consent">', {
  create: () =>
    Object.assign(document.createElement('saumaton-consent-form'), { instrument: 'case-consent', value: casePreset }),
  defaultValue: null,
  fill: (el) => {
    (el.shadowRoot!.querySelector('#answer-yes') as HTMLInputElement).click();
  },
  filledValue: canonicalJson({
    id: 'consent-intake-1',
    clientId: 'client-aino',
    basis: 'consent',
    actor: { kind: 'client', competence: 'adult' },
    method: 'electronic',
    formLanguage: 'fi',
    validFrom: '2026-11-30',
    status: 'active',
    printoutRequested: false,
    recordedBy: producer,
    instrument: 'case-consent',
    purpose: { kind: 'multi-service-process' },
    decision: 'given',
  }),
});

/** A voucher producer's own intake form, with the consent form inside. */
function intakeForm(instrument: string, preset: ConsentPreset, required = true) {
  const page = mount(
    html`<form id="intake">
      <label>Nimi <input name="name" value="Aino Mäkelä" /></label>
      <saumaton-consent-form
        name="consent"
        instrument=${instrument}
        ?required=${required}
        .value=${preset}
      ></saumaton-consent-form>
      <button type="submit">Lähetä</button>
    </form>`,
  );
  const form = page.querySelector('form')!;
  const el = page.querySelector('saumaton-consent-form')!;
  return { form, el };
}

function submit(form: HTMLFormElement): FormData | null {
  let sent: FormData | null = null;
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    sent = new FormData(form);
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  return sent;
}

function tick(el: ConsentForm, id: string): void {
  (el.shadowRoot!.querySelector(`#${id}`) as HTMLInputElement).click();
}

const permitPreset: ConsentPreset = {
  id: 'consent-intake-2',
  clientId: 'client-aino',
  validFrom: '2026-11-30',
  formLanguage: 'fi',
  recordedBy: producer,
  sector: 'social-care',
  recipients: [exampleOrganizations.county],
  purpose: 'Palvelusetelillä annettavan kotihoidon suunnittelu',
};

describe('<saumaton-consent-form> in a service-voucher producer’s intake form', () => {
  isolateTestPage();

  it('submits the client’s consent to data sharing as JSON in the model’s shape, and records nothing itself', async () => {
    const { form, el } = intakeForm('disclosure-permit', permitPreset);
    let adapterCalls = 0;
    el.adapter = new Proxy({}, { get: () => (adapterCalls++, undefined) });
    await el.updateComplete;
    // What it means is said before the client commits.
    expect(text(el.shadowRoot!.querySelector('.explanation'))).to.contain(
      'If you say no, you still get the services you need.',
    );
    expect(text(el.shadowRoot!.querySelector('dl'))).to.contain('Järvilaakson hyvinvointialue, aikuissosiaalityö');
    tick(el, 'answer-informed');
    tick(el, 'answer-yes');
    await el.updateComplete;
    const data = submit(form);
    expect(data, 'the form was blocked').not.to.equal(null);
    expect(data!.get('name')).to.equal('Aino Mäkelä');
    const consent = JSON.parse(data!.get('consent') as string) as Record<string, unknown>;
    expect(consent).to.deep.equal({
      id: 'consent-intake-2',
      clientId: 'client-aino',
      basis: 'consent',
      instrument: 'disclosure-permit',
      sector: 'social-care',
      recipients: [exampleOrganizations.county],
      purpose: 'Palvelusetelillä annettavan kotihoidon suunnittelu',
      informing: { date: '2026-11-30', channel: 'electronic' },
      actor: { kind: 'client', competence: 'adult' },
      method: 'electronic',
      formLanguage: 'fi',
      validFrom: '2026-11-30',
      status: 'active',
      printoutRequested: false,
      recordedBy: producer,
    });
    expect(adapterCalls).to.equal(0);
  });

  it('keeps the host form from submitting until the client has answered, saying why at the control', async () => {
    const { form, el } = intakeForm('disclosure-permit', permitPreset);
    await el.updateComplete;
    expect(submit(form)).to.equal(null);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#answer-message'))).to.equal('Fill in this field.');
    expect(el.shadowRoot!.querySelector('#answer-yes')!.getAttribute('aria-describedby')).to.equal('answer-message');
  });

  for (const [locale, message] of [
    ['en', 'Tick that you have been told about Kanta Services.'],
    ['fi', 'Merkitse, että sinulle on kerrottu Kanta-palveluista.'],
    ['sv', 'Kryssa för att du har fått information om Kanta-tjänsterna.'],
  ] as const) {
    it(`says a broken rule at the control by its code, in ${locale}: a permit needs the Kanta information first`, async () => {
      await inLocale(locale);
      const { form, el } = intakeForm('disclosure-permit', permitPreset);
      await el.updateComplete;
      tick(el, 'answer-yes');
      await el.updateComplete;
      expect(submit(form)).to.equal(null);
      await el.updateComplete;
      const shown = el.shadowRoot!.querySelector('#answer-message')!;
      expect(text(shown)).to.equal(message);
      expect(shown.getAttribute('data-rule')).to.equal('informing-required');
      expect(el.validationMessage).to.equal(message);
      await expect(el).to.be.accessible();
    });
  }

  it('takes a refusal of a case consent as an answer, given by a named guardian', async () => {
    const { form, el } = intakeForm('case-consent', { ...casePreset, purpose: undefined });
    el.setAttribute('purpose', 'joint-plan');
    await el.updateComplete;
    tick(el, 'answer-no');
    const who = el.shadowRoot!.querySelector('#answer-actor') as HTMLSelectElement;
    who.value = 'guardian';
    who.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(submit(form)).to.equal(null);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#answer-message'))).to.equal(
      'Give the name of the person answering for the client.',
    );
    const name = el.shadowRoot!.querySelector('#answer-actor-name') as HTMLInputElement;
    name.value = 'Matti Mäkelä';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    const consent = JSON.parse(submit(form)!.get('consent') as string) as Record<string, unknown>;
    expect(consent).to.deep.include({
      decision: 'refused',
      purpose: { kind: 'joint-plan' },
      actor: { kind: 'guardian', competence: 'authority-verified', name: 'Matti Mäkelä' },
    });
  });

  it('keeps with a denial of consent the consequences the client was shown, in the language shown', async () => {
    await inLocale('sv');
    const { form, el } = intakeForm('disclosure-prohibition', {
      ...casePreset,
      purpose: undefined,
      formLanguage: undefined,
      sector: 'social-care',
      target: { kind: 'controller', organization: exampleOrganizations.employment },
    });
    await el.updateComplete;
    tick(el, 'answer-yes');
    await el.updateComplete;
    const consent = JSON.parse(submit(form)!.get('consent') as string) as Record<string, unknown>;
    expect(consent['formLanguage']).to.equal('sv');
    expect(consent['consequencesShown']).to.contain('Förbudet hindrar inte att uppgifter går mellan välfärdsområdet');
    expect(text(el.shadowRoot!.querySelector('.explanation'))).to.contain('Förbudet hindrar inte');
  });

  it('refuses a denial aimed at the county’s own voucher producer, by the rule', async () => {
    const { form, el } = intakeForm('disclosure-prohibition', {
      ...casePreset,
      purpose: undefined,
      sector: 'social-care',
      target: { kind: 'controller', organization: exampleOrganizations.voucher },
    });
    await el.updateComplete;
    tick(el, 'answer-yes');
    await el.updateComplete;
    expect(submit(form)).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#answer-message')!.getAttribute('data-rule')).to.equal(
      'prohibition-own-producer',
    );
  });

  for (const payload of XSS_PAYLOADS) {
    it(`shows ${payload} in every preset text field as text, and submits it as it was`, async () => {
      const org = { id: `org-${payload}`, name: `Org ${payload}` };
      const { form, el } = intakeForm('disclosure-permit', {
        ...permitPreset,
        sector: 'social-to-health',
        recipients: [org],
        purpose: payload,
        dataClasses: [{ code: payload, display: payload }],
        recordedBy: { organization: org, professional: { name: payload } },
      });
      await el.updateComplete;
      tick(el, 'answer-informed');
      tick(el, 'answer-yes');
      const who = el.shadowRoot!.querySelector('#answer-actor') as HTMLSelectElement;
      who.value = 'guardian';
      who.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      const name = el.shadowRoot!.querySelector('#answer-actor-name') as HTMLInputElement;
      name.value = payload;
      name.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('dl'))).to.contain(`Org ${payload}`);
      expect(el.shadowRoot!.querySelector('dl img, dl script, dl svg, dl a')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      const consent = JSON.parse(submit(form)!.get('consent') as string) as {
        purpose: string;
        actor: { name: string };
      };
      expect(consent.purpose).to.equal(payload);
      expect(consent.actor.name).to.equal(payload);
    });
  }

  it('says so, and submits nothing, when the host gave no instrument', async () => {
    const { form, el } = intakeForm('', casePreset, false);
    el.removeAttribute('instrument');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.state.empty'))).to.equal(
      'This form does not say which consent it asks for.',
    );
    expect(submit(form)!.get('consent')).to.equal(null);
  });
});
