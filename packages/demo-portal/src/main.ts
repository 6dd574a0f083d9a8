/**
 * The demo portal of a fictional wellbeing services county: one client's path through the
 * multi-service process (DOMAIN §2), step by step from the top of the page to the bottom, each
 * step a numbered section the nav jumps to:
 *
 *   1. identified: the client's details, and who raised the need and when (the initiation of her
 *      latest service-need assessment, or plainly that the records do not say);
 *   2. consent to start: her consents on record (<saumaton-consent-form> with `client-id`);
 *   3. team convened: the multi-service team and its coordinator (<saumaton-team-roster>);
 *   4. the service-need assessment with the life-situation meter (<saumaton-need-assessment>
 *      with `assessment-id` and `meter-id`);
 *   5. the shared plan with three producers' parts (<saumaton-plan-viewer>);
 *   6. follow-up: the meter on its own (<saumaton-need-assessment> with only `client-id` and
 *      `meter-id`), where the professional takes a new reading that shows in the trend, and after
 *      a reload beside the plan's goals; the plan's own follow-up section is in step 5.
 *
 * Everything runs on the embedded IndexedDB adapter, or with `?adapter=fhir` on a FHIR R4 server
 * (by default the one `npm run fhir-server` starts). The page offers what a real host page would:
 * a locale switcher, a light/dark theme, and (for the demo) who is viewing, which client is shown,
 * which backend holds the data and a reset. Every widget gets the same adapter, viewer and client;
 * a professional edits, a client reads.
 *
 * The other page is the home-help producer's own portal: producer.html (producer.ts), editing its
 * own part of the plan and taking new clients in with its own intake form, the consent form in it.
 *
 * The backend and the example data on it are in backend.ts, shared with the producer's page.
 *
 * The portal translates only its own chrome (the string table below); the widgets localize
 * themselves through `setLocale()` from @saumaton/elements.
 */
import '@saumaton/elements/themes/light.css';
import '@saumaton/elements/themes/dark.css';
import './portal.css';

import {
  OfflineError,
  maskIdentityCode,
  type Assessment,
  type Client,
  type InitiatorKind,
  type Viewer,
} from '@saumaton/core';
import { exampleClient, exampleData } from '@saumaton/core/examples';
import {
  BACKEND,
  DATABASE_NAME,
  PROFESSIONAL_ORGANIZATION_ID,
  createAdapter,
  putExampleData,
  type DemoAdapter,
} from './backend.js';
import { localeSwitcher, remember, remembered, rememberedLocale, translateElements, type Locale } from './page.js';

// ---------------------------------------------------------------------------------------------
// The portal's own strings
// ---------------------------------------------------------------------------------------------

