// The FHIR adapter kept in Vue's deep reactive state (Vue's own `reactive()`, its browser build),
// as a Vue portal that forgets `shallowRef` keeps it: the whole adapter contract still holds.
import { adapterConformance } from '@saumaton/core/conformance';
import { reactive } from 'vue/dist/vue.runtime.esm-browser.js';
import { seededTenant } from './server.js';

adapterConformance("FhirAdapter in Vue's reactive()", {
  async create(fixtures) {
    return reactive((await seededTenant(fixtures)).adapter());
  },
});
