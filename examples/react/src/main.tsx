import './widgets.js'; // first: registers the elements before the first render
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryAdapter } from '@saumaton/core';
import { exampleData } from '@saumaton/core/examples';
import { App } from './App.js';

// One adapter for the page, made once: a new adapter object would make every widget load again.
void MemoryAdapter.withData(exampleData).then((adapter) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App adapter={adapter} />
    </StrictMode>,
  );
});
