/* global fetch */
// The portal's own script, as a provider without a bundler writes it: the Memory adapter from the
// embed folder (on the runtime the widget modules share) holding the example data, given to every
// widget on the page; their events handled with addEventListener. The widgets follow <html lang>.
import { MemoryAdapter } from '/vendor/saumaton/saumaton-memory.js';

const data = await (await fetch('/example-data.json')).json();
const adapter = await MemoryAdapter.withData(data);
const viewer = { kind: 'professional' };

const saved = document.getElementById('saved');
const error = document.getElementById('error');
for (const widget of document.querySelectorAll('[data-saumaton]')) {
  widget.adapter = adapter;
  widget.viewer = viewer;
  widget.addEventListener('saumaton-saved', (event) => {
    const { kind, value, version } = event.detail;
    const coordinator = kind === 'team' ? value.members.find((m) => m.role === 'coordinator')?.name : undefined;
    saved.textContent = `Tallennettu: ${kind}, versio ${version}${coordinator ? `, koordinaattori ${coordinator}` : ''}`;
    error.textContent = '';
  });
  widget.addEventListener('saumaton-error', (event) => {
    error.textContent = `Virhe: ${String(event.detail.error)}`;
  });
}
