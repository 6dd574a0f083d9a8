/**
 * The demo's private provider's portal: Kotiapu Lindqvist Oy, a fictional private home-help
 * producer that serves Aino with the county's service voucher, in its own staff pages with its
 * own look. It embeds only two Saumaton widgets:
 *
 * - **the client's shared plan** (<saumaton-plan-viewer>): the viewer is one of its
 *   professionals (`organizationId` the producer's OID), so the widget offers to edit the
 *   producer's own part only (its services, its responsibilities and its notes, saved with that
 *   part's own version, so its saves never conflict with the county's or another producer's);
 *   every other part and the common sections are read-only. It runs on the same backend as the
 *   county portal (backend.ts: the same IndexedDB database, or the FHIR server with
 *   `?adapter=fhir`), so what the producer saves here shows in the county's portal and in the
 *   plan's history;
 * - **its own intake form for a new client** ("Uusi asiakas"), a plain HTML form that holds
 *   <saumaton-consent-form> in form mode (`name`, `instrument`, `required`): the client answers one
 *   consent to data sharing, and its value goes into the form's FormData with the form's other
 *   fields. The producer's backend would record it; the demo has none, so on submit the page
 *   shows in a live region what the form would send. An unanswered consent stops the submit with
 *   the widget's own validation message, as an empty required `<input>` would.
 *
 * The page's look is producer.css, which also sets the widgets' `--saumaton-*` tokens to the
 * producer's colours; its strings are its own, in fi, sv and en; the language choice is shared
 * with the county portal (page.ts).
 */
import './producer.css';
// The intake form's control is there from the start; the plan viewer is loaded once the data is.
import '@saumaton/consent-form/saumaton-consent-form.js';

import type { Consent, Viewer } from '@saumaton/core';
import { exampleOrganizations } from '@saumaton/core/examples';
import { BACKEND, createAdapter, putExampleData } from './backend.js';
import { localeSwitcher, rememberedLocale, translateElements, type Locale } from './page.js';

// ---------------------------------------------------------------------------------------------
// The producer's own strings
// ---------------------------------------------------------------------------------------------

