import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import {
  AssessmentTemplateSchema,
  MeterReadingSchema,
  checkMeterReading,
  isAbortError,
  newId,
  parseVersioned,
  recognizeError,
  todayInFinland,
  type AnyAdapter,
  type MeterReading,
  type RaterKind,
} from '@saumaton/core';
import { describeError, warnOnce } from '@saumaton/elements';
import type { RecordBridge } from './bridge.js';
import { followMeterReadings, meterTrendStyles, meterTrendView } from '@saumaton/elements/meter-trend';
import { textIn } from '@saumaton/questionnaire/lazy';
import { bandOf, meterTrendData, parseMeter, type MeterDefinition } from '@saumaton/questionnaire/meter';

type MeterState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly meter: MeterDefinition;
      readonly readings: readonly MeterReading[];
      /** Readings the adapter gave that do not fit the model or the meter: left out, and said. */
      readonly refused: number;
    };

interface ReadingForm {
  date: string;
  rater: RaterKind | undefined;
  values: Record<string, string>;
  problems: Partial<Record<string, string>>;
  saving: boolean;
  error?: unknown;
}

/**
 * A client's life-situation meter (or any meter loaded as a template): its readings over time
 * as a chart and a table (`@saumaton/elements/meter-trend`), and a form for a new reading, on
 * its own or as part of an assessment. Loaded only when the element is given `meter-id`.
 */
export class MeterRecord implements ReactiveController {
  private state: MeterState = { status: 'loading' };
  private loadedFor: string | undefined;
  private controller: AbortController | undefined;
  private form: ReadingForm | undefined;
  /** Stops following new readings of the meter shown. */
  private unfollow: (() => void) | undefined;

  constructor(private readonly bridge: RecordBridge) {
    bridge.addStyles([meterTrendStyles]);
    bridge.host.addController(this);
  }

