/**
 * The demo's producer portal: Kotiapu Lindqvist Oy, a fictional private home-help producer that
 * serves Aino with the county's service voucher, shows her shared client plan in its own staff
 * pages. The viewer is one of its professionals (`organizationId` the producer's OID), so
 * <saumaton-plan-viewer> offers to edit the producer's own part only: its services, its
 * responsibilities and its notes, saved with that part's own version, so its saves never conflict
 * with the county's or another producer's. Every other part and the common sections are read-only.
 *
 * The page runs on the same backend as the county portal (backend.ts: the same IndexedDB
 * database, or the FHIR server with `?adapter=fhir`), so what the producer saves here shows in the
 * county's portal and in the plan's history. It has its own look (producer.css, which also sets
 * the widget's `--saumaton-*` tokens) and its own strings; the language choice is shared.
 */
import './producer.css';

import type { Viewer } from '@saumaton/core';
import { exampleOrganizations } from '@saumaton/core/examples';
import { BACKEND, createAdapter, putExampleData } from './backend.js';
import { localeSwitcher, rememberedLocale, translateElements, type Locale } from './page.js';

const fi = {
  pageTitle: 'Asiakkaan suunnitelma',
  skipLink: 'Siirry pääsisältöön',
  demoNote: 'Esittely: kuvitteellisen palvelusetelituottajan oma portaali.',
  backToPortal: 'Takaisin hyvinvointialueen portaaliin',
  tagline: 'Henkilökunnan sivut',
  language: 'Kieli',
  heading: 'Asiakkaan suunnitelma',
  intro:
    'Aino Mäkelä saa kotipalvelua meiltä Järvilaakson hyvinvointialueen palvelusetelillä. Hänen asiakassuunnitelmansa on yhteinen kaikille hänen palveluidensa tuottajille: me täydennämme ja päivitämme vain omaa osaamme, ja muiden osat näkyvät meille sellaisina kuin ne ovat.',
  signedIn: 'Kirjautuneena',
  signedInRole: 'lähihoitaja',
  loadingPlan: 'Ladataan asiakassuunnitelmaa…',
  planSaved: 'Osamme asiakassuunnitelmasta on tallennettu.',
  loadFailed: 'Esittelyn tietoja ei voitu valmistella. Avaa hyvinvointialueen portaali ja yritä uudelleen.',
  footer: 'Kotiapu Lindqvist Oy on kuvitteellinen yritys Saumaton-komponenttikirjaston esittelyssä.',
};
type Strings = Record<keyof typeof fi, string>;

const sv: Strings = {
  pageTitle: 'Klientens plan',
  skipLink: 'Hoppa till huvudinnehållet',
  demoNote: 'Demo: en fiktiv servicesedelproducents egen portal.',
  backToPortal: 'Tillbaka till välfärdsområdets portal',
  tagline: 'Personalens sidor',
  language: 'Språk',
  heading: 'Klientens plan',
  intro:
    'Aino Mäkelä får hemservice av oss med en servicesedel från Sjödalens välfärdsområde. Hennes klientplan är gemensam för alla som producerar hennes tjänster: vi kompletterar och uppdaterar bara vår egen del, och de andras delar ser vi sådana som de är.',
  signedIn: 'Inloggad',
  signedInRole: 'närvårdare',
  loadingPlan: 'Klientplanen hämtas…',
  planSaved: 'Vår del av klientplanen har sparats.',
  loadFailed: 'Demons uppgifter kunde inte förberedas. Öppna välfärdsområdets portal och försök igen.',
  footer: 'Kotiapu Lindqvist Oy är ett fiktivt företag i en demo av komponentbiblioteket Saumaton.',
};

const en: Strings = {
  pageTitle: "The client's plan",
  skipLink: 'Skip to main content',
  demoNote: "Demo: a fictional service-voucher producer's own portal.",
  backToPortal: "Back to the wellbeing services county's portal",
  tagline: 'Staff pages',
  language: 'Language',
  heading: "The client's plan",
  intro:
    "Aino Mäkelä receives home help from us with a service voucher from Järvilaakso Wellbeing Services County. Her client plan is shared by everyone who produces her services: we complement and update only our own part, and we see the others' parts as they are.",
  signedIn: 'Signed in',
  signedInRole: 'practical nurse',
  loadingPlan: 'Loading the client plan…',
  planSaved: 'Our part of the client plan is saved.',
  loadFailed: "The demo's data could not be prepared. Open the county's portal and try again.",
  footer: 'Kotiapu Lindqvist Oy is a fictional company in a demo of the Saumaton component library.',
};

const STRINGS: Record<Locale, Strings> = { fi, sv, en };
const isStringKey = (key: string): key is keyof Strings => key in fi;

function missing(what: string): never {
  throw new Error(`demo-portal: ${what} is missing from producer.html`);
}

const planViewer = document.querySelector('saumaton-plan-viewer') ?? missing('saumaton-plan-viewer');
const localeSelect = (document.getElementById('locale-select') ?? missing('#locale-select')) as HTMLSelectElement;
const toastRegion = document.getElementById('toast-region') ?? missing('#toast-region');

let locale = rememberedLocale();
const t = (key: keyof Strings): string => STRINGS[locale][key];

function translatePage(): void {
  translateElements((key) => (isStringKey(key) ? t(key) : undefined));
  document.title = `${t('pageTitle')} – Kotiapu Lindqvist Oy`;
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string): void {
  clearTimeout(toastTimer);
  const note = document.createElement('p');
  note.className = 'toast';
  note.textContent = message;
  toastRegion.replaceChildren(note);
  toastTimer = setTimeout(() => toastRegion.replaceChildren(), 5000);
}

const locales = localeSwitcher(localeSelect, (next) => {
  locale = next;
  translatePage();
});

/** One of the producer's own professionals: the widget lets them edit this producer's part only. */
const viewer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.voucher.id };

document.addEventListener('saumaton-saved', (event) => {
  if (event.detail.kind === 'plan-part') toast(t('planSaved'));
});
document.addEventListener('saumaton-error', (event) => {
  // The widget shows the error itself; the page only keeps a trace for developers.
  console.warn('demo-portal: the plan viewer reported an error', event.detail.error);
});

async function start(): Promise<void> {
  const adapter = createAdapter();
  const localeReady = locales.apply(locale);
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
