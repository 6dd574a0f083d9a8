/**
 * The demo portal of a fictional wellbeing services county. It embeds <saumaton-team-roster>
 * on the embedded IndexedDB adapter, and offers what a real host page would: a locale switcher,
 * a light/dark theme, and (for the demo) who is viewing, which client is shown and a reset.
 *
 * The portal translates only its own chrome (the string table below); the widgets localize
 * themselves through `setLocale()` from @saumaton/elements.
 */
import '@saumaton/elements/themes/light.css';
import '@saumaton/elements/themes/dark.css';
import './portal.css';

import {
  ConflictError,
  IndexedDbAdapter,
  NotFoundError,
  RecordAdapter,
  maskIdentityCode,
  seed,
  type Client,
  type SaumatonAdapter,
} from '@saumaton/core';
import { exampleClient, exampleData } from '@saumaton/core/examples';
import { setLocale } from '@saumaton/elements';

// ---------------------------------------------------------------------------------------------
// The portal's own strings
// ---------------------------------------------------------------------------------------------

const LOCALES = ['fi', 'sv', 'en'] as const;
type Locale = (typeof LOCALES)[number];

const fi = {
  pageTitle: 'Monipalvelutiimi',
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
  navSummary: 'Asiakkaan tiedot',
  navTeam: 'Monipalvelutiimi',
  navDemo: 'Esittelyn asetukset',
  eyebrow: 'Asiakas',
  summaryHeading: 'Asiakkaan tiedot',
  identityCode: 'Henkilötunnus',
  languageOfService: 'Asiointikieli',
  turvakielto: 'Turvakielto',
  yes: 'Kyllä',
  no: 'Ei',
  notRecorded: 'Ei kirjattu',
  loadingClient: 'Ladataan asiakkaan tietoja…',
  loadingTeam: 'Ladataan monipalvelutiimiä…',
  loadError: 'Asiakkaan tietoja ei voitu ladata.',
  demoHeading: 'Esittelyn asetukset',
  demoIntro: 'Sivusto ja sen tiedot ovat kuvitteellisia. Muutokset tallentuvat vain tähän selaimeen.',
  viewerLegend: 'Kuka katselee?',
  viewerProfessional: 'Ammattilainen (voi muokata)',
  viewerClient: 'Asiakas (vain luku)',
  clientSelect: 'Näytettävä asiakas',
  protectedSuffix: 'turvakielto',
  resetButton: 'Palauta esittelyn tiedot',
  resetHint: 'Poistaa selaimen tietokannan ja luo esimerkkitiedot uudelleen.',
  resetDone: 'Esittelyn tiedot palautettu.',
  resetFailed: 'Tietojen palauttaminen epäonnistui. Sulje muut tämän sivun välilehdet ja yritä uudelleen.',
  saved: 'Muutokset tallennettu.',
  footer:
    'Tämä on Saumaton-komponenttikirjaston esittelysivu. Portaali, henkilöt ja organisaatiot ovat kuvitteellisia.',
};
type Strings = Record<keyof typeof fi, string>;

const sv: Strings = {
  pageTitle: 'Multiserviceteam',
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
  navSummary: 'Klientens uppgifter',
  navTeam: 'Multiserviceteam',
  navDemo: 'Demoinställningar',
  eyebrow: 'Klient',
  summaryHeading: 'Klientens uppgifter',
  identityCode: 'Personbeteckning',
  languageOfService: 'Ärendespråk',
  turvakielto: 'Spärrmarkering',
  yes: 'Ja',
  no: 'Nej',
  notRecorded: 'Inte antecknat',
  loadingClient: 'Klientens uppgifter hämtas…',
  loadingTeam: 'Multiserviceteamet hämtas…',
  loadError: 'Klientens uppgifter kunde inte hämtas.',
  demoHeading: 'Demoinställningar',
  demoIntro: 'Webbplatsen och dess uppgifter är fiktiva. Ändringar sparas bara i den här webbläsaren.',
  viewerLegend: 'Vem tittar?',
  viewerProfessional: 'Yrkesperson (får redigera)',
  viewerClient: 'Klient (endast läsning)',
  clientSelect: 'Klient som visas',
  protectedSuffix: 'spärrmarkering',
  resetButton: 'Återställ demodata',
  resetHint: 'Raderar webbläsarens databas och skapar exempeldata på nytt.',
  resetDone: 'Demodata har återställts.',
  resetFailed: 'Återställningen misslyckades. Stäng sidans andra flikar och försök igen.',
  saved: 'Ändringarna har sparats.',
  footer:
    'Det här är en demosida för komponentbiblioteket Saumaton. Portalen, personerna och organisationerna är fiktiva.',
};

