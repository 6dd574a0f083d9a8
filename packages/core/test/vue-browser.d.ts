// Vue's browser build, which the reactive-proxy test imports by path (no bundler to pick it).
declare module 'vue/dist/vue.runtime.esm-browser.js' {
  export { reactive } from 'vue';
}
