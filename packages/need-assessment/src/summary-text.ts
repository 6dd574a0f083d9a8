/**
 * The fixed texts of the client's summary, in the client's language of service.
 *
 * Why not `msg()`: the summary is a document for the client, in the language the client chose
 * (DOMAIN §4: the client chooses, not the register), which may differ from the language of the
 * page the worker uses. `@lit/localize` renders only the page's locale, so this one view takes
 * its words from this table instead, in plain language (`selkokieli` in spirit: short sentences,
 * "you"). The template's own texts come from the Questionnaire's translations (`textIn`). Every
 * language has the same keys (a test checks it); `npm run lint`'s translation check does not see
 * these, so a change here changes all three languages in the same commit.
 */
import type { AssessmentGround } from '@saumaton/core';

export const SUMMARY_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type SummaryLanguage = (typeof SUMMARY_LANGUAGES)[number];

export interface SummaryText {
  readonly heading: string;
  readonly name: string;
  readonly completed: string;
  readonly notCompleted: string;
  readonly stopped: string;
  readonly madeBy: string;
  readonly started: string;
  readonly grounds: string;
  readonly ground: Readonly<Record<AssessmentGround, string>>;
  readonly deadlines: string;
  readonly urgent: string;
  readonly startBy: (date: string) => string;
  readonly completeBy: (date: string) => string;
  readonly completedOnTime: string;
  readonly completedLate: string;
  readonly noDeadline: string;
  readonly answers: string;
  readonly noAnswers: string;
  readonly yes: string;
  readonly no: string;
  readonly ownView: string;
  readonly viewGiven: string;
  readonly viewGivenNoText: string;
  readonly viewObstacle: string;
  readonly viewObstacleReason: string;
  readonly viewNotRecorded: string;
  readonly next: string;
  readonly nextText: string;
  readonly askText: string;
}

