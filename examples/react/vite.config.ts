import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain React + Vite setup: nothing Saumaton needs beyond the defaults.
export default defineConfig({
  plugins: [react()],
});