const fi = {
  pageTitle: 'Asiakkaan palvelut',
  skipLink: 'Siirry pääsisältöön',
  countyName: 'Järvilaakson hyvinvointialue',
  serviceName: 'Sosiaali- ja terveyspalvelut',
  demoBadge: 'Esittely',
  pageSettings: 'Sivun asetukset',
  language: 'Kieli',
  theme: 'Teema',
  themeLight: 'Vaalea',
  themeDark: 'Tumma',
  mainNav: 'Päävalikko',
  navIdentified: 'Tunnistaminen',
  navConsents: 'Suostumus',
  navTeam: 'Tiimi',
  navAssessment: 'Arviointi',
  navPlan: 'Suunnitelma',
  navFollowUp: 'Seuranta',
  navProducer: 'Palvelusetelituottajan portaali',
  navDemo: 'Esittelyn asetukset',
  eyebrow: 'Asiakas',
  pathIntro:
    'Asiakkaan polku monipalveluprosessissa vaihe vaiheelta: tunnistamisesta ja suostumuksesta tiimiin, palvelutarpeen arviointiin, yhteiseen asiakassuunnitelmaan ja seurantaan.',
  step1Title: 'Tunnistaminen',
  step1Intro:
    'Ammattilainen huomaa, että asiakas tarvitsee monia palveluja yhtä aikaa, ja tarjoaa hänelle palvelujen yhteensovittamista monipalveluasiakkaana.',
  step2Title: 'Suostumus aloittamiseen',
  step2Intro:
    'Asiakas päättää itse, aloitetaanko monipalveluprosessi. Suostumukset, luovutusluvat ja luovutuskiellot kirjataan kukin erikseen, ja asiakas voi perua ne.',
  step3Title: 'Monipalvelutiimin kokoaminen',
  step3Intro:
    'Tarvittavat ammattilaiset kootaan monipalvelutiimiksi, ja tiimille nimetään koordinaattori. Asiakas voi ottaa mukaan läheisen, tukihenkilön tai työntekijän.',
  step4Title: 'Palvelutarpeen arviointi ja elämäntilannemittari',
  step4Intro:
    'Asiakkaan kanssa arvioidaan, mitä palveluja ja tukea hän tarvitsee. Asiakas arvioi elämäntilannettaan elämäntilannemittarilla; ensimmäinen mittaus on lähtötaso, johon myöhempiä verrataan.',
  step5Title: 'Yhteinen asiakassuunnitelma',
  step5Intro:
    'Asiakkaalla on yksi suunnitelma kaikista palveluistaan. Kukin palveluntuottaja täydentää ja päivittää omaa osaansa: tässä hyvinvointialueen aikuissosiaalityö, kotipalvelun palvelusetelituottaja ja työllisyyspalvelut.',
  step6Title: 'Seuranta ja arviointi',
  step6Intro:
    'Tavoitteiden toteutumista seurataan: asiakas arvioi elämäntilanteensa mittarilla uudelleen, ja uusi mittaus näkyy mittarin kehityksessä ja suunnitelman tavoitteiden vieressä. Suunnitelma arvioidaan ja päivitetään sovittuna päivänä.',
  step6Plan:
    'Arvioinnissa asiakkaan ja tiimin palaute, tavoitteiden arviot ja seuraava arviointipäivä kirjataan suunnitelman kohtaan ”Seuranta ja arviointi” (”Kirjaa arviointi”), jossa myös pidetyt arvioinnit ovat.',
  step6PlanLink: 'Siirry suunnitelmaan (vaihe 5)',
  summaryHeading: 'Asiakkaan tiedot',
  identityCode: 'Henkilötunnus',
  languageOfService: 'Asiointikieli',
  turvakielto: 'Turvakielto',
  raisedBy: 'Aloitteen teki',
  raisedWhen: 'Milloin',
  need: 'Tarve',
  initiationNotRecorded: 'Asiakastiedoissa ei ole kirjattu, kuka tarpeen tunnisti ja milloin.',
  initiatorClient: 'asiakas itse',
  initiatorClosePerson: 'läheinen',
  initiatorProfessional: 'ammattihenkilö',
  initiatorOtherAuthority: 'toinen viranomainen',
  initiatorOther: 'joku muu',
  triggerContact: 'yhteydenotto',
  triggerPending: 'asia tuli vireille',
  yes: 'Kyllä',
  no: 'Ei',
  notRecorded: 'Ei kirjattu',
  loadingClient: 'Ladataan asiakkaan tietoja…',
  loadingPlan: 'Ladataan asiakassuunnitelmaa…',
  loadingTeam: 'Ladataan monipalvelutiimiä…',
  loadingConsents: 'Ladataan suostumuksia…',
  loadingAssessment: 'Ladataan palvelutarpeen arviointia…',
  loadingMeter: 'Ladataan elämäntilannemittaria…',
  loadError: 'Asiakkaan tietoja ei voitu ladata.',
  demoHeading: 'Esittelyn asetukset',
  demoIntro: 'Sivusto ja sen tiedot ovat kuvitteellisia. Muutokset tallentuvat vain tähän selaimeen.',
  demoIntroFhir: 'Sivusto ja sen tiedot ovat kuvitteellisia. Muutokset tallentuvat FHIR-palvelimelle.',
  dataLabel: 'Tiedot',
  backendIndexedDb: 'selaimen tietokanta',
  backendFhir: 'FHIR-palvelin',
  switchToFhir: 'Käytä FHIR-palvelinta',
  switchToIndexedDb: 'Käytä selaimen tietokantaa',
  offlineHeading: 'FHIR-palvelimeen ei saada yhteyttä',
  offlineBody:
    'Esittely käyttää FHIR-palvelinta osoitteessa {url}. Käynnistä palvelin toisessa päätteessä komennolla {command} ja yritä sitten uudelleen.',
  retry: 'Yritä uudelleen',
  viewerLegend: 'Kuka katselee?',
  viewerProfessional: 'Ammattilainen (voi muokata)',
  viewerClient: 'Asiakas (vain luku)',
  clientSelect: 'Näytettävä asiakas',
  protectedSuffix: 'turvakielto',
  resetButton: 'Palauta esittelyn tiedot',
  resetHint: 'Poistaa selaimen tietokannan ja luo esimerkkitiedot uudelleen.',
  resetHintFhir:
    'Kirjoittaa esimerkkiasiakkaat, -tiimit ja -suostumukset FHIR-palvelimelle sellaisina kuin ne olivat alussa.',
  resetDone: 'Esittelyn tiedot palautettu.',
  resetFailed: 'Tietojen palauttaminen epäonnistui. Sulje muut tämän sivun välilehdet ja yritä uudelleen.',
  resetFailedFhir: 'Tietojen palauttaminen FHIR-palvelimelle epäonnistui. Yritä uudelleen.',
  saved: 'Muutokset tallennettu.',
  consentsSaved: 'Suostumustiedot tallennettu.',
  consentRecorded: 'Suostumus kirjattu ja tallennettu.',
  consentRevoked: 'Suostumus peruttu ja tallennettu.',
  planSaved: 'Asiakassuunnitelma tallennettu.',
  assessmentSaved: 'Arviointi tallennettu.',
  assessmentSubmitted: 'Arviointi valmis ja tallennettu.',
  footer:
    'Tämä on Saumaton-komponenttikirjaston esittelysivu. Portaali, henkilöt ja organisaatiot ovat kuvitteellisia.',
};
type Strings = Record<keyof typeof fi, string>;

