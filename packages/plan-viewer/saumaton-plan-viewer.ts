/**
 * Registers `<saumaton-plan-viewer>`. Import this module for its side effect:
 * `import '@saumaton/plan-viewer/saumaton-plan-viewer.js';`
 */
import { define } from '@saumaton/elements';
import { PlanViewer } from './src/PlanViewer.js';

define('saumaton-plan-viewer', PlanViewer);

declare global {
  interface HTMLElementTagNameMap {
    'saumaton-plan-viewer': PlanViewer;
  }
}

export { PlanViewer };
