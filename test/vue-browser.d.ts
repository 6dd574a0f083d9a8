// Vue's browser build, which the reactive-proxy tests (core, fhir) import by path: no bundler picks it.
declare module 'vue/dist/vue.runtime.esm-browser.js' {
  export { reactive } from 'vue';
}