const fi = {
  pageTitle: 'Asiakkaat',
  skipLink: 'Siirry pääsisältöön',
  demoLabel: 'Esittelystä',
  demoNote: 'Esittely: kuvitteellisen palvelusetelituottajan oma portaali.',
  backToPortal: 'Takaisin hyvinvointialueen portaaliin',
  tagline: 'Henkilökunnan sivut',
  language: 'Kieli',
  pageNav: 'Sivun osat',
  navPlan: 'Asiakkaan suunnitelma',
  navIntake: 'Uusi asiakas',
  heading: 'Asiakkaat',
  signedIn: 'Kirjautuneena',
  signedInRole: 'lähihoitaja',
  planHeading: 'Aino Mäkelän asiakassuunnitelma',
  planIntro:
    'Aino Mäkelä saa kotipalvelua meiltä Järvilaakson hyvinvointialueen palvelusetelillä. Hänen asiakassuunnitelmansa on yhteinen kaikille hänen palveluidensa tuottajille: me täydennämme ja päivitämme vain omaa osaamme, ja muiden osat näkyvät meille sellaisina kuin ne ovat.',
  loadingPlan: 'Ladataan asiakassuunnitelmaa…',
  planSaved: 'Osamme asiakassuunnitelmasta on tallennettu.',
  loadFailed: 'Esittelyn tietoja ei voitu valmistella. Avaa hyvinvointialueen portaali ja yritä uudelleen.',
  intakeHeading: 'Uusi asiakas',
  intakeIntro:
    'Kun hyvinvointialue on myöntänyt asiakkaalle palvelusetelin ja asiakas valitsee meidät, kirjaamme hänet tällä lomakkeella. Asiakas vastaa itse suostumukseen, ja vastaus lähtee lomakkeen muiden tietojen mukana.',
  formHeading: 'Asiakkaan tiedot ja palvelu',
  voucherLabel: 'Palvelusetelipäätös',
  countyName: 'Järvilaakson hyvinvointialue',
  requiredNote: 'Tähdellä (*) merkityt kohdat ovat pakollisia.',
  clientName: 'Asiakkaan nimi',
  service: 'Palvelu',
  chooseService: 'Valitse palvelu',
  serviceHomeHelp: 'Kotipalvelu',
  serviceErrands: 'Kauppa- ja asiointipalvelu',
  serviceCleaning: 'Siivouspalvelu',
  startDate: 'Toivottu aloituspäivä',
  consent: 'Suostumus',
  submit: 'Lähetä',
  reset: 'Tyhjennä lomake',
  resultHeading: 'Mitä lomake lähettäisi',
  resultEmpty: 'Lomaketta ei ole vielä lähetetty.',
  resultIntro: 'Esittelyssä ei ole palvelinta, joten lomake ei lähtenyt minnekään. Se olisi lähettänyt nämä tiedot:',
  consentKind: 'Tahdonilmaisun laji',
  consentDecision: 'Päätös',
  consentDate: 'Voimassa alkaen',
  consentRecipients: 'Tietoja saa antaa',
  instrumentPermit: 'Luovutuslupa',
  instrumentProhibition: 'Luovutuskielto',
  instrumentCase: 'Suostumus',
  decisionPermitGiven: 'Lupa annettu',
  decisionProhibitionGiven: 'Kielto annettu',
  decisionCaseGiven: 'Suostumus annettu',
  decisionCaseRefused: 'Suostumuksesta kieltäydytty',
  consentJson: 'Lähetettävä arvo (JSON)',
  purpose: 'Palvelusetelillä järjestettävän palvelun suunnittelu ja seuranta',
  footer:
    'Kotiapu Lindqvist Oy on kuvitteellinen yritys Saumaton-komponenttikirjaston esittelyssä. Lomake ei lähetä tietoja minnekään.',
};
type Strings = Record<keyof typeof fi, string>;
type StringKey = keyof Strings;

const sv: Strings = {
  pageTitle: 'Klienter',
  skipLink: 'Hoppa till huvudinnehållet',
  demoLabel: 'Om demon',
  demoNote: 'Demo: en fiktiv servicesedelproducents egen portal.',
  backToPortal: 'Tillbaka till välfärdsområdets portal',
  tagline: 'Personalens sidor',
  language: 'Språk',
  pageNav: 'Sidans delar',
  navPlan: 'Klientens plan',
  navIntake: 'Ny klient',
  heading: 'Klienter',
  signedIn: 'Inloggad',
  signedInRole: 'närvårdare',
  planHeading: 'Aino Mäkeläs klientplan',
  planIntro:
    'Aino Mäkelä får hemservice av oss med en servicesedel från Sjödalens välfärdsområde. Hennes klientplan är gemensam för alla som producerar hennes tjänster: vi kompletterar och uppdaterar bara vår egen del, och de andras delar ser vi sådana som de är.',
  loadingPlan: 'Klientplanen hämtas…',
  planSaved: 'Vår del av klientplanen har sparats.',
  loadFailed: 'Demons uppgifter kunde inte förberedas. Öppna välfärdsområdets portal och försök igen.',
  intakeHeading: 'Ny klient',
  intakeIntro:
    'När välfärdsområdet har beviljat klienten en servicesedel och klienten väljer oss, registrerar vi klienten med den här blanketten. Klienten svarar själv på samtycket, och svaret skickas med blankettens övriga uppgifter.',
  formHeading: 'Klientens uppgifter och tjänsten',
  voucherLabel: 'Beslut om servicesedel',
  countyName: 'Sjödalens välfärdsområde',
  requiredNote: 'Fält märkta med en asterisk (*) är obligatoriska.',
  clientName: 'Klientens namn',
  service: 'Tjänst',
  chooseService: 'Välj tjänst',
  serviceHomeHelp: 'Hemservice',
  serviceErrands: 'Butiks- och ärendeservice',
  serviceCleaning: 'Städservice',
  startDate: 'Önskat startdatum',
  consent: 'Samtycke',
  submit: 'Skicka',
  reset: 'Töm blanketten',
  resultHeading: 'Vad blanketten skulle skicka',
  resultEmpty: 'Blanketten har inte skickats ännu.',
  resultIntro: 'Demon har ingen server, så blanketten skickades ingenstans. Den skulle ha skickat dessa uppgifter:',
  consentKind: 'Typ av viljeyttring',
  consentDecision: 'Beslut',
  consentDate: 'Gäller från',
  consentRecipients: 'Uppgifterna får lämnas ut till',
  instrumentPermit: 'Tillstånd för utlämnande',
  instrumentProhibition: 'Förbud mot utlämnande',
  instrumentCase: 'Samtycke',
  decisionPermitGiven: 'Tillstånd givet',
  decisionProhibitionGiven: 'Förbud meddelat',
  decisionCaseGiven: 'Samtycke givet',
  decisionCaseRefused: 'Samtycke vägrat',
  consentJson: 'Värdet som skickas (JSON)',
  purpose: 'Planering och uppföljning av tjänsten som ordnas med servicesedel',
  footer:
    'Kotiapu Lindqvist Oy är ett fiktivt företag i en demo av komponentbiblioteket Saumaton. Blanketten skickar inga uppgifter någonstans.',
};

