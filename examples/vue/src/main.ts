import './widgets.js'; // first: registers the elements before the app mounts
import { createApp, markRaw } from 'vue';
import { MemoryAdapter } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import App from './App.vue';

// One adapter for the page, made once and kept out of Vue's reactivity (markRaw): nothing in it
// is state for Vue to track, and a new adapter object would make every widget load again.
void MemoryAdapter.withData(exampleData).then((adapter) => {
  createApp(App, { adapter: markRaw(adapter) }).mount('#app');
});
