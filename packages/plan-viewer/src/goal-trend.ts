/**
 * The trend beside a goal that follows a life-situation meter's area: the meter (a template,
 * `getTemplate`) and the client's readings of it (`AssessmentStore.listMeterReadings`), drawn by
 * the shared `meterTrendView` with that area's series only. Loaded lazily, only when a plan has
 * such a goal: a plan without one never downloads the meter code.
 */
import { msg } from '@lit/localize';
import { html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import {
  AssessmentTemplateSchema,
  MeterReadingSchema,
  isAbortError,
  parseVersioned,
  recognizeError,
  type AnyAdapter,
  type MeterReading,
  type PlanGoal,
} from '@saumaton/core';
import { describeError, warnOnce } from '@saumaton/elements';
import { followMeterReadings, meterTrendStyles, meterTrendView } from '@saumaton/elements/meter-trend';
import { meterTrendData, parseMeter, type MeterDefinition, type MeterTrendData } from '@saumaton/questionnaire/meter';

export const goalTrendStyles: readonly CSSResultOrNative[] = [meterTrendStyles];

type TrendState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly meter: MeterDefinition; readonly readings: readonly MeterReading[] };

/** What the trends need of their element. */
export interface TrendHost {
  requestUpdate(): void;
  /** Makes the element's `updateComplete` wait for `work`. */
  settle(work: Promise<unknown>): void;
}

/** The trends of one plan's goals: one load per meter, for the client and adapter in effect. */
export class GoalTrends {
  private states = new Map<string, TrendState>();
  /** Each meter's trend in the language it was last drawn in: computed once, not once per goal and render. */
  private trends = new WeakMap<TrendState, { language: string; trend: MeterTrendData }>();
  private loadedFor: { adapter: AnyAdapter; clientId: string } | undefined;
  private controller = new AbortController();
  /** Stops following new readings, one a meter. */
  private unfollow: (() => void)[] = [];

  constructor(private readonly host: TrendHost) {}

  /** Loads the meters `goals` follow, once each; starts afresh for another client or adapter. */
  sync(adapter: AnyAdapter | undefined, clientId: string | undefined, goals: readonly PlanGoal[]): void {
    if (!adapter || !clientId) return;
    if (this.loadedFor?.adapter !== adapter || this.loadedFor.clientId !== clientId) {
      this.stop();
      this.loadedFor = { adapter, clientId };
    }
    for (const goal of goals) {
      const meterId = goal.meter?.id;
      if (!meterId || !goal.areaLinkId || this.states.has(meterId)) continue;
      this.states.set(meterId, { status: 'loading' });
      const { signal } = this.controller;
      this.host.settle(this.load(adapter, clientId, meterId, signal));
      // A reading saved elsewhere on the page (the assessment's meter) or in another tab is drawn
      // without a reload; the trend shown stays until the new one is read.
      this.unfollow.push(
        followMeterReadings(adapter, clientId, meterId, () =>
          this.host.settle(this.load(adapter, clientId, meterId, signal)),
        ),
      );
    }
  }

  /** Drops every trend and abandons loads in flight. */
  stop(): void {
    for (const stop of this.unfollow) stop();
    this.unfollow = [];
    this.controller.abort();
    this.controller = new AbortController();
    this.states = new Map();
    this.loadedFor = undefined;
  }

  /** The latest load of each meter: an earlier one answering late is dropped. */
  private latest = new Map<string, object>();

  private async load(adapter: AnyAdapter, clientId: string, meterId: string, signal: AbortSignal): Promise<void> {
    const mine = {};
    this.latest.set(meterId, mine);
    let state: TrendState;
    try {
      if (typeof adapter.getTemplate !== 'function' || typeof adapter.listMeterReadings !== 'function') {
        warnOnce('plan:meter-methods', 'the adapter has no getTemplate() or listMeterReadings(): goals show no trend.');
        throw new Error('the adapter cannot read meters');
      }
      // A new reading changes the readings only: the meter already read is kept.
      const known = this.states.get(meterId);
      const shown = known?.status === 'ready' ? known.meter : undefined;
      const [template, listed] = await Promise.all([
        shown ? undefined : adapter.getTemplate(meterId, { signal }),
        adapter.listMeterReadings(clientId, meterId, { signal }),
      ]);
      const meter = shown ?? parseMeter(parseVersioned(AssessmentTemplateSchema, template).value);
      const readings: MeterReading[] = [];
      for (const answer of listed) {
        try {
          const reading = parseVersioned(MeterReadingSchema, answer).value;
          if (reading.clientId === clientId) readings.push(reading);
        } catch {
          // A reading that does not fit the model is left out; the others are drawn.
        }
      }
      state = { status: 'ready', meter, readings };
    } catch (raw) {
      const error = recognizeError(raw);
      if (isAbortError(error) || signal.aborted) return;
      state = { status: 'error', error };
    }
    if (signal.aborted || this.latest.get(meterId) !== mine) return;
    this.states.set(meterId, state);
    this.host.requestUpdate();
  }

  /** The trend of `goal`'s area: only that area's series, beside the goal. */
  view(goal: PlanGoal, index: number, language: string): TemplateResult | typeof nothing {
    const meterId = goal.meter?.id;
    const area = goal.areaLinkId;
    if (!meterId || !area) return nothing;
    const state = this.states.get(meterId);
    if (!state || state.status === 'loading') {
      return html`<p class="muted" role="status">${msg('Loading the trend…')}</p>`;
    }
    if (state.status === 'error') {
      return html`<p class="muted">${msg('The trend could not be shown.')} ${describeError(state.error, 'load')}</p>`;
    }
    let cached = this.trends.get(state);
    if (cached?.language !== language) {
      cached = { language, trend: meterTrendData(state.meter, state.readings, language) };
      this.trends.set(state, cached);
    }
    const { trend } = cached;
    // Named by the area as well: two goals following one meter get two trends told apart.
    const areaLabel = trend.meter.areas.find((a) => a.linkId === area)?.label ?? area;
    const meter = { ...trend.meter, title: `${trend.meter.title}: ${areaLabel}` };
    return meterTrendView(meter, trend.readings, { idPrefix: `goal-${String(index)}-trend`, areas: [area] });
  }
}
