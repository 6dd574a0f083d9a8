/**
 * The summary given to the client (SHL § 37, 703/2023 § 42): a printable document in plain words,
 * in the CLIENT'S language of service, which may differ from the page's. Its fixed texts come from
 * `summary-text.ts` rather than `msg()` (the reason is there); the template's texts are the
 * Questionnaire's own, in that language (`textIn`). A function of data (no `this`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, AssessmentDeadlines, QuestionnaireResponseItem } from '@saumaton/core';
import {
  QuestionnaireEngine,
  inLanguage,
  sameLanguage,
  type Answer,
  type Questionnaire,
  type TemplateItem,
  type Translatable,
} from '@saumaton/questionnaire/lazy';
import { choiceIndex, choiceLabel } from '../answers.js';
import {
  formatDateIn,
  formatListIn,
  formatNumberIn,
  summaryLanguage,
  summaryText,
  type SummaryLanguage,
  type SummaryText,
} from '../summary-text.js';
import { deadlinesOf } from './deadlines.js';

export interface SummaryData {
  readonly assessment: Assessment;
  /** Its template, parsed (`parseQuestionnaire` of `@saumaton/questionnaire`). */
  readonly questionnaire: Questionnaire;
  /** The client's language of service: `fi`, `sv` or `en` (`sv-FI` → `sv`); anything else → `fi`. */
  readonly language: string;
  readonly clientName?: string;
  /** Who made the assessment: the organisation, or the worker and their unit. */
  readonly organization?: string;
}

/** One item instance with its answers and whether it is enabled. */
interface Entry {
  readonly item: TemplateItem;
  readonly answers: readonly Answer[];
  readonly enabled: boolean;
  readonly children: readonly Entry[];
}

/** The answers as item instances, with `enableWhen` evaluated by the engine where it can be. */
function entriesOf(questionnaire: Questionnaire, answers: readonly QuestionnaireResponseItem[]): readonly Entry[] {
  if (!questionnaire.hasExpressions) {
    try {
      const engine = new QuestionnaireEngine(questionnaire, {
        resourceType: 'QuestionnaireResponse',
        status: 'in-progress',
        item: answers,
      });
      return engine.items;
    } catch {
      // Answers that do not fit the template: show what matches, below.
    }
  }
  return matchItems(questionnaire.items, answers, 0);
}

/** The answers matched to the template by linkId, as they are (no conditions evaluated). */
function matchItems(items: readonly TemplateItem[], answers: readonly unknown[], depth: number): Entry[] {
  if (depth > 40) return [];
  const entries: Entry[] = [];
  for (const item of items) {
    for (const raw of answers) {
      if (typeof raw !== 'object' || raw === null || (raw as { linkId?: unknown }).linkId !== item.linkId) continue;
      const response = raw as QuestionnaireResponseItem;
      const own = Array.isArray(response.answer) ? (response.answer as Answer[]) : [];
      const nested = [
        ...(response.item ?? []),
        ...own.flatMap((a) => (Array.isArray(a.item) ? (a.item as unknown[]) : [])),
      ];
      entries.push({ item, answers: own, enabled: true, children: matchItems(item.children, nested, depth + 1) });
    }
  }
  return entries;
}

/** A template text in `language`; one in another language (no translation) keeps its own `lang`. */
function say(text: Translatable | undefined, language: string): TemplateResult | string | undefined {
  const found = inLanguage(text, language);
  if (!found) return undefined;
  return found.language && !sameLanguage(found.language, language)
    ? html`<span lang=${found.language}>${found.text}</span>`
    : found.text;
}

/** One answer in words, or undefined for an answer this summary cannot put in words. */
function answerWords(item: TemplateItem, answer: Answer, lang: SummaryLanguage, t: SummaryText): string | undefined {
  if (answer.valueBoolean !== undefined) return answer.valueBoolean ? t.yes : t.no;
  if (answer.valueCoding !== undefined || (item.options?.length && answer.valueString !== undefined)) {
    const index = choiceIndex(item, answer);
    const choice = index >= 0 ? item.options?.[index] : undefined;
    if (choice) return choiceLabel(choice, lang);
    if (answer.valueCoding) return answer.valueCoding.display ?? answer.valueCoding.code;
  }
  if (typeof answer.valueString === 'string') return answer.valueString;
  if (typeof answer.valueInteger === 'number') return formatNumberIn(answer.valueInteger, lang);
  if (typeof answer.valueDecimal === 'number') return formatNumberIn(answer.valueDecimal, lang);
  if (typeof answer.valueDate === 'string') return formatDateIn(answer.valueDate, lang);
  if (typeof answer.valueDateTime === 'string') return formatDateIn(answer.valueDateTime, lang, true);
  if (typeof answer.valueTime === 'string') return answer.valueTime.slice(0, 5);
  if (typeof answer.valueUri === 'string') return answer.valueUri;
  const quantity = answer.valueQuantity;
  if (quantity && typeof quantity.value === 'number') {
    return [formatNumberIn(quantity.value, lang), quantity.unit].filter(Boolean).join(' ');
  }
  return undefined;
}

/** Whether an entry or anything under it has an answer to show. */
function hasAnswers(entry: Entry): boolean {
  if (!entry.enabled || entry.item.type === 'display') return false;
  return entry.answers.length > 0 || entry.children.some(hasAnswers);
}

const headingTag = (level: number, content: unknown) => {
  switch (Math.min(level, 6)) {
    case 3:
      return html`<h3>${content}</h3>`;
    case 4:
      return html`<h4>${content}</h4>`;
    case 5:
      return html`<h5>${content}</h5>`;
    default:
      return html`<h6>${content}</h6>`;
  }
};

