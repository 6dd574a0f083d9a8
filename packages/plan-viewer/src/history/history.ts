/**
 * The plan's history, loaded only when the user opens it (`import()` through the widget's
 * `LazyModule`): reads `listPlanVersions`, turns it into a timeline with core's `planHistory`
 * (contact details left out under turvakielto) and opens one version's changes in the user's
 * words. A superseded or abandoned load is aborted and its answer dropped.
 */
import { css, nothing, type TemplateResult } from 'lit';
import {
  planHistory,
  sectionsOf,
  type AnyAdapter,
  type ClientPlan,
  type PlanChange,
  type PlanHistoryEntry,
  type PlanSection,
} from '@saumaton/core';
import { getLocale, registerLocaleLoaders, type LocaleLoaders } from '@saumaton/elements';
import type { Audience } from '../labels.js';
import { timelineView, versionView, type ChangeRow, type HistoryLoad, type VersionData } from './history-view.js';
import {
  changePlace,
  changeValue,
  fieldText,
  isInternal,
  isWholeEntry,
  pieceText,
  sectionLabel,
  summaryText,
  whenText,
  whoText,
  type HistoryWords,
} from './history-labels.js';

/**
 * The history's own strings (split from the plan viewer's catalogue by `npm run localize:build`),
 * loaded with it: the widget holds its render until they are in, so no word shows in English.
 */
const historyLocaleLoaders: LocaleLoaders = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
};
registerLocaleLoaders(historyLocaleLoaders);

/** How many versions the timeline shows at first, and how many more each "Show earlier" adds. */
export const HISTORY_PAGE = 10;

/** The changes a reader sees: in client mode, no identifiers, technical references or notes. */
export function visibleChanges(entry: PlanHistoryEntry, audience: Audience): readonly PlanChange[] {
  return audience === 'client' ? entry.changes.filter((c) => !isInternal(c)) : entry.changes;
}

/** One change in words; a whole entry added or removed takes the changes of its fields after it. */
function rowOf(change: PlanChange, words: HistoryWords): ChangeRow {
  const place = changePlace(change, words);
  return {
    ...(place !== undefined ? { place } : {}),
    field: fieldText(change),
    kind: change.kind,
    ...(change.before !== undefined ? { before: changeValue(change, 'before', words) } : {}),
    ...(change.after !== undefined ? { after: changeValue(change, 'after', words) } : {}),
  };
}

/** `inner` is in the entry `outer` names (and in its sub-entry, when `outer` is one). */
const within = (inner: PlanChange, outer: PlanChange) =>
  inner.item !== undefined &&
  outer.item !== undefined &&
  inner.item.id === outer.item.id &&
  JSON.stringify(inner.item.label) === JSON.stringify(outer.item.label) &&
  (outer.entry === undefined ||
    (inner.entry?.id === outer.entry.id && JSON.stringify(inner.entry?.label) === JSON.stringify(outer.entry.label)));

/** A version's changes grouped by section, in the user's words (`words.audience` decides what shows). */
export function versionData(entry: PlanHistoryEntry, words: HistoryWords): VersionData {
  const changes = visibleChanges(entry, words.audience);
  const bySection = new Map<PlanSection, ChangeRow[]>();
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const rows = bySection.get(change.section) ?? [];
    bySection.set(change.section, rows);
    if (isWholeEntry(change)) {
      const fields: ChangeRow[] = [];
      // The entry's own fields follow it: same entry, same kind, deeper field.
      while (
        i + 1 < changes.length &&
        changes[i + 1]!.kind === change.kind &&
        changes[i + 1]!.field.startsWith(`${change.field}.`) &&
        within(changes[i + 1]!, change)
      ) {
        const inner = changes[++i]!;
        if (isWholeEntry(inner)) continue;
        const { item: _item, ...rest } = inner;
        // Inside an entry added whole, only a sub-entry (a goal's evaluation) is named again.
        const place = !change.entry && inner.entry ? changePlace(rest, words) : undefined;
        const { place: _place, ...row } = rowOf(inner, words);
        fields.push(place !== undefined ? { ...row, place } : row);
      }
      rows.push({ ...rowOf(change, words), fields });
    } else rows.push(rowOf(change, words));
  }
  const sections = sectionsOf(changes);
  return {
    piece: pieceText(entry, words),
    who: whoText(entry.changedBy),
    when: whenText(entry.changedAt),
    created: entry.kind === 'created',
    sections: sections.map((s) => ({ id: s, label: sectionLabel(s, words.audience), changes: bySection.get(s) ?? [] })),
  };
}