const sv: Strings = {
  pageTitle: 'Klientens tjänster',
  skipLink: 'Hoppa till huvudinnehållet',
  countyName: 'Sjödalens välfärdsområde',
  serviceName: 'Social- och hälsovårdstjänster',
  demoBadge: 'Demo',
  pageSettings: 'Sidans inställningar',
  language: 'Språk',
  theme: 'Tema',
  themeLight: 'Ljust',
  themeDark: 'Mörkt',
  mainNav: 'Huvudmeny',
  navIdentified: 'Identifiering',
  navConsents: 'Samtycke',
  navTeam: 'Team',
  navAssessment: 'Bedömning',
  navPlan: 'Plan',
  navFollowUp: 'Uppföljning',
  navProducer: 'Servicesedelproducentens portal',
  navDemo: 'Demoinställningar',
  eyebrow: 'Klient',
  pathIntro:
    'Klientens väg genom multiserviceprocessen steg för steg: från identifiering och samtycke till teamet, bedömningen av servicebehovet, den gemensamma klientplanen och uppföljningen.',
  step1Title: 'Identifiering',
  step1Intro:
    'En yrkesperson märker att klienten behöver många tjänster på samma gång och erbjuder klienten samordning av tjänsterna som multiservicekund.',
  step2Title: 'Samtycke till att börja',
  step2Intro:
    'Klienten bestämmer själv om multiserviceprocessen inleds. Samtycken, tillstånd för utlämnande och förbud mot utlämnande registreras var för sig, och klienten kan återkalla dem.',
  step3Title: 'Multiserviceteamet sammankallas',
  step3Intro:
    'De yrkespersoner som behövs samlas i ett multiserviceteam, och teamet får en koordinator. Klienten kan ta med en närstående, en stödperson eller en anställd.',
  step4Title: 'Bedömning av servicebehovet och livssituationsmätaren',
  step4Intro:
    'Tillsammans med klienten bedöms vilka tjänster och vilket stöd klienten behöver. Klienten skattar sin livssituation med livssituationsmätaren; den första mätningen är utgångsläget som senare mätningar jämförs med.',
  step5Title: 'Den gemensamma klientplanen',
  step5Intro:
    'Klienten har en enda plan för alla sina tjänster. Varje tjänsteproducent kompletterar och uppdaterar sin egen del: här välfärdsområdets socialarbete för vuxna, hemservicens servicesedelproducent och sysselsättningstjänsterna.',
  step6Title: 'Uppföljning och utvärdering',
  step6Intro:
    'Man följer upp hur målen nås: klienten skattar sin livssituation med mätaren på nytt, och den nya mätningen syns i mätarens utveckling och bredvid planens mål. Planen utvärderas och uppdateras på den dag man kommit överens om.',
  step6Plan:
    'Vid utvärderingen registreras klientens och teamets respons, utvärderingen av målen och nästa utvärderingsdag i planens avsnitt ”Uppföljning och utvärdering” (”Registrera en utvärdering”), där också de hållna utvärderingarna finns.',
  step6PlanLink: 'Gå till planen (steg 5)',
  summaryHeading: 'Klientens uppgifter',
  identityCode: 'Personbeteckning',
  languageOfService: 'Ärendespråk',
  turvakielto: 'Spärrmarkering',
  raisedBy: 'Initiativet togs av',
  raisedWhen: 'När',
  need: 'Behov',
  initiationNotRecorded: 'Klientuppgifterna visar inte vem som identifierade behovet och när.',
  initiatorClient: 'klienten själv',
  initiatorClosePerson: 'en närstående',
  initiatorProfessional: 'en yrkesperson',
  initiatorOtherAuthority: 'en annan myndighet',
  initiatorOther: 'någon annan',
  triggerContact: 'kontakt togs',
  triggerPending: 'ärendet inleddes',
  yes: 'Ja',
  no: 'Nej',
  notRecorded: 'Inte antecknat',
  loadingClient: 'Klientens uppgifter hämtas…',
  loadingPlan: 'Klientplanen hämtas…',
  loadingTeam: 'Multiserviceteamet hämtas…',
  loadingConsents: 'Samtyckena hämtas…',
  loadingAssessment: 'Bedömningen av servicebehovet hämtas…',
  loadingMeter: 'Livssituationsmätaren hämtas…',
  loadError: 'Klientens uppgifter kunde inte hämtas.',
  demoHeading: 'Demoinställningar',
  demoIntro: 'Webbplatsen och dess uppgifter är fiktiva. Ändringar sparas bara i den här webbläsaren.',
  demoIntroFhir: 'Webbplatsen och dess uppgifter är fiktiva. Ändringar sparas på FHIR-servern.',
  dataLabel: 'Data',
  backendIndexedDb: 'webbläsarens databas',
  backendFhir: 'FHIR-server',
  switchToFhir: 'Använd FHIR-servern',
  switchToIndexedDb: 'Använd webbläsarens databas',
  offlineHeading: 'FHIR-servern kan inte nås',
  offlineBody:
    'Demon använder FHIR-servern på adressen {url}. Starta servern i en annan terminal med kommandot {command} och försök sedan igen.',
  retry: 'Försök igen',
  viewerLegend: 'Vem tittar?',
  viewerProfessional: 'Yrkesperson (får redigera)',
  viewerClient: 'Klient (endast läsning)',
  clientSelect: 'Klient som visas',
  protectedSuffix: 'spärrmarkering',
  resetButton: 'Återställ demodata',
  resetHint: 'Raderar webbläsarens databas och skapar exempeldata på nytt.',
  resetHintFhir: 'Skriver exempelklienterna, -teamen och -samtyckena till FHIR-servern sådana som de var från början.',
  resetDone: 'Demodata har återställts.',
  resetFailed: 'Återställningen misslyckades. Stäng sidans andra flikar och försök igen.',
  resetFailedFhir: 'Återställningen på FHIR-servern misslyckades. Försök igen.',
  saved: 'Ändringarna har sparats.',
  consentsSaved: 'Samtyckesuppgifterna har sparats.',
  consentRecorded: 'Samtycket har registrerats och sparats.',
  consentRevoked: 'Samtycket har återkallats och sparats.',
  planSaved: 'Klientplanen har sparats.',
  assessmentSaved: 'Bedömningen har sparats.',
  assessmentSubmitted: 'Bedömningen är klar och har sparats.',
  footer:
    'Det här är en demosida för komponentbiblioteket Saumaton. Portalen, personerna och organisationerna är fiktiva.',
};