  hostConnected(): void {
    this.loadedFor = undefined;
    this.sync();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.unfollow?.();
    this.unfollow = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  private sync(): void {
    const adapter = this.bridge.adapter();
    const key = `${this.bridge.clientId() ?? ''}|${this.bridge.meterId() ?? ''}`;
    if (!adapter || !this.bridge.clientId() || !this.bridge.meterId()) return;
    if (this.loadedFor === key && this.adapterUsed === adapter) return;
    this.loadedFor = key;
    this.adapterUsed = adapter;
    this.bridge.settle(this.load(adapter));
    // A reading saved elsewhere (another widget, another tab) is read in, the trend staying shown meanwhile.
    this.unfollow?.();
    // Its own save reads the readings again itself, once the save has answered.
    this.unfollow = followMeterReadings(adapter, this.bridge.clientId()!, this.bridge.meterId()!, () => {
      if (!this.form?.saving) this.bridge.settle(this.load(adapter, true));
    });
  }

  private adapterUsed: AnyAdapter | undefined;

  /**
   * Reads the meter and the client's readings of it again; `quietly`, with what is shown kept
   * until then and the meter already read kept too (only the readings are new).
   */
  async load(adapter = this.bridge.adapter(), quietly = false): Promise<void> {
    const clientId = this.bridge.clientId();
    const meterId = this.bridge.meterId();
    if (!adapter || !clientId || !meterId) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    if (!quietly || this.state.status !== 'ready') {
      this.state = { status: 'loading' };
      this.bridge.host.requestUpdate();
    }
    try {
      if (typeof adapter.getTemplate !== 'function' || typeof adapter.listMeterReadings !== 'function') {
        warnOnce('assessment:meter-methods', 'the adapter has no getTemplate() or listMeterReadings().');
        throw new Error('the adapter cannot read meters');
      }
      const shown = quietly && this.state.status === 'ready' ? this.state.meter : undefined;
      const [template, listed] = await Promise.all([
        shown ? undefined : adapter.getTemplate(meterId, { signal }),
        adapter.listMeterReadings(clientId, meterId, { signal }),
      ]);
      const meter = shown ?? parseMeter(parseVersioned(AssessmentTemplateSchema, template).value);
      let refused = 0;
      const readings: MeterReading[] = [];
      for (const answer of listed) {
        try {
          const reading = parseVersioned(MeterReadingSchema, answer).value;
          if (reading.clientId !== clientId || checkMeterReading(reading, { ...meter.scale, integer: true }).length) {
            refused++;
          } else readings.push(reading);
        } catch {
          refused++;
        }
      }
      if (signal.aborted) return;
      this.state = { status: 'ready', meter, readings, refused };
    } catch (raw) {
      const error = recognizeError(raw);
      if (isAbortError(error) || signal.aborted) return;
      this.state = { status: 'error', error };
    }
    this.bridge.host.requestUpdate();
  }

  private get canRate(): boolean {
    const viewer = this.bridge.viewer();
    const adapter = this.bridge.adapter();
    return this.bridge.editable() && viewer?.kind === 'professional' && typeof adapter?.saveMeterReading === 'function';
  }

  // ---- a new reading ---------------------------------------------------------------------------

  private open(): void {
    this.form = { date: todayInFinland(), rater: undefined, values: {}, problems: {}, saving: false };
    this.bridge.host.requestUpdate();
    this.bridge.focus('#meter-reading-date');
  }

  private close(): void {
    this.form = undefined;
    this.bridge.host.requestUpdate();
    this.bridge.focus('#meter-add');
  }

  private async saveReading(meter: MeterDefinition): Promise<void> {
    const form = this.form;
    const adapter = this.bridge.adapter();
    const clientId = this.bridge.clientId();
    if (!form || form.saving || !adapter?.saveMeterReading || !clientId) return;
    const problems: Partial<Record<string, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) problems.date = msg('Give the day of the reading.');
    else if (form.date > todayInFinland()) problems.date = msg('The day of a reading cannot be in the future.');
    if (!form.rater) problems.rater = msg('Choose who rated.');
    const values = meter.areas.map((area) => {
      const typed = form.values[area.linkId] ?? '';
      return { linkId: area.linkId, value: typed === '' ? null : Number(typed) };
    });
    if (values.every((v) => v.value === null)) problems.values = msg('Rate at least one area.');
    form.problems = problems;
    if (Object.keys(problems).length) {
      this.bridge.announce(msg('Check the reading.'));
      this.bridge.host.requestUpdate();
      this.bridge.focus('.meter-form [aria-invalid="true"]');
      return;
    }
    const assessmentId = this.bridge.assessmentId();
    const reading: MeterReading = {
      id: newId('meter-reading'),
      clientId,
      meter: {
        id: meter.id,
        ...(meter.url ? { url: meter.url } : {}),
        ...(meter.version ? { version: meter.version } : {}),
      },
      date: form.date,
      rater: { kind: form.rater! },
      values,
      ...(assessmentId ? { assessmentId } : {}),
    };
    form.saving = true;
    delete form.error;
    this.bridge.host.requestUpdate();
    try {
      await adapter.saveMeterReading(reading, null);
      this.form = undefined;
      this.bridge.announce(msg('The reading was saved.'));
      await this.load(adapter, true);
      this.bridge.focus('#meter-add');
    } catch (raw) {
      form.saving = false;
      form.error = recognizeError(raw);
      this.bridge.host.requestUpdate();
      this.bridge.focus('.meter-form .state.error');
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    if (!this.bridge.clientId() || !this.bridge.meterId()) return nothing;
    const state = this.state;
    const heading = html`<h3 id="meter-heading">${msg('Meter')}</h3>`;
    if (state.status === 'loading') {
      return html`<section class="meter" aria-labelledby="meter-heading" aria-busy="true">
        ${heading}
        <p role="status">${msg('Loading the readings…')}</p>
      </section>`;
    }
    if (state.status === 'error') {
      return html`<section class="meter" aria-labelledby="meter-heading">
        ${heading}
        <div class="state error" role="alert">
          <p>${msg('The meter could not be shown:')} ${describeError(state.error)}</p>
          <button type="button" @click=${() => void this.load()}>${msg('Try again')}</button>
        </div>
      </section>`;
    }
    const { meter, readings, refused } = state;
    const language = this.bridge.locale();
    const trend = meterTrendData(meter, readings, language);
    // The trend brings the meter's heading and its own labelled section; the licence follows it.
    return html`<div class="meter">
      ${meterTrendView(trend.meter, trend.readings, { idPrefix: 'meter' })}
      ${meter.copyright ? html`<p class="meter-licence">${meter.copyright}</p>` : nothing}
      ${
        refused
          ? html`<p class="notice">
              ${
                refused === 1
                  ? msg('One reading could not be shown: it does not fit the meter.')
                  : msg(str`${refused} readings could not be shown: they do not fit the meter.`)
              }
            </p>`
          : nothing
      }
      ${
        this.canRate
          ? this.form
            ? this.renderForm(meter, this.form, language)
            : html`<button type="button" id="meter-add" class="no-print" @click=${() => this.open()}>
                ${msg('Add a reading')}
              </button>`
          : nothing
      }
    </div>`;
  }

  private renderForm(meter: MeterDefinition, form: ReadingForm, language: string): TemplateResult {
    const update = (): void => this.bridge.host.requestUpdate();
    const problem = (key: string, id: string) =>
      form.problems[key] ? html`<p class="problem" id=${id}>${form.problems[key]}</p>` : nothing;
    return html`<form
      class="meter-form no-print"
      aria-labelledby="meter-form-heading"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.saveReading(meter);
      }}
    >
      <h4 id="meter-form-heading">${msg('A new reading')}</h4>
      ${
        form.error
          ? html`<div class="state error" role="alert" tabindex="-1">
              <p>${msg('The reading could not be saved:')} ${describeError(form.error)}</p>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="meter-reading-date">${msg('Day of the reading')}</label>
        <input
          id="meter-reading-date"
          type="date"
          .value=${form.date}
          max=${todayInFinland()}
          aria-invalid=${form.problems.date ? 'true' : 'false'}
          aria-describedby=${form.problems.date ? 'meter-date-problem' : nothing}
          @input=${(e: Event) => {
            form.date = (e.target as HTMLInputElement).value;
          }}
        />
        ${problem('date', 'meter-date-problem')}
      </div>
      <fieldset
        aria-invalid=${form.problems.rater ? 'true' : 'false'}
        aria-describedby=${form.problems.rater ? 'meter-rater-problem' : nothing}
      >
        <legend>${msg('Who rated')}</legend>
        ${meter.raters.map(
          (rater) =>
            html`<label class="choice">
              <input
                type="radio"
                name="meter-rater"
                value=${rater}
                .checked=${form.rater === rater}
                @change=${() => {
                  form.rater = rater;
                  update();
                }}
              />
              ${rater === 'client' ? msg('The client') : msg('A professional')}
            </label>`,
        )}
        ${problem('rater', 'meter-rater-problem')}
      </fieldset>
      <fieldset aria-describedby=${form.problems.values ? 'meter-values-problem' : nothing}>
        <legend>${msg(str`Ratings from ${meter.scale.min} to ${meter.scale.max}`)}</legend>
        ${problem('values', 'meter-values-problem')}
        <div class="meter-areas">
          ${meter.areas.map((area) => {
            const id = `meter-area-${area.linkId}`;
            const value = form.values[area.linkId] ?? '';
            const band = value === '' ? undefined : bandOf(meter, Number(value));
            return html`<div class="field">
              <label for=${id}>${textIn(area.text, language) ?? area.linkId}</label>
              <select
                id=${id}
                .value=${value}
                @change=${(e: Event) => {
                  form.values[area.linkId] = (e.target as HTMLSelectElement).value;
                  update();
                }}
              >
                <option value="">${msg('Not rated')}</option>
                ${range(meter.scale.min, meter.scale.max).map(
                  (n) => html`<option value=${String(n)} ?selected=${value === String(n)}>${n}</option>`,
                )}
              </select>
              ${band ? html`<span class="band">${textIn(band.label, language)}</span>` : nothing}
            </div>`;
          })}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${form.saving ? 'true' : 'false'}>
          ${form.saving ? msg('Saving…') : msg('Save the reading')}
        </button>
        <button type="button" @click=${() => this.close()}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
