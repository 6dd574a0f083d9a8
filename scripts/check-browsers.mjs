// `npm test` starts here: before building anything, it stops with the apt packages to install
// when a browser engine the tests run in is missing.
import { assertEngines } from './browsers.mjs';

assertEngines();