const en: Strings = {
  pageTitle: "The client's services",
  skipLink: 'Skip to main content',
  countyName: 'Järvilaakso Wellbeing Services County',
  serviceName: 'Social and health services',
  demoBadge: 'Demo',
  pageSettings: 'Page settings',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  mainNav: 'Main menu',
  navIdentified: 'Identified',
  navConsents: 'Consent',
  navTeam: 'Team',
  navAssessment: 'Assessment',
  navPlan: 'Plan',
  navFollowUp: 'Follow-up',
  navProducer: "A service-voucher producer's portal",
  navDemo: 'Demo settings',
  eyebrow: 'Client',
  pathIntro:
    "The client's path through the multi-service process, step by step: from being identified and giving consent to the team, the service-need assessment, the shared client plan and the follow-up.",
  step1Title: 'Identified',
  step1Intro:
    'A professional sees that the client needs many services at once, and offers to coordinate them: the client becomes a multi-service client.',
  step2Title: 'Consent to start',
  step2Intro:
    'The client decides whether the multi-service process starts. Consents, consents to data sharing and denials of consent are each recorded on their own, and the client can revoke them.',
  step3Title: 'Team convened',
  step3Intro:
    'The professionals needed form a multi-service team with a named coordinator. The client may bring a close person, a support person or a staff member.',
  step4Title: 'Service-need assessment and the life-situation meter',
  step4Intro:
    'Together with the client, the team assesses which services and support the client needs. The client rates their life situation on the life-situation meter; the first reading is the baseline later ones are compared with.',
  step5Title: 'The shared client plan',
  step5Intro:
    "The client has one plan for all their services. Each service producer complements and updates its own part: here the county's adult social work, the home-help service-voucher producer and the employment services.",
  step6Title: 'Follow-up and evaluation',
  step6Intro:
    "Progress towards the goals is followed: the client rates their life situation on the meter again, and the new reading shows in the meter's trend and beside the plan's goals. The plan is evaluated and updated on the agreed date.",
  step6Plan:
    "At a review, the client's and the team's feedback, the goals' evaluations and the next review date are recorded in the plan's section “Follow-up and evaluation” (“Record a review”), where the reviews held are too.",
  step6PlanLink: 'Go to the plan (step 5)',
  summaryHeading: 'Client details',
  identityCode: 'Personal identity code',
  languageOfService: 'Language of service',
  turvakielto: 'Non-disclosure for safety',
  raisedBy: 'Raised by',
  raisedWhen: 'When',
  need: 'Need',
  initiationNotRecorded: "The client's records do not say who identified the need, or when.",
  initiatorClient: 'the client',
  initiatorClosePerson: 'a close person',
  initiatorProfessional: 'a professional',
  initiatorOtherAuthority: 'another authority',
  initiatorOther: 'someone else',
  triggerContact: 'contact made',
  triggerPending: 'the matter became pending',
  yes: 'Yes',
  no: 'No',
  notRecorded: 'Not recorded',
  loadingClient: "Loading the client's details…",
  loadingPlan: 'Loading the client plan…',
  loadingTeam: 'Loading the multi-service team…',
  loadingConsents: 'Loading the consents…',
  loadingAssessment: 'Loading the service-need assessment…',
  loadingMeter: 'Loading the life-situation meter…',
  loadError: "The client's details could not be loaded.",
  demoHeading: 'Demo settings',
  demoIntro: 'The site and its data are fictional. Changes are stored in this browser only.',
  demoIntroFhir: 'The site and its data are fictional. Changes are stored on the FHIR server.',
  dataLabel: 'Data',
  backendIndexedDb: 'browser database',
  backendFhir: 'FHIR server',
  switchToFhir: 'Use the FHIR server',
  switchToIndexedDb: 'Use the browser database',
  offlineHeading: 'The FHIR server cannot be reached',
  offlineBody:
    'The demo uses the FHIR server at {url}. Start the server in another terminal with {command}, then try again.',
  retry: 'Try again',
  viewerLegend: 'Who is viewing?',
  viewerProfessional: 'Professional (may edit)',
  viewerClient: 'Client (read only)',
  clientSelect: 'Client shown',
  protectedSuffix: 'non-disclosure for safety',
  resetButton: 'Reset demo data',
  resetHint: 'Deletes the browser database and recreates the example data.',
  resetHintFhir: 'Writes the example clients, teams and consents to the FHIR server as they were at the start.',
  resetDone: 'Demo data reset.',
  resetFailed: 'The reset failed. Close the other tabs of this page and try again.',
  resetFailedFhir: 'The reset on the FHIR server failed. Try again.',
  saved: 'Changes saved.',
  consentsSaved: 'Consent record saved.',
  consentRecorded: 'Consent recorded and saved.',
  consentRevoked: 'Consent revoked and saved.',
  planSaved: 'Client plan saved.',
  assessmentSaved: 'Assessment saved.',
  assessmentSubmitted: 'Assessment completed and saved.',
  footer:
    'This is a demo page of the Saumaton component library. The portal, the people and the organisations are fictional.',
};