const en: Strings = {
  pageTitle: 'Clients',
  skipLink: 'Skip to main content',
  demoLabel: 'About the demo',
  demoNote: "Demo: a fictional service-voucher producer's own portal.",
  backToPortal: "Back to the wellbeing services county's portal",
  tagline: 'Staff pages',
  language: 'Language',
  pageNav: 'Parts of the page',
  navPlan: "The client's plan",
  navIntake: 'New client',
  heading: 'Clients',
  signedIn: 'Signed in',
  signedInRole: 'practical nurse',
  planHeading: "Aino Mäkelä's client plan",
  planIntro:
    "Aino Mäkelä receives home help from us with a service voucher from Järvilaakso Wellbeing Services County. Her client plan is shared by everyone who produces her services: we complement and update only our own part, and we see the others' parts as they are.",
  loadingPlan: 'Loading the client plan…',
  planSaved: 'Our part of the client plan is saved.',
  loadFailed: "The demo's data could not be prepared. Open the county's portal and try again.",
  intakeHeading: 'New client',
  intakeIntro:
    'When the county has granted a client a service voucher and the client chooses us, we register them with this form. The client answers the consent themselves, and the answer goes with the rest of the form.',
  formHeading: "The client's details and the service",
  voucherLabel: 'Service voucher decision',
  countyName: 'Järvilaakso Wellbeing Services County',
  requiredNote: 'Fields marked with an asterisk (*) are required.',
  clientName: "Client's name",
  service: 'Service',
  chooseService: 'Choose a service',
  serviceHomeHelp: 'Home help',
  serviceErrands: 'Shopping and errand service',
  serviceCleaning: 'Cleaning service',
  startDate: 'Preferred start date',
  consent: 'Consent',
  submit: 'Send',
  reset: 'Clear the form',
  resultHeading: 'What the form would send',
  resultEmpty: 'The form has not been sent yet.',
  resultIntro: 'The demo has no server, so the form went nowhere. It would have sent these:',
  consentKind: 'Kind of consent',
  consentDecision: 'Decision',
  consentDate: 'Valid from',
  consentRecipients: 'May be shared with',
  instrumentPermit: 'Consent to data sharing',
  instrumentProhibition: 'Denial of consent',
  instrumentCase: 'Consent for a specific purpose',
  decisionPermitGiven: 'Consent given',
  decisionProhibitionGiven: 'Sharing denied',
  decisionCaseGiven: 'Consent given',
  decisionCaseRefused: 'Consent refused',
  consentJson: 'The value sent (JSON)',
  purpose: 'Planning and following up the service provided with the service voucher',
  footer:
    'Kotiapu Lindqvist Oy is a fictional company in a demo of the Saumaton component library. The form sends nothing anywhere.',
};