/** The answered items of `entries` in document order: questions as term and answer, groups as subheadings. */
function answersOf(entries: readonly Entry[], level: number, lang: SummaryLanguage, t: SummaryText): TemplateResult {
  const shown = entries.filter(hasAnswers);
  const rows: TemplateResult[] = [];
  let pairs: TemplateResult[] = [];
  const flush = () => {
    if (pairs.length) rows.push(html`<dl class="answers">${pairs}</dl>`);
    pairs = [];
  };
  for (const entry of shown) {
    const question = say(entry.item.texts.text, lang) ?? entry.item.linkId;
    if (entry.item.type === 'group') {
      flush();
      rows.push(
        html`<section class="answer-group">
          ${headingTag(level, question)} ${answersOf(entry.children, level + 1, lang, t)}
        </section>`,
      );
      continue;
    }
    const words = entry.answers
      .map((a) => answerWords(entry.item, a, lang, t))
      .filter((w): w is string => typeof w === 'string' && w.trim() !== '');
    if (words.length) {
      pairs.push(
        html`<div>
          <dt>${question}</dt>
          ${
            entry.item.type === 'text' || words.length === 1
              ? words.map((w) => html`<dd class="text">${w}</dd>`)
              : html`<dd>${formatListIn(words, lang)}</dd>`
          }
        </div>`,
      );
    }
    const under = entry.children.filter(hasAnswers);
    if (under.length) {
      flush();
      rows.push(html`<div class="answer-children">${answersOf(under, level + 1, lang, t)}</div>`);
    }
  }
  flush();
  return html`${rows}`;
}

function deadlineLines(
  deadlines: AssessmentDeadlines | undefined,
  assessment: Assessment,
  lang: SummaryLanguage,
  t: SummaryText,
): TemplateResult[] {
  if (!deadlines) return [];
  const lines: TemplateResult[] = [];
  if (deadlines.immediate) lines.push(html`<li>${t.urgent}</li>`);
  if (deadlines.start) lines.push(html`<li>${t.startBy(formatDateIn(deadlines.start.date, lang))}</li>`);
  if (deadlines.complete) {
    const completed = assessment.completedAt?.slice(0, 10);
    const done = (assessment.status === 'completed' || assessment.status === 'amended') && completed;
    lines.push(
      html`<li>
        ${t.completeBy(formatDateIn(deadlines.complete.date, lang))}
        ${done ? (completed <= deadlines.complete.date ? t.completedOnTime : t.completedLate) : nothing}
      </li>`,
    );
  }
  if (!lines.length) lines.push(html`<li>${t.noDeadline}</li>`);
  return lines;
}

function ownView(assessment: Assessment, t: SummaryText): TemplateResult {
  const view = assessment.clientView;
  if (view?.kind === 'given') {
    return view.text?.trim()
      ? html`<p>${t.viewGiven}</p>
          <blockquote class="text">${view.text}</blockquote>`
      : html`<p>${t.viewGivenNoText}</p>`;
  }
  if (view?.kind === 'obstacle') {
    return html`<p>${t.viewObstacle}</p>
      ${view.reason.trim() ? html`<p class="text">${t.viewObstacleReason} ${view.reason}</p>` : nothing}`;
  }
  return html`<p>${t.viewNotRecorded}</p>`;
}

/** The client's summary of the assessment, in the client's language (`lang` on its root). */
export function summaryView(data: SummaryData): TemplateResult {
  const lang = summaryLanguage(data.language);
  const t = summaryText[lang];
  const { assessment, questionnaire } = data;
  const entries = entriesOf(questionnaire, assessment.answers);
  const initiation = assessment.initiation;
  const deadlines = deadlinesOf(initiation);
  const completed = assessment.status === 'completed' || assessment.status === 'amended';
  const body = answersOf(entries, 4, lang, t);
  return html`<article class="summary" lang=${lang}>
    <h2>${t.heading}</h2>
    <dl class="facts">
      ${
        data.clientName
          ? html`<div>
              <dt>${t.name}</dt>
              <dd>${data.clientName}</dd>
            </div>`
          : nothing
      }
      ${
        completed && assessment.completedAt
          ? html`<div>
              <dt>${t.completed}</dt>
              <dd>${formatDateIn(assessment.completedAt, lang)}</dd>
            </div>`
          : nothing
      }
      ${
        data.organization
          ? html`<div>
              <dt>${t.madeBy}</dt>
              <dd>${data.organization}</dd>
            </div>`
          : nothing
      }
      ${
        initiation.triggerDate
          ? html`<div>
              <dt>${t.started}</dt>
              <dd>${formatDateIn(initiation.triggerDate, lang)}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${completed ? nothing : html`<p>${assessment.status === 'stopped' ? t.stopped : t.notCompleted}</p>`}
    <section>
      <h3>${t.grounds}</h3>
      <ul>
        ${initiation.grounds.map((g) => html`<li>${t.ground[g]}</li>`)}
      </ul>
      <h4>${t.deadlines}</h4>
      <ul>
        ${deadlineLines(deadlines, assessment, lang, t)}
      </ul>
    </section>
    <section>
      <h3>${t.answers}</h3>
      ${entries.some(hasAnswers) ? body : html`<p>${t.noAnswers}</p>`}
    </section>
    <section>
      <h3>${t.ownView}</h3>
      ${ownView(assessment, t)}
    </section>
    <section>
      <h3>${t.next}</h3>
      <p>${t.nextText}</p>
      <p>${t.askText}</p>
    </section>
  </article>`;
}