const STRINGS: Record<Locale, Strings> = { fi, sv, en };
type StringKey = keyof Strings;

function isStringKey(key: string | undefined): key is StringKey {
  return key !== undefined && key in fi;
}

// ---------------------------------------------------------------------------------------------
// Remembered choices
// ---------------------------------------------------------------------------------------------

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const VIEWERS = ['professional', 'client'] as const;
type ViewerKind = (typeof VIEWERS)[number];

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

function missing(what: string): never {
  throw new Error(`demo-portal: ${what} is missing from index.html`);
}

function byId(id: string): HTMLElement {
  return document.getElementById(id) ?? missing(`#${id}`);
}

// Typed through the tag name map; each becomes the real element once its module is loaded.
const planViewer = document.querySelector('saumaton-plan-viewer') ?? missing('saumaton-plan-viewer');
const roster = document.querySelector('saumaton-team-roster') ?? missing('saumaton-team-roster');
const consentForm = document.querySelector('saumaton-consent-form') ?? missing('saumaton-consent-form');
/** The `<saumaton-need-assessment>` with this id: step 4's assessment, or step 6's meter. */
function needAssessment(id: string) {
  return [...document.querySelectorAll('saumaton-need-assessment')].find((el) => el.id === id) ?? missing(`#${id}`);
}
const assessment = needAssessment('need-assessment');
/** Step 6: the life-situation meter on its own, where the professional takes a follow-up reading. */
const followUpMeter = needAssessment('follow-up-meter');
const localeSelect = byId('locale-select') as HTMLSelectElement;
const themeSelect = byId('theme-select') as HTMLSelectElement;
const clientSelect = byId('client-select') as HTMLSelectElement;
const resetButton = byId('reset-button') as HTMLButtonElement;
const retryButton = byId('retry-button') as HTMLButtonElement;
const offlineNotice = byId('offline-notice');
const toastRegion = byId('toast-region');
const viewerRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="viewer"]')];

const state = {
  locale: rememberedLocale(),
  theme: remembered('theme', THEMES) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  viewer: remembered('viewer', VIEWERS) ?? 'professional',
  clientId:
    remembered(
      'client',
      exampleData.clients.map((client) => client.id),
    ) ?? exampleClient.id,
  client: undefined as Client | undefined,
  /**
   * Who raised the client's need and when: the initiation of their latest service-need assessment
   * (703/2023 § 41); `null` when none is recorded, undefined while it loads.
   */
  initiation: undefined as Assessment['initiation'] | null | undefined,
  loadFailed: false,
  /** The FHIR server did not answer: the notice replaces the client's details and the widgets. */
  offline: false,
  adapter: createAdapter(),
};

const t = (key: StringKey): string => STRINGS[state.locale][key];

