/**
 * Registers `<saumaton-need-assessment>`. Import this module for its side effect:
 * `import '@saumaton/need-assessment/saumaton-need-assessment.js';`
 */
import { define } from '@saumaton/elements';
import { NeedAssessment } from './src/NeedAssessment.js';

define('saumaton-need-assessment', NeedAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'saumaton-need-assessment': NeedAssessment;
  }
}

export { NeedAssessment };