const STRINGS: Record<Locale, Strings> = { fi, sv, en };

let locale: Locale = rememberedLocale();
const t = (key: StringKey): string => STRINGS[locale][key];
const isStringKey = (key: string): key is StringKey => key in fi;

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

function missing(what: string): never {
  throw new Error(`demo-portal: ${what} is missing from producer.html`);
}

function byId(id: string): HTMLElement {
  return document.getElementById(id) ?? missing(`#${id}`);
}

const planViewer = document.querySelector('saumaton-plan-viewer') ?? missing('<saumaton-plan-viewer>');
const toastRegion = byId('toast-region');
const form = byId('intake-form') as HTMLFormElement;
const result = byId('result');
const consentForm = form.querySelector('saumaton-consent-form') ?? missing('<saumaton-consent-form>');

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string): void {
  clearTimeout(toastTimer);
  const note = document.createElement('p');
  note.className = 'toast';
  note.textContent = message;
  toastRegion.replaceChildren(note);
  toastTimer = setTimeout(() => toastRegion.replaceChildren(), 5000);
}

// ---- the plan -----------------------------------------------------------------------------------

/** One of the producer's own professionals: the plan viewer lets them edit this producer's part only. */
const viewer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.voucher.id };

document.addEventListener('saumaton-saved', (event) => {
  if (event.detail.kind === 'plan-part') toast(t('planSaved'));
});
document.addEventListener('saumaton-error', (event) => {
  // The widget shows the error itself; the page only keeps a trace for developers.
  console.warn('demo-portal: a widget reported an error', event.detail.error);
});

// ---- the intake form ----------------------------------------------------------------------------

/** The producer: the organisation that records the consent the client gives here. */
const PRODUCER = exampleOrganizations.voucher;
/** The county that granted the voucher: where the client's information may go. */
const COUNTY_ID = exampleOrganizations.county.id;
/**
 * The client the voucher decision PS-2026-0157 names, by the county's id for them: a new client
 * of the producer, not one of the demo's records.
 */
const VOUCHER_CLIENT_ID = 'client-eino';

/**
 * What the producer presets of the consent: everything the client does not decide. The consent
 * is about the voucher's client, whatever name is typed (a real producer would check the two
 * against each other); its texts are in the page's language, which the consent records too.
 */
function presetConsent(): void {
  consentForm.value = {
    clientId: VOUCHER_CLIENT_ID,
    sector: 'social-care',
    recipients: [{ id: COUNTY_ID, name: t('countyName'), producerType: 'own-production' }],
    purpose: t('purpose'),
    recordedBy: { organization: PRODUCER },
  };
}

/** The FormData entries of the last submit, shown until the next submit, a refused one or a reset. */
let sent: [string, FormDataEntryValue][] | undefined;

const FIELD_LABELS: Record<string, StringKey> = {
  voucher: 'voucherLabel',
  clientName: 'clientName',
  service: 'service',
  startDate: 'startDate',
  consent: 'consent',
};