/** Writes the portal's strings into every element marked `data-i18n` / `data-i18n-label`. */
function translatePage(): void {
  translateElements((key) => (isStringKey(key) ? t(key) : undefined));
  for (const option of clientSelect.options) {
    const client = exampleData.clients.find((candidate) => candidate.id === option.value);
    if (client) option.textContent = client.turvakielto ? `${client.name} (${t('protectedSuffix')})` : client.name;
  }
  renderOfflineBody();
  renderSummary();
}

/** Writes `template` into `element`, with each `{name}` placeholder replaced by `parts[name]`. */
function fill(element: HTMLElement, template: string, parts: Record<string, Node>): void {
  element.replaceChildren(
    ...template.split(/(\{\w+\})/).map((piece) => parts[piece.slice(1, -1)]?.cloneNode(true) ?? piece),
  );
}

function code(text: string): HTMLElement {
  const element = document.createElement('code');
  element.textContent = text;
  return element;
}

function renderOfflineBody(): void {
  if (BACKEND.kind !== 'fhir') return;
  fill(byId('offline-body'), t('offlineBody'), { url: code(BACKEND.baseUrl), command: code('npm run fhir-server') });
}

/**
 * Marks the page for its backend: which one holds the data, a link to the other one, and the
 * FHIR variants of the texts that speak of "this browser".
 */
function showBackend(): void {
  const fhir = BACKEND.kind === 'fhir';
  const target = new URL(location.href);
  if (fhir) {
    target.searchParams.delete('adapter');
    target.searchParams.delete('fhir');
  } else {
    target.searchParams.set('adapter', 'fhir');
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-backend-switch]')) {
    link.href = `${target.pathname}${target.search}${target.hash}`;
    link.dataset['i18n'] = fhir ? 'switchToIndexedDb' : 'switchToFhir';
  }
  byId('backend-name').dataset['i18n'] = fhir ? 'backendFhir' : 'backendIndexedDb';
  byId('demo-intro').dataset['i18n'] = fhir ? 'demoIntroFhir' : 'demoIntro';
  byId('reset-hint').dataset['i18n'] = fhir ? 'resetHintFhir' : 'resetHint';
  const url = byId('backend-url');
  url.hidden = !fhir;
  if (BACKEND.kind === 'fhir') url.replaceChildren(code(BACKEND.baseUrl));
}

/** Shows or hides the "FHIR server cannot be reached" notice in place of the client's data. */
function showOffline(offline: boolean): void {
  state.offline = offline;
  offlineNotice.hidden = !offline;
  byId('steps').hidden = offline;
  if (offline) {
    state.client = undefined;
    state.loadFailed = true;
    renderSummary();
  }
}

const INITIATORS: Record<InitiatorKind, StringKey> = {
  client: 'initiatorClient',
  'close-person': 'initiatorClosePerson',
  professional: 'initiatorProfessional',
  'other-authority': 'initiatorOtherAuthority',
  other: 'initiatorOther',
};

/** A day of the records (`2026-11-23`) in the page's language; as written when it is not one. */
function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(state.locale, { dateStyle: 'medium' }).format(date);
}

/**
 * Step 1's "who raised the need, and when": the initiation of the client's latest assessment, or
 * plainly that the records do not say.
 */
function renderInitiation(loading: boolean): void {
  const initiation = loading ? undefined : state.initiation;
  const pending = loading || initiation === undefined ? (state.loadFailed ? '–' : '…') : t('notRecorded');
  const kind = initiation ? t(INITIATORS[initiation.initiatedBy.kind]) : undefined;
  byId('summary-raised-by').textContent = initiation
    ? initiation.initiatedBy.name
      ? `${initiation.initiatedBy.name} (${kind})`
      : (kind ?? '')
    : pending;
  byId('summary-raised-when').textContent = initiation
    ? `${formatDay(initiation.triggerDate)} (${t(initiation.triggerKind === 'contact' ? 'triggerContact' : 'triggerPending')})`
    : pending;
  byId('summary-need').textContent = initiation?.justification ?? '';
  byId('summary-need-item').hidden = !initiation?.justification;
  byId('summary-not-recorded').hidden = initiation !== null;
}

function renderSummary(): void {
  const client = state.client?.id === state.clientId ? state.client : undefined;
  const loading = !client && !state.loadFailed;
  byId('client-name').textContent = client ? client.name : loading ? t('loadingClient') : t('loadError');
  const pending = loading ? '…' : '–';
  renderInitiation(loading);
  byId('summary-identity').textContent = client
    ? client.identityCode
      ? maskIdentityCode(client.identityCode)
      : t('notRecorded')
    : pending;
  const language = client?.languageOfService;
  byId('summary-language').textContent = client
    ? language
      ? (new Intl.DisplayNames([state.locale], { type: 'language' }).of(language) ?? language)
      : t('notRecorded')
    : pending;
  byId('summary-protected').textContent = client ? (client.turvakielto ? t('yes') : t('no')) : pending;
  document.title = [client?.name, t('pageTitle'), t('countyName')].filter(Boolean).join(' – ');
}

