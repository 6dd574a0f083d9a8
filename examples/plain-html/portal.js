/* global fetch */
// The portal's own script, as a provider without a bundler writes it: the Memory adapter from the
// embed folder (on the runtime the widget modules share) holding the example data and the
// service-need assessment template, given to every widget on the page; their events handled with
// addEventListener. The widgets follow <html lang>.
import { MemoryAdapter } from '/vendor/saumaton/saumaton-memory.js';

const data = await (await fetch('/example-data.json')).json();
const adapter = await MemoryAdapter.withData(data);
/** A professional of the county (its OID): edits the team, records and revokes consents, fills in the assessment. */
const viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };
/**
 * A professional of the service-voucher home-help producer (its OID), for the widgets marked
 * data-viewer="producer": in the client plan it may edit its own part, and reads every other.
 */
const producer = { kind: 'professional', organizationId: '1.2.246.10.99999999.20.7' };

/**
 * What the page says of a save: the detail is `{ kind, value, version }`, `value` the widget's
 * record (for the plan viewer, `plan-part`: the producer's part; `plan`: the whole plan).
 */
function describeSave({ kind, value, version }) {
  if (kind === 'team') {
    const coordinator = value.members.find((m) => m.role === 'coordinator')?.name;
    return `team, versio ${version}${coordinator ? `, koordinaattori ${coordinator}` : ''}`;
  }
  if (kind === 'consent') {
    const active = value.records.filter((r) => r.value.status === 'active').length;
    return `consent, ${value.records.length} kirjausta, joista voimassa ${active}`;
  }
  if (kind === 'plan-part') return `plan-part, ${value.producer.name}, versio ${version}`;
  if (kind === 'plan') return `plan, versio ${version}`;
  return kind;
}

const saved = document.getElementById('saved');
const changed = document.getElementById('changed');
const error = document.getElementById('error');
for (const widget of document.querySelectorAll('[data-saumaton]')) {
  widget.adapter = adapter;
  widget.viewer = widget.dataset.viewer === 'producer' ? producer : viewer;
  widget.addEventListener('saumaton-saved', (event) => {
    saved.textContent = `Tallennettu: ${describeSave(event.detail)}`;
    error.textContent = '';
  });
  // The assessment's answers are read, not pushed: the event names the question; the response is `value`.
  widget.addEventListener('saumaton-change', (event) => {
    changed.textContent = `Arviointia muutettu: ${event.detail.linkId}, vastauksia ${event.detail.answers.length}`;
  });
  widget.addEventListener('saumaton-error', (event) => {
    error.textContent = `Virhe: ${String(event.detail.error)}`;
  });
}