export const summaryText: Readonly<Record<SummaryLanguage, SummaryText>> = {
  fi: {
    heading: 'Yhteenveto palvelutarpeesi arvioinnista',
    name: 'Nimi',
    completed: 'Arviointi valmistui',
    notCompleted: 'Arviointi ei ole vielä valmis.',
    stopped: 'Arviointi lopetettiin ennen kuin se valmistui.',
    madeBy: 'Arvioinnin teki',
    started: 'Arviointi alkoi',
    grounds: 'Miksi arviointi tehtiin näin',
    ground: {
      urgent: 'Tarvitsit apua kiireellisesti.',
      'over-75': 'Olet yli 75-vuotias.',
      'highest-care-allowance': 'Saat ylintä hoitotukea.',
      'child-special-support': 'Lapsi tarvitsee erityistä tukea.',
      other: 'Muu syy.',
    },
    deadlines: 'Määräajat',
    urgent: 'Avun tarve oli kiireellinen. Arviointi piti tehdä heti.',
    startBy: (date) => `Arviointi piti aloittaa viimeistään ${date}.`,
    completeBy: (date) => `Arviointi piti tehdä valmiiksi viimeistään ${date}.`,
    completedOnTime: 'Se valmistui ajoissa.',
    completedLate: 'Se valmistui myöhässä.',
    noDeadline: 'Laissa ei ole tälle arvioinnille tarkkaa määräaikaa. Se tehdään ilman turhaa viivytystä.',
    answers: 'Mitä arvioinnissa kirjattiin',
    noAnswers: 'Arviointiin ei ole vielä kirjattu vastauksia.',
    yes: 'Kyllä',
    no: 'Ei',
    ownView: 'Oma näkemyksesi',
    viewGiven: 'Kerroit oman näkemyksesi:',
    viewGivenNoText: 'Kerroit oman näkemyksesi.',
    viewObstacle: 'Omaa näkemystäsi ei voitu selvittää.',
    viewObstacleReason: 'Syy:',
    viewNotRecorded: 'Omaa näkemystäsi ei ole vielä kirjattu.',
    next: 'Mitä seuraavaksi tapahtuu',
    nextText: 'Jos tarvitset palveluja, sinun kanssasi tehdään asiakassuunnitelma.',
    askText: 'Jos sinulla on kysyttävää tästä yhteenvedosta, kysy työntekijältä, joka teki arvioinnin.',
  },
  sv: {
    heading: 'Sammanfattning av bedömningen av ditt servicebehov',
    name: 'Namn',
    completed: 'Bedömningen blev klar',
    notCompleted: 'Bedömningen är inte klar ännu.',
    stopped: 'Bedömningen avbröts innan den blev klar.',
    madeBy: 'Bedömningen gjordes av',
    started: 'Bedömningen började',
    grounds: 'Varför bedömningen gjordes så här',
    ground: {
      urgent: 'Du behövde hjälp brådskande.',
      'over-75': 'Du är över 75 år.',
      'highest-care-allowance': 'Du får det högsta vårdbidraget.',
      'child-special-support': 'Barnet behöver särskilt stöd.',
      other: 'Annat skäl.',
    },
    deadlines: 'Tidsfrister',
    urgent: 'Ditt behov av hjälp var brådskande. Bedömningen skulle göras genast.',
    startBy: (date) => `Bedömningen skulle börja senast ${date}.`,
    completeBy: (date) => `Bedömningen skulle vara klar senast ${date}.`,
    completedOnTime: 'Den blev klar i tid.',
    completedLate: 'Den blev klar för sent.',
    noDeadline: 'Lagen ger ingen exakt tidsfrist för den här bedömningen. Den görs utan onödigt dröjsmål.',
    answers: 'Vad som skrevs ner i bedömningen',
    noAnswers: 'Inga svar har skrivits ner i bedömningen ännu.',
    yes: 'Ja',
    no: 'Nej',
    ownView: 'Din egen åsikt',
    viewGiven: 'Du berättade din egen åsikt:',
    viewGivenNoText: 'Du berättade din egen åsikt.',
    viewObstacle: 'Din egen åsikt kunde inte tas reda på.',
    viewObstacleReason: 'Orsak:',
    viewNotRecorded: 'Din egen åsikt har inte skrivits ner ännu.',
    next: 'Vad händer sedan',
    nextText: 'Om du behöver service gör vi en klientplan tillsammans med dig.',
    askText: 'Om du har frågor om den här sammanfattningen, fråga arbetstagaren som gjorde bedömningen.',
  },
  en: {
    heading: 'Summary of your service needs assessment',
    name: 'Name',
    completed: 'The assessment was completed',
    notCompleted: 'The assessment is not yet completed.',
    stopped: 'The assessment was stopped before it was completed.',
    madeBy: 'The assessment was made by',
    started: 'The assessment started',
    grounds: 'Why the assessment was made this way',
    ground: {
      urgent: 'You needed help urgently.',
      'over-75': 'You are over 75 years old.',
      'highest-care-allowance': 'You receive the highest care allowance.',
      'child-special-support': 'The child needs special support.',
      other: 'Another reason.',
    },
    deadlines: 'Deadlines',
    urgent: 'Your need for help was urgent. The assessment had to be made at once.',
    startBy: (date) => `The assessment had to start by ${date}.`,
    completeBy: (date) => `The assessment had to be completed by ${date}.`,
    completedOnTime: 'It was completed on time.',
    completedLate: 'It was completed late.',
    noDeadline: 'The law gives no exact deadline for this assessment. It is made without undue delay.',
    answers: 'What was written down in the assessment',
    noAnswers: 'No answers have been written down in the assessment yet.',
    yes: 'Yes',
    no: 'No',
    ownView: 'Your own view',
    viewGiven: 'You gave your own view:',
    viewGivenNoText: 'You gave your own view.',
    viewObstacle: 'Your own view could not be found out.',
    viewObstacleReason: 'Reason:',
    viewNotRecorded: 'Your own view has not been written down yet.',
    next: 'What happens next',
    nextText: 'If you need services, a client plan is made together with you.',
    askText: 'If you have questions about this summary, ask the worker who made the assessment.',
  },
};

/** The summary's language for a client's language of service: `fi`, `sv` or `en` (`sv-FI` → `sv`); anything else → `fi`. */
export function summaryLanguage(language: string | undefined): SummaryLanguage {
  const primary = (typeof language === 'string' ? language : '').toLowerCase().split(/[-_]/)[0];
  return (SUMMARY_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as SummaryLanguage) : 'fi';
}

/** The summary's fixed texts in `language` (see `summaryLanguage`). */
export function textsFor(language: string | undefined): SummaryText {
  return summaryText[summaryLanguage(language)];
}

const LOCALES: Readonly<Record<SummaryLanguage, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: SummaryLanguage, kind: 'day' | 'instant' | 'day-time'): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      LOCALES[language],
      kind === 'day'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : kind === 'instant'
          ? { dateStyle: 'long', timeZone: 'Europe/Helsinki' }
          : { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' },
    );
    formats.set(key, format);
  }
  return format;
}

/**
 * A date in the summary's language: a calendar day (`2026-11-24`) as it is, never shifted; a
 * date-time as the day in Finland (or with the time, when `withTime`). Anything else is returned
 * as it came.
 */
export function formatDateIn(iso: string, language: SummaryLanguage, withTime = false): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, dayOnly ? 'day' : withTime ? 'day-time' : 'instant').format(date);
}

/** A number in the summary's language (a decimal comma in fi and sv). */
export function formatNumberIn(value: number, language: SummaryLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A list joined as the summary's language joins lists. */
export function formatListIn(items: readonly string[], language: SummaryLanguage): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}
