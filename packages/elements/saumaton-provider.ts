import { define } from './src/define.js';
import { SaumatonProvider } from './src/Provider.js';

define('saumaton-provider', SaumatonProvider);

declare global {
  interface HTMLElementTagNameMap {
    'saumaton-provider': SaumatonProvider;
  }
}