/** The initiation of the client's latest assessment (`listAssessments` gives the latest first), or `null` (none, or unreadable). */
async function latestInitiation(adapter: DemoAdapter, clientId: string): Promise<Assessment['initiation'] | null> {
  try {
    const [latest] = await adapter.listAssessments(clientId);
    return latest?.value.initiation ?? null;
  } catch {
    // Not knowing who identified the need does not hide the client: step 1 says it is not recorded.
    return null;
  }
}

async function loadClient(): Promise<void> {
  const clientId = state.clientId;
  state.loadFailed = false;
  state.initiation = undefined;
  try {
    const [{ value }, initiation] = await Promise.all([
      state.adapter.getClient(clientId),
      latestInitiation(state.adapter, clientId),
    ]);
    if (clientId !== state.clientId) return; // the user switched meanwhile
    state.client = value;
    state.initiation = initiation;
  } catch (error) {
    if (clientId !== state.clientId) return;
    console.error('demo-portal: could not load the client', error);
    state.client = undefined;
    state.loadFailed = true;
    if (error instanceof OfflineError && BACKEND.kind === 'fhir') showOffline(true);
  }
  renderSummary();
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** A short message in the polite live region; it fades after a few seconds. */
function toast(message: string): void {
  clearTimeout(toastTimer);
  const note = document.createElement('p');
  note.className = 'toast';
  note.textContent = message;
  toastRegion.replaceChildren(note);
  toastTimer = setTimeout(() => toastRegion.replaceChildren(), 5000);
}

const locales = localeSwitcher(localeSelect, (locale) => {
  state.locale = locale;
  translatePage();
});

function applyTheme(theme: Theme): void {
  state.theme = theme;
  themeSelect.value = theme;
  const root = document.documentElement.classList;
  root.toggle('saumaton-theme-dark', theme === 'dark');
  root.toggle('saumaton-theme-light', theme === 'light');
}

/**
 * Every widget follows the viewer: a professional edits the plan, the team and the assessment,
 * takes meter readings, and records and revokes consents (the consent form offers that to a
 * professional viewer whose adapter can); a client reads them all, the plan in its plain-language
 * copy, and the consent form adds what the client can do about their consents.
 */
function applyViewer(kind: ViewerKind): void {
  state.viewer = kind;
  for (const radio of viewerRadios) radio.checked = radio.value === kind;
  const viewer: Viewer =
    kind === 'professional'
      ? { kind: 'professional', organizationId: PROFESSIONAL_ORGANIZATION_ID }
      : { kind: 'client' };
  // A client reads the plan in its plain-language copy.
  planViewer.viewer = viewer;
  planViewer.mode = kind;
  planViewer.toggleAttribute('editable', kind === 'professional');
  roster.viewer = viewer;
  roster.toggleAttribute('editable', kind === 'professional');
  consentForm.viewer = viewer;
  assessment.viewer = viewer;
  assessment.toggleAttribute('editable', kind === 'professional');
  // Only a professional takes a new reading; a client sees the trend.
  followUpMeter.viewer = viewer;
  followUpMeter.toggleAttribute('editable', kind === 'professional');
}

function applyClient(clientId: string): void {
  state.clientId = clientId;
  clientSelect.value = clientId;
  planViewer.setAttribute('client-id', clientId);
  roster.setAttribute('client-id', clientId);
  consentForm.setAttribute('client-id', clientId);
  // The client's assessment, where there is one; else a professional may start one.
  const current = exampleData.assessments.find((candidate) => candidate.clientId === clientId);
  assessment.setAttribute('client-id', clientId);
  if (current) assessment.setAttribute('assessment-id', current.id);
  else assessment.removeAttribute('assessment-id');
  followUpMeter.setAttribute('client-id', clientId);
  renderSummary();
}

/** Hands the page a fresh adapter: each widget loads again when its adapter changes. */
function useAdapter(adapter: DemoAdapter): Promise<void> {
  state.adapter = adapter;
  state.client = undefined;
  state.loadFailed = false;
  renderSummary();
  planViewer.adapter = adapter;
  roster.adapter = adapter;
  consentForm.adapter = adapter;
  assessment.adapter = adapter;
  followUpMeter.adapter = adapter;
  return loadClient();
}

/**
 * Other tabs of the demo on the same backend start afresh once one tab has reset the data. (Their
 * open connections do not block the deletion: the IndexedDB adapter lets go when another tab
 * deletes the database.)
 */
const otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATABASE_NAME) : undefined;
const RESET_MESSAGE = `reset ${BACKEND.kind === 'fhir' ? BACKEND.baseUrl : BACKEND.kind}`;
otherTabs?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === RESET_MESSAGE && !state.offline) void useAdapter(createAdapter());
});

