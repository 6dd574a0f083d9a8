// `npm test` starts here: before building anything, it stops with the apt packages to install
// when a browser engine the tests run in is missing. With --missing-apt it prints only those
// packages' names (none when all are there), for .ci/run to install.
import { assertEngines, missingAptPackages } from './browsers.mjs';

if (process.argv.includes('--missing-apt')) {
  console.log(missingAptPackages().join(' '));
} else {
  assertEngines();
}
