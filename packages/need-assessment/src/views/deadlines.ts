/**
 * How the assessment began and the deadlines the law gives it (SHL § 36, DOMAIN §3.4 and §6.1),
 * as functions of data (no `this`). A deadline's state is said in words first ("Overdue by 2
 * weekdays", "Due today"); the marker and the strong border repeat it, never colour alone.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  assessmentDeadlines,
  deadlineStatus,
  isWeekday,
  type AssessmentDeadlines,
  type AssessmentGround,
  type AssessmentInitiation,
  type AssessmentStatus,
  type Deadline,
} from '@saumaton/core';
import { formatDate, formatList } from '@saumaton/elements';
import { assessmentStatusLabel, groundLabel, initiatorKindLabel } from '../record-labels.js';

export interface DeadlinesData {
  readonly initiation: AssessmentInitiation;
  readonly status: AssessmentStatus;
  /** When it was completed (an ISO date or date-time), once completed or amended. */
  readonly completedAt?: string;
  /** Today in Finland, `YYYY-MM-DD` (`todayInFinland()`). */
  readonly today: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The deadlines of `grounds` counted from `triggerDate`, or undefined when the date is no calendar day. */
export function deadlinesOf(initiation: {
  readonly triggerDate: string;
  readonly grounds: readonly AssessmentGround[];
}): AssessmentDeadlines | undefined {
  if (!DAY.test(initiation.triggerDate)) return undefined;
  try {
    return assessmentDeadlines(initiation);
  } catch {
    return undefined; // no such day, or a ground this version does not know: nothing to count
  }
}

/** "Due in 3 weekdays", "Due today", "Overdue by 2 weekdays"; days when the deadline is on no weekday. */
export function dueText(due: string, today: string): string {
  let status;
  let weekdayDue: boolean;
  try {
    status = deadlineStatus(due, today);
    weekdayDue = isWeekday(due);
  } catch {
    return '';
  }
  if (status.kind === 'due-today') return msg('Due today');
  const n = weekdayDue ? status.weekdays : status.days;
  if (status.kind === 'due') {
    if (weekdayDue) return n === 1 ? msg('Due in 1 weekday') : msg(str`Due in ${n} weekdays`);
    return n === 1 ? msg('Due in 1 day') : msg(str`Due in ${n} days`);
  }
  if (weekdayDue) return n === 1 ? msg('Overdue by 1 weekday') : msg(str`Overdue by ${n} weekdays`);
  return n === 1 ? msg('Overdue by 1 day') : msg(str`Overdue by ${n} days`);
}

function kindOf(due: string, today: string): 'due' | 'due-today' | 'overdue' | undefined {
  try {
    return deadlineStatus(due, today).kind;
  } catch {
    return undefined;
  }
}

const marker = (sign: string) => html`<span class="marker" aria-hidden="true">${sign}</span>`;

function deadlineItem(
  label: string,
  deadline: Deadline,
  data: { readonly status: AssessmentStatus; readonly completedAt?: string | undefined; readonly today: string },
): TemplateResult {
  const date = formatDate(deadline.date);
  if (data.status === 'in-progress') {
    const kind = kindOf(deadline.date, data.today);
    const state = dueText(deadline.date, data.today);
    if (kind === 'overdue' || kind === 'due-today') {
      // The state first, so that it is the first thing read and seen.
      return html`<li class="deadline ${kind}">
        ${marker(kind === 'overdue' ? '!' : '›')}
        <span><strong class="due-state">${state}</strong>: ${label} ${date}</span>
      </li>`;
    }
    return html`<li class="deadline ${kind ?? ''}">
      <span>${label} ${date}${state ? html`: <span class="due-state">${state}</span>` : nothing}</span>
    </li>`;
  }
  if ((data.status === 'completed' || data.status === 'amended') && deadline.basis === 'shl-36-3-months') {
    const completed = data.completedAt?.slice(0, 10);
    if (completed && DAY.test(completed)) {
      const onTime = completed <= deadline.date;
      return html`<li class="deadline ${onTime ? 'met' : 'late'}">
        ${onTime ? nothing : marker('!')}
        <span
          >${label} ${date}:
          <strong class="due-state"
            >${onTime ? msg('completed on time') : msg('completed after the deadline')}</strong
          ></span
        >
      </li>`;
    }
  }
  return html`<li class="deadline"><span>${label} ${date}</span></li>`;
}

/**
 * The statutory deadlines alone, as a list: urgent, the start and completion dates with where each
 * stands, or that there is none. The initiation form shows it live under the grounds.
 */
export function deadlineList(data: {
  readonly initiation: { readonly triggerDate: string; readonly grounds: readonly AssessmentGround[] };
  readonly status: AssessmentStatus;
  readonly completedAt?: string | undefined;
  readonly today: string;
}): TemplateResult {
  const deadlines = deadlinesOf(data.initiation);
  if (!deadlines) return html`<p class="hint">${msg('The deadlines are counted once the date is given.')}</p>`;
  const items: TemplateResult[] = [];
  if (deadlines.immediate) {
    items.push(
      html`<li class="deadline urgent">
        ${marker('!')} <strong>${msg('Urgent: to be assessed immediately')}</strong>
      </li>`,
    );
  }
  if (deadlines.start) items.push(deadlineItem(msg('Start no later than'), deadlines.start, data));
  if (deadlines.complete) items.push(deadlineItem(msg('Complete no later than'), deadlines.complete, data));
  if (!items.length) {
    items.push(
      html`<li class="deadline none">${msg('No statutory deadline: to be assessed without undue delay')}</li>`,
    );
  }
  return html`<ul class="deadline-list">
      ${items}
    </ul>
    <p class="basis">${msg('Deadlines under the Social Welfare Act (SHL) § 36, counted in weekdays.')}</p>`;
}

function began(initiation: AssessmentInitiation): string {
  const date = DAY.test(initiation.triggerDate) ? formatDate(initiation.triggerDate) : initiation.triggerDate;
  if (initiation.triggerKind === 'pending') return msg(str`The matter became pending on ${date}`);
  return initiation.initiatedBy.kind === 'client'
    ? msg(str`Contact from the client on ${date}`)
    : msg(str`Contact made on ${date}`);
}

/** The initiation (when and how it began, on what grounds, by whom, why), where it stands, and its deadlines. */
export function deadlinesView(data: DeadlinesData): TemplateResult {
  const { initiation } = data;
  const by = initiation.initiatedBy;
  const who = by.name ? `${initiatorKindLabel(by.kind)}: ${by.name}` : initiatorKindLabel(by.kind);
  return html`<section class="record initiation">
    <h3>${msg('Initiation and deadlines')}</h3>
    <dl class="facts">
      <div>
        <dt>${msg('Status')}</dt>
        <dd>${assessmentStatusLabel(data.status)}</dd>
      </div>
      <div>
        <dt>${msg('Began')}</dt>
        <dd>${began(initiation)}</dd>
      </div>
      <div>
        <dt>${msg('Grounds')}</dt>
        <dd>${initiation.grounds.length ? formatList(initiation.grounds.map(groundLabel)) : msg('None given')}</dd>
      </div>
      <div>
        <dt>${msg('Initiated by')}</dt>
        <dd>${who}</dd>
      </div>
      ${
        initiation.justification?.trim()
          ? html`<div>
              <dt>${msg('Justification')}</dt>
              <dd class="text">${initiation.justification}</dd>
            </div>`
          : nothing
      }
    </dl>
    <h4>${msg('Statutory deadlines')}</h4>
    ${deadlineList(data)}
  </section>`;
}