const SERVICE_LABELS: Record<string, StringKey> = {
  'home-help': 'serviceHomeHelp',
  errands: 'serviceErrands',
  cleaning: 'serviceCleaning',
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

function instrumentText(consent: Consent): string {
  switch (consent.instrument) {
    case 'disclosure-permit':
      return t('instrumentPermit');
    case 'disclosure-prohibition':
      return t('instrumentProhibition');
    case 'case-consent':
      return t('instrumentCase');
  }
}

function decisionText(consent: Consent): string {
  switch (consent.instrument) {
    case 'disclosure-permit':
      return t('decisionPermitGiven');
    case 'disclosure-prohibition':
      return t('decisionProhibitionGiven');
    case 'case-consent':
      return consent.decision === 'given' ? t('decisionCaseGiven') : t('decisionCaseRefused');
  }
}

/** The consent's value summarised (the decision, the instrument, from when), then the JSON as sent. */
function consentSummary(json: string): HTMLElement[] {
  let consent: Consent | undefined;
  try {
    consent = JSON.parse(json) as Consent;
  } catch {
    consent = undefined; // shown as sent below
  }
  const parts: HTMLElement[] = [];
  if (consent?.basis === 'consent') {
    const list = element('dl', undefined, 'consent-summary');
    const rows: [StringKey, string][] = [
      ['consentDecision', decisionText(consent)],
      ['consentKind', instrumentText(consent)],
      ['consentDate', formatDate(consent.validFrom)],
    ];
    if (consent.instrument === 'disclosure-permit') {
      rows.push(['consentRecipients', consent.recipients.map((r) => r.name).join(', ')]);
    }
    for (const [term, value] of rows) list.append(element('dt', t(term)), element('dd', value));
    parts.push(list);
  }
  const details = element('details');
  details.append(
    element('summary', t('consentJson')),
    element('pre', consent ? JSON.stringify(consent, null, 2) : json),
  );
  parts.push(details);
  return parts;
}

function entryValue(name: string, value: FormDataEntryValue): HTMLElement[] {
  if (typeof value !== 'string') return [element('span', value.name)];
  if (name === 'consent') return consentSummary(value);
  const sentValue = element('code', value);
  const reading =
    name === 'service' && SERVICE_LABELS[value]
      ? t(SERVICE_LABELS[value])
      : name === 'startDate' && value
        ? formatDate(value)
        : undefined;
  if (!reading) return [element('span', value)];
  const line = element('span');
  line.append(`${reading} (`, sentValue, ')');
  return [line];
}

/** Writes what the form would send into the live region, or that nothing was sent yet. */
function renderResult(): void {
  if (!sent) {
    result.replaceChildren(element('p', t('resultEmpty'), 'hint'));
    return;
  }
  const list = element('dl', undefined, 'entries');
  for (const [name, value] of sent) {
    const row = element('div', undefined, 'entry');
    row.dataset['entry'] = name;
    const term = element('dt');
    const label = FIELD_LABELS[name];
    term.append(label ? `${t(label)} ` : '', element('code', name, 'entry__name'));
    const definition = element('dd');
    definition.append(...entryValue(name, value));
    row.append(term, definition);
    list.append(row);
  }
  result.replaceChildren(element('p', t('resultIntro')), list);
}

function translatePage(): void {
  translateElements((key) => (isStringKey(key) ? t(key) : undefined));
  document.title = `${t('pageTitle')} – Kotiapu Lindqvist Oy`;
  presetConsent();
  renderResult();
}

form.addEventListener('submit', (event) => {
  event.preventDefault(); // no server: show what would go instead
  sent = [...new FormData(form).entries()];
  renderResult();
});

// A refused submit (a control invalid, the consent unanswered among them) leaves no earlier
// result beside it, nor does a reset. `invalid` does not bubble: listen in the capture phase.
const clearResult = () => {
  if (!sent) return;
  sent = undefined;
  renderResult();
};
form.addEventListener('invalid', clearResult, true);
form.addEventListener('reset', clearResult);

const locales = localeSwitcher(byId('locale-select') as HTMLSelectElement, (next) => {
  locale = next;
  translatePage();
});

// ---- start --------------------------------------------------------------------------------------

/**
 * The intake form needs no backend: its consent form is defined at once (imported above). The
 * plan viewer is defined once the example data is in place on the backend, so its first load
 * finds the plan.
 */
async function start(): Promise<void> {
  const localeReady = locales.apply(locale);
  const adapter = createAdapter();
  try {
    // The county's portal puts the example data in place; a producer's page opened first does too.
    await putExampleData(adapter, 'missing');
  } catch (error) {
    console.error(`demo-portal: could not prepare the demo data on ${BACKEND.kind}`, error);
    toast(t('loadFailed'));
  }
  planViewer.viewer = viewer;
  planViewer.adapter = adapter;
  await Promise.all([localeReady, import('@saumaton/plan-viewer/saumaton-plan-viewer.js')]);
}

void start();
