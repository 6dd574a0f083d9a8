/**
 * The demo's second page: Kotihoito Kaisla Oy, a fictional private producer that serves clients
 * with the county's service vouchers, takes a new client in with its own plain HTML form. The form
 * holds <saumaton-consent-form> in form mode (`name`, `instrument`, `required`): the client answers
 * one consent to data sharing, and its value goes into the form's FormData with the form's other
 * fields. The producer's backend would record it; the demo has none, so on submit the page shows
 * in a live region what the form would send. An unanswered consent stops the submit with the
 * widget's own validation message, as an empty required `<input>` would.
 *
 * The page has its own look (intake.css, which also sets the widget's `--saumaton-*` tokens to the
 * producer's colours) and its own strings in fi, sv and en; the language choice is shared with the
 * portal (page.ts).
 */
import './intake.css';
import '@saumaton/consent-form/saumaton-consent-form.js';

import type { Consent } from '@saumaton/core';
import { localeSwitcher, rememberedLocale, translateElements, type Locale } from './page.js';

// ---------------------------------------------------------------------------------------------
// The producer's own strings
// ---------------------------------------------------------------------------------------------

const fi = {
  pageTitle: 'Asiakkaaksi tulo',
  skipLink: 'Siirry pääsisältöön',
  demoNote: 'Esittely: kuvitteellisen palvelusetelituottajan oma sivu.',
  backToPortal: 'Takaisin hyvinvointialueen portaaliin',
  tagline: 'Kotihoitoa palvelusetelillä Järvilaaksossa',
  language: 'Kieli',
  heading: 'Asiakkaaksi tulo',
  intro:
    'Olet saanut Järvilaakson hyvinvointialueelta palvelusetelin. Täytä tiedot, niin sovimme kanssasi palvelun aloittamisesta.',
  formHeading: 'Tietosi ja palvelu',
  voucherLabel: 'Palvelusetelipäätös',
  countyName: 'Järvilaakson hyvinvointialue',
  requiredNote: 'Tähdellä (*) merkityt kohdat ovat pakollisia.',
  clientName: 'Asiakkaan nimi',
  service: 'Palvelu',
  chooseService: 'Valitse palvelu',
  serviceHomeCare: 'Kotihoito',
  serviceMeals: 'Ateriapalvelu',
  serviceErrands: 'Kauppa- ja asiointipalvelu',
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
    'Kotihoito Kaisla Oy on kuvitteellinen yritys Saumaton-komponenttikirjaston esittelyssä. Lomake ei lähetä tietoja minnekään.',
};
type Strings = Record<keyof typeof fi, string>;
type StringKey = keyof Strings;

const sv: Strings = {
  pageTitle: 'Bli klient',
  skipLink: 'Hoppa till huvudinnehållet',
  demoNote: 'Demo: en fiktiv servicesedelproducents egen sida.',
  backToPortal: 'Tillbaka till välfärdsområdets portal',
  tagline: 'Hemvård med servicesedel i Sjödalen',
  language: 'Språk',
  heading: 'Bli klient',
  intro:
    'Du har fått en servicesedel av Sjödalens välfärdsområde. Fyll i uppgifterna så kommer vi överens med dig om när tjänsten börjar.',
  formHeading: 'Dina uppgifter och tjänsten',
  voucherLabel: 'Beslut om servicesedel',
  countyName: 'Sjödalens välfärdsområde',
  requiredNote: 'Fält märkta med en asterisk (*) är obligatoriska.',
  clientName: 'Klientens namn',
  service: 'Tjänst',
  chooseService: 'Välj tjänst',
  serviceHomeCare: 'Hemvård',
  serviceMeals: 'Måltidsservice',
  serviceErrands: 'Butiks- och ärendeservice',
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
    'Kotihoito Kaisla Oy är ett fiktivt företag i en demo av komponentbiblioteket Saumaton. Blanketten skickar inga uppgifter någonstans.',
};

const en: Strings = {
  pageTitle: 'Becoming a client',
  skipLink: 'Skip to main content',
  demoNote: "Demo: a fictional service-voucher producer's own page.",
  backToPortal: "Back to the wellbeing services county's portal",
  tagline: 'Home care with a service voucher in Järvilaakso',
  language: 'Language',
  heading: 'Becoming a client',
  intro:
    'Järvilaakso Wellbeing Services County has granted you a service voucher. Fill in the details and we will agree with you on when the service starts.',
  formHeading: 'Your details and the service',
  voucherLabel: 'Service voucher decision',
  countyName: 'Järvilaakso Wellbeing Services County',
  requiredNote: 'Fields marked with an asterisk (*) are required.',
  clientName: "Client's name",
  service: 'Service',
  chooseService: 'Choose a service',
  serviceHomeCare: 'Home care',
  serviceMeals: 'Meal service',
  serviceErrands: 'Shopping and errand service',
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
    'Kotihoito Kaisla Oy is a fictional company in a demo of the Saumaton component library. The form sends nothing anywhere.',
};

const STRINGS: Record<Locale, Strings> = { fi, sv, en };

let locale: Locale = rememberedLocale();
const t = (key: StringKey): string => STRINGS[locale][key];
const isStringKey = (key: string): key is StringKey => key in fi;

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo-portal: #${id} is missing from intake.html`);
  return element;
}

const form = byId('intake') as HTMLFormElement;
const result = byId('result');
const consentForm = form.querySelector('saumaton-consent-form');
if (!consentForm) throw new Error('demo-portal: <saumaton-consent-form> is missing from intake.html');

/** The producer: the organisation that records the consent the client gives here. */
const PRODUCER = {
  id: '1.2.246.10.99999999.20.9',
  name: 'Kotihoito Kaisla Oy',
  producerType: 'service-voucher',
} as const;
/** The county that granted the voucher: where the client's information may go. */
const COUNTY_ID = '1.2.246.10.99999999.10.0';
/** The client the voucher decision PS-2026-0142 names, by the county's id for them (the demo's Aino). */
const VOUCHER_CLIENT_ID = 'client-aino';

/**
 * What the producer presets of the consent: everything the client does not decide. The consent
 * is about the voucher's client, whatever name is typed (a real producer would check the two
 * against each other); its texts are in the page's language, which the consent records too.
 */
function presetConsent(): void {
  consentForm!.value = {
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
  'home-care': 'serviceHomeCare',
  meals: 'serviceMeals',
  errands: 'serviceErrands',
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
  document.title = `${t('pageTitle')} – Kotihoito Kaisla Oy`;
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
void locales.apply(locale);