const en: Strings = {
  pageTitle: 'Multi-service team',
  skipLink: 'Skip to main content',
  countyName: 'Ostrobothnia Wellbeing Services County',
  serviceName: 'Social and health services',
  demoBadge: 'Demo',
  pageSettings: 'Page settings',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  mainNav: 'Main menu',
  navSummary: 'Client details',
  navTeam: 'Multi-service team',
  navDemo: 'Demo settings',
  eyebrow: 'Client',
  summaryHeading: 'Client details',
  identityCode: 'Personal identity code',
  languageOfService: 'Language of service',
  turvakielto: 'Non-disclosure for safety',
  yes: 'Yes',
  no: 'No',
  notRecorded: 'Not recorded',
  loadingClient: "Loading the client's details…",
  loadingTeam: 'Loading the multi-service team…',
  loadError: "The client's details could not be loaded.",
  demoHeading: 'Demo settings',
  demoIntro: 'The site and its data are fictional. Changes are stored in this browser only.',
  viewerLegend: 'Who is viewing?',
  viewerProfessional: 'Professional (may edit)',
  viewerClient: 'Client (read only)',
  clientSelect: 'Client shown',
  protectedSuffix: 'non-disclosure for safety',
  resetButton: 'Reset demo data',
  resetHint: 'Deletes the browser database and recreates the example data.',
  resetDone: 'Demo data reset.',
  resetFailed: 'The reset failed. Close the other tabs of this page and try again.',
  saved: 'Changes saved.',
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

const STORAGE_PREFIX = 'saumaton-demo:';

function remembered<T extends string>(key: string, allowed: readonly T[]): T | undefined {
  try {
    const value = localStorage.getItem(STORAGE_PREFIX + key);
    return allowed.find((item) => item === value);
  } catch {
    return undefined; // storage disabled (private mode, a strict embedding): just do not remember
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, value);
  } catch {
    // see remembered()
  }
}

// ---------------------------------------------------------------------------------------------
// The backend
// ---------------------------------------------------------------------------------------------

const DATABASE_NAME = 'saumaton-demo';

/** The organisation the demo professional works for (the county's adult social work). */
const PROFESSIONAL_ORGANIZATION_ID = '1.2.246.10.99999999.10.0';

/**
 * What the portal needs of a backend: the stores the widgets use and, for the demo's reset, a way
 * to let go of the database and to delete it.
 */
type DemoAdapter = SaumatonAdapter & { destroy?: () => Promise<void> };

/**
 * Chooses the backend. This is the one place to change: a `?adapter=fhir` option (a FHIR R4
 * server) is planned here; until then every page gets the embedded IndexedDB store.
 */
function createAdapter(): DemoAdapter {
  const requested = new URLSearchParams(location.search).get('adapter');
  if (requested !== null && requested !== 'indexeddb') {
    console.warn(`demo-portal: unknown ?adapter=${requested}; using the embedded IndexedDB adapter`);
  }
  return new IndexedDbAdapter({ name: DATABASE_NAME });
}

