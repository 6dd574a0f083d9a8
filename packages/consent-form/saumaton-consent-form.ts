/**
 * Registers `<saumaton-consent-form>`. Import this module for its side effect:
 * `import '@saumaton/consent-form/saumaton-consent-form.js';`
 */
import { define } from '@saumaton/elements';
import { ConsentForm } from './src/ConsentForm.js';

define('saumaton-consent-form', ConsentForm);

declare global {
  interface HTMLElementTagNameMap {
    'saumaton-consent-form': ConsentForm;
  }
}

export { ConsentForm };