/** A fingerprint of the plan's saves: the common sections' and every part's time of saving. */
function savedAt(plan: ClientPlan): string {
  return [plan.updatedAt ?? '', ...plan.parts.map((p) => `${p.producer.id}@${p.updatedAt}`)].join('|');
}

export const historyStyles = [
  css`
    .history-tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-end: 0.75em;
    }
    .history,
    .history-version {
      border: 1px solid var(--saumaton-color-border, #8a8a8a);
      border-radius: var(--saumaton-radius, 0.25em);
      padding: 0.75em;
      margin-block-end: 1em;
    }
    .history-top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }
    .timeline {
      list-style: none;
      margin: 0 0 0.75em;
      padding: 0;
      display: grid;
      gap: 0.5em;
    }
    .history-entry {
      display: grid;
      gap: 0.15em;
      inline-size: 100%;
      text-align: start;
      overflow-wrap: anywhere;
    }
    .history-entry .piece {
      font-weight: 600;
    }
    .changes {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75em;
    }
    .change-what {
      margin: 0 0 0.25em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .values {
      margin: 0;
      display: grid;
      gap: 0.25em;
    }
    .values > div {
      display: grid;
      grid-template-columns: minmax(5em, max-content) 1fr;
      gap: 0.5em;
    }
    .values dt {
      font-weight: 600;
    }
    .values dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .values del,
    .values ins {
      text-decoration-thickness: 1px;
    }
    .values ins {
      text-decoration: none;
    }
    @media (forced-colors: active) {
      .history,
      .history-version {
        border-color: CanvasText;
      }
    }
  `,
];

export interface HistoryHost {
  requestUpdate(): void;
  settle(work: Promise<unknown>): void;
  /** Focuses what the selector finds after the next render. */
  focus(selector: string): void;
}

/**
 * The history panel's state: open or not, the versions as loaded, how many are shown, the version
 * opened. The widget renders `view()` and says when the plan or adapter changes (`sync`).
 */
export class PlanHistoryPanel {
  /** The panel is shown. */
  opened = false;
  private load:
    | { status: 'loading' }
    | { status: 'error'; error: unknown }
    | { status: 'ready'; entries: PlanHistoryEntry[] }
    | undefined;
  private shown = HISTORY_PAGE;
  private version: number | undefined;
  private abort: AbortController | undefined;
  private key: string | undefined;
  private adapter: AnyAdapter | undefined;
  private planId: string | undefined;
  private omitContactDetails = false;
  /** When the plan shown was last saved, every piece's: a later save makes the history read again. */
  private saved: string | undefined;
  /** Saved again while a version was open: read again on the way back. */
  private stale = false;

  constructor(private readonly host: HistoryHost) {}

  /** A version is open: it is shown instead of the plan. */
  get versionOpen(): boolean {
    return this.opened && this.version !== undefined && this.load?.status === 'ready';
  }

  /** The plan or adapter shown now; another plan (or none) aborts the load and closes the version. */
  sync(adapter: AnyAdapter | undefined, plan: ClientPlan | undefined): void {
    const omit = plan?.clienthood.turvakielto === true;
    const key = plan ? `${plan.id}|${String(omit)}` : undefined;
    if (key === this.key && adapter === this.adapter) {
      // The same plan, saved again (here or elsewhere): read the history again, though never
      // from under a version the user is reading.
      const saved = plan ? savedAt(plan) : undefined;
      if (saved !== this.saved) {
        this.saved = saved;
        if (this.opened && this.version === undefined) this.fetch();
        else if (this.opened) this.stale = true;
        else this.load = undefined;
      }
      return;
    }
    this.stop();
    this.key = key;
    this.adapter = adapter;
    this.planId = plan?.id;
    this.saved = plan ? savedAt(plan) : undefined;
    this.omitContactDetails = omit;
    this.stale = false;
    this.load = undefined;
    this.version = undefined;
    this.shown = HISTORY_PAGE;
    if (this.opened && plan) this.fetch();
    else if (!plan) this.opened = false;
  }