/** Seeds the example clients and teams on the first run only, so edits survive a reload. */
async function seedOnFirstRun(adapter: DemoAdapter): Promise<void> {
  if (!(adapter instanceof RecordAdapter)) return; // a remote backend brings its own data
  try {
    await adapter.getClient(exampleClient.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    try {
      await seed(adapter, exampleData);
    } catch (seedError) {
      // Another tab seeded at the same moment: its records are as good as ours.
      if (!(seedError instanceof ConflictError)) throw seedError;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

function missing(what: string): never {
  throw new Error(`demo-portal: ${what} is missing from index.html`);
}

function byId(id: string): HTMLElement {
  return document.getElementById(id) ?? missing(`#${id}`);
}

// Typed through the tag name map; it becomes a real TeamRoster once the module is loaded.
const roster = document.querySelector('saumaton-team-roster') ?? missing('saumaton-team-roster');
const localeSelect = byId('locale-select') as HTMLSelectElement;
const themeSelect = byId('theme-select') as HTMLSelectElement;
const clientSelect = byId('client-select') as HTMLSelectElement;
const resetButton = byId('reset-button') as HTMLButtonElement;
const toastRegion = byId('toast-region');
const viewerRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="viewer"]')];

const state = {
  locale: remembered('locale', LOCALES) ?? 'fi',
  theme: remembered('theme', THEMES) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  viewer: remembered('viewer', VIEWERS) ?? 'professional',
  clientId:
    remembered(
      'client',
      exampleData.clients.map((client) => client.id),
    ) ?? exampleClient.id,
  client: undefined as Client | undefined,
  loadFailed: false,
  adapter: createAdapter(),
};

const t = (key: StringKey): string => STRINGS[state.locale][key];

/** Writes the portal's strings into every element marked `data-i18n` / `data-i18n-label`. */
function translatePage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'];
    if (isStringKey(key)) element.textContent = t(key);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset['i18nLabel'];
    if (isStringKey(key)) element.setAttribute('aria-label', t(key));
  }
  for (const option of clientSelect.options) {
    const client = exampleData.clients.find((candidate) => candidate.id === option.value);
    if (client) option.textContent = client.turvakielto ? `${client.name} (${t('protectedSuffix')})` : client.name;
  }
  renderSummary();
}

function renderSummary(): void {
  const client = state.client?.id === state.clientId ? state.client : undefined;
  const loading = !client && !state.loadFailed;
  byId('client-name').textContent = client ? client.name : loading ? t('loadingClient') : t('loadError');
  const pending = loading ? '…' : '–';
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

async function loadClient(): Promise<void> {
  const clientId = state.clientId;
  state.loadFailed = false;
  try {
    const { value } = await state.adapter.getClient(clientId);
    if (clientId !== state.clientId) return; // the user switched meanwhile
    state.client = value;
  } catch (error) {
    if (clientId !== state.clientId) return;
    console.error('demo-portal: could not load the client', error);
    state.client = undefined;
    state.loadFailed = true;
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

async function applyLocale(locale: Locale): Promise<void> {
  state.locale = locale;
  localeSelect.value = locale;
  document.documentElement.lang = locale;
  translatePage();
  try {
    await setLocale(locale);
  } catch (error) {
    console.error(`demo-portal: the widgets could not switch to "${locale}"`, error);
  }
}

function applyTheme(theme: Theme): void {
  state.theme = theme;
  themeSelect.value = theme;
  const root = document.documentElement.classList;
  root.toggle('saumaton-theme-dark', theme === 'dark');
  root.toggle('saumaton-theme-light', theme === 'light');
}

function applyViewer(kind: ViewerKind): void {
  state.viewer = kind;
  for (const radio of viewerRadios) radio.checked = radio.value === kind;
  roster.viewer =
    kind === 'professional'
      ? { kind: 'professional', organizationId: PROFESSIONAL_ORGANIZATION_ID }
      : { kind: 'client' };
  roster.toggleAttribute('editable', kind === 'professional');
}

function applyClient(clientId: string): void {
  state.clientId = clientId;
  clientSelect.value = clientId;
  roster.setAttribute('client-id', clientId);
  renderSummary();
}

/** Hands the page a fresh adapter: the roster loads again when its adapter changes. */
function useAdapter(adapter: DemoAdapter): Promise<void> {
  state.adapter = adapter;
  state.client = undefined;
  renderSummary();
  roster.adapter = adapter;
  return loadClient();
}

/**
 * Other tabs of the demo start afresh once one tab has reset the data. (Their open connections
 * do not block the deletion: the IndexedDB adapter lets go when another tab deletes the database.)
 */
const otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DATABASE_NAME) : undefined;
otherTabs?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === 'reset') void useAdapter(createAdapter());
});

/** How long the reset waits for the database to be deleted before it gives up. */
const RESET_TIMEOUT_MS = 5000;

async function resetDemoData(): Promise<void> {
  resetButton.disabled = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the database deletion is blocked')), RESET_TIMEOUT_MS);
    });
    await Promise.race([state.adapter.destroy?.(), timeout]);
    const adapter = createAdapter();
    await seedOnFirstRun(adapter);
    await useAdapter(adapter);
    otherTabs?.postMessage('reset');
    toast(t('resetDone'));
  } catch (error) {
    console.error('demo-portal: reset failed', error);
    toast(t('resetFailed'));
  } finally {
    clearTimeout(timer);
    resetButton.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

localeSelect.addEventListener('change', () => {
  const locale = LOCALES.find((item) => item === localeSelect.value) ?? 'fi';
  remember('locale', locale);
  void applyLocale(locale);
});

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

document.addEventListener('saumaton-saved', () => toast(t('saved')));

document.addEventListener('saumaton-error', (event) => {
  // The widget shows the error itself; the portal only keeps a trace for developers.
  console.warn('demo-portal: a widget reported an error', event.detail.error);
});

async function start(): Promise<void> {
  applyTheme(state.theme);
  applyViewer(state.viewer);
  applyClient(state.clientId);
  const localeReady = applyLocale(state.locale);
  try {
    await seedOnFirstRun(state.adapter);
  } catch (error) {
    console.error('demo-portal: could not prepare the demo data', error);
  }
  // Define the roster only once the demo data is in place, so its first load finds the team (a
  // portal with a ready backend imports the module statically). Properties set before the element
  // is defined are picked up when it upgrades, so the adapter is there for its very first update.
  roster.adapter = state.adapter;
  await import('@saumaton/team-roster/saumaton-team-roster.js');
  await Promise.all([localeReady, loadClient()]);
}

void start();