/** How long the reset waits for the database to be deleted before it gives up. */
const RESET_TIMEOUT_MS = 5000;

/**
 * IndexedDB: deletes the database and creates the example data afresh. FHIR: writes the example
 * clients, teams and consents back over their current versions (the server is not ours to wipe:
 * `?fhir=` may name any server), so the widgets show them as they were; meetings added meanwhile
 * are kept on the server as entered in error, as the adapter does for any removed meeting, and
 * consents recorded meanwhile stay as they are.
 */
async function resetDemoData(): Promise<void> {
  resetButton.disabled = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (state.adapter.destroy) {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the database deletion is blocked')), RESET_TIMEOUT_MS);
      });
      await Promise.race([state.adapter.destroy(), timeout]);
    }
    // The fresh adapter writes the data before the roster subscribes to it, so the roster simply
    // loads the reset team instead of announcing someone else's save.
    const adapter = createAdapter();
    await putExampleData(adapter, 'overwrite');
    await present(adapter);
    otherTabs?.postMessage(RESET_MESSAGE);
    toast(t('resetDone'));
  } catch (error) {
    console.error('demo-portal: reset failed', error);
    if (BACKEND.kind === 'fhir') {
      if (error instanceof OfflineError) showOffline(true);
      toast(t('resetFailedFhir'));
    } else {
      toast(t('resetFailed'));
    }
  } finally {
    clearTimeout(timer);
    resetButton.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

themeSelect.addEventListener('change', () => {
  const theme = THEMES.find((item) => item === themeSelect.value) ?? 'light';
  remember('theme', theme);
  applyTheme(theme);
});

for (const radio of viewerRadios) {
  radio.addEventListener('change', () => {
    const kind = VIEWERS.find((item) => item === radio.value);
    if (!radio.checked || !kind) return;
    remember('viewer', kind);
    applyViewer(kind);
  });
}

clientSelect.addEventListener('change', () => {
  remember('client', clientSelect.value);
  applyClient(clientSelect.value);
  void loadClient();
});

resetButton.addEventListener('click', () => void resetDemoData());

retryButton.addEventListener('click', () => {
  retryButton.disabled = true;
  state.loadFailed = false;
  renderSummary();
  void connect(createAdapter()).finally(() => {
    retryButton.disabled = false;
    if (state.offline) toast(t('offlineHeading'));
  });
});

// Every save a widget reports shows a toast; a consent recorded or revoked says which it was
// (those events follow the consent's `saumaton-saved` at once, so the toast ends with theirs).
document.addEventListener('saumaton-saved', (event) =>
  toast(
    event.detail.kind === 'consent'
      ? t('consentsSaved')
      : event.detail.kind === 'assessment'
        ? t('assessmentSaved')
        : event.detail.kind === 'plan' || event.detail.kind === 'plan-part'
          ? t('planSaved')
          : t('saved'),
  ),
);
document.addEventListener('saumaton-assessment-submitted', () => toast(t('assessmentSubmitted')));
document.addEventListener('saumaton-consent-recorded', () => toast(t('consentRecorded')));
document.addEventListener('saumaton-consent-revoked', () => toast(t('consentRevoked')));

document.addEventListener('saumaton-error', (event) => {
  // The widget shows the error itself; the portal only keeps a trace for developers.
  console.warn('demo-portal: a widget reported an error', event.detail.error);
});

/**
 * Puts the example data in place on `adapter` and hands it to the page. When the FHIR server
 * cannot be reached, the notice says how to start it and the widgets are not shown.
 */
async function connect(adapter: DemoAdapter): Promise<void> {
  state.adapter = adapter;
  try {
    await putExampleData(adapter, 'missing');
  } catch (error) {
    if (error instanceof OfflineError) {
      console.warn('demo-portal: the backend cannot be reached', error);
      showOffline(true);
      return;
    }
    console.error('demo-portal: could not prepare the demo data', error);
  }
  await present(adapter);
}

/**
 * Shows the client and the widgets on `adapter`, whose demo data is in place. The widgets are
 * defined only then, so their first loads find the example data (a portal with a ready
 * backend imports the modules statically). Properties set before an element is defined are
 * picked up when it upgrades, so the adapter is there for its very first update.
 */
async function present(adapter: DemoAdapter): Promise<void> {
  showOffline(false);
  const loaded = useAdapter(adapter);
  await Promise.all([
    import('@saumaton/plan-viewer/saumaton-plan-viewer.js'),
    import('@saumaton/team-roster/saumaton-team-roster.js'),
    import('@saumaton/consent-form/saumaton-consent-form.js'),
    import('@saumaton/need-assessment/saumaton-need-assessment.js'),
  ]);
  await loaded;
}

async function start(): Promise<void> {
  showBackend();
  applyTheme(state.theme);
  applyViewer(state.viewer);
  applyClient(state.clientId);
  const localeReady = locales.apply(state.locale);
  await Promise.all([localeReady, connect(state.adapter)]);
}

void start();