  /** Opens the panel (loading the history the first time) and focuses its heading. */
  show(): void {
    this.opened = true;
    if (!this.load || this.load.status === 'error') this.fetch();
    this.host.focus('#history-heading');
    this.host.requestUpdate();
  }

  close(): void {
    this.opened = false;
    this.version = undefined;
    this.host.focus('#open-history');
    this.host.requestUpdate();
  }

  /** Aborts a load in flight (the element left the page, or the plan changed). */
  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.load?.status === 'loading') this.load = undefined;
  }

  private fetch(): void {
    const adapter = this.adapter;
    const planId = this.planId;
    if (!planId) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.load = { status: 'loading' };
    const omitContactDetails = this.omitContactDetails;
    const work = (async () => {
      try {
        if (typeof adapter?.listPlanVersions !== 'function') throw new Error('the adapter cannot list versions');
        const versions = await adapter.listPlanVersions(planId, { signal: abort.signal });
        if (abort.signal.aborted) return;
        this.load = { status: 'ready', entries: planHistory(versions, { omitContactDetails }) };
      } catch (error) {
        if (abort.signal.aborted) return;
        this.load = { status: 'error', error };
      } finally {
        if (this.abort === abort) this.abort = undefined;
      }
      this.host.requestUpdate();
    })();
    // An adapter that ignores the signal must not hold `updateComplete` once the load is dropped.
    const dropped = new Promise<void>((resolve) => abort.signal.addEventListener('abort', () => resolve()));
    this.host.settle(Promise.race([work, dropped]));
    this.host.requestUpdate();
  }

  private retry = () => {
    this.fetch();
    this.host.focus('#history-heading');
  };

  private openVersion = (index: number) => {
    this.version = index;
    this.host.focus('#history-version-heading');
    this.host.requestUpdate();
  };

  private back = () => {
    const index = this.version;
    this.version = undefined;
    if (this.stale) {
      // Saved again meanwhile: the timeline is read again, focus on its heading.
      this.stale = false;
      this.fetch();
      this.host.focus('#history-heading');
    } else this.host.focus(index !== undefined ? `#history-entry-${String(index)}` : '#history-heading');
    this.host.requestUpdate();
  };

  private showEarlier = () => {
    const entries = this.load?.status === 'ready' ? this.load.entries : [];
    // Focus the first of the versions just shown (newest first, so the next one down).
    const next = entries.length - 1 - this.shown;
    this.shown += HISTORY_PAGE;
    if (next >= 0) this.host.focus(`#history-entry-${String(next)}`);
    this.host.requestUpdate();
  };

  private onClose = () => this.close();

  /** The panel (the timeline, or the version opened) for `plan` as it stands; nothing when closed. */
  view(plan: ClientPlan, audience: Audience): TemplateResult | typeof nothing {
    if (!this.opened || !this.load) return nothing;
    const words: HistoryWords = { audience, locale: getLocale(), plan };
    const load = this.load;
    if (load.status === 'ready' && this.version !== undefined) {
      const entry = load.entries[this.version];
      if (entry) return versionView(versionData(entry, words), this.back);
    }
    let shown: HistoryLoad;
    if (load.status !== 'ready') shown = load;
    else {
      const newest = load.entries.map((entry, index) => ({ entry, index })).reverse();
      const rows = newest.slice(0, this.shown).map(({ entry, index }) => ({
        index,
        piece: pieceText(entry, words),
        who: whoText(entry.changedBy),
        when: whenText(entry.changedAt),
        summary: summaryText(entry, sectionsOf(visibleChanges(entry, audience)), words),
      }));
      shown = { status: 'ready', rows, earlier: Math.max(0, newest.length - rows.length) };
    }
    return timelineView(shown, {
      onOpen: this.openVersion,
      onShowEarlier: this.showEarlier,
      onRetry: this.retry,
      onClose: this.onClose,
    });
  }
}
