// What the checks of built sites share (test/examples/run.mjs, test/demo/run.mjs): a static
// server for a built site, as any web server would serve it, and waiting for a condition in a
// page with a message that names what never showed.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves `site` on a free port of 127.0.0.1 (index.html for a folder). `policyOf(name)` gives the
 * Content-Security-Policy header of the file `name` (relative to the site), or undefined for none.
 */
export async function serveSite(site, policyOf = () => undefined) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      const policy = policyOf(file.slice(site.length).replace(/^[/\\]/, ''));
      if (policy) response.setHeader('content-security-policy', policy);
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Waits until `check` (run in the page) returns something truthy, and returns it; fails naming `what`. */
export async function until(page, what, check, ...args) {
  try {
    return await (await page.waitForFunction(check, { timeout: 15000, polling: 50 }, ...args)).jsonValue();
  } catch {
    throw new Error(`${what}: not seen within 15 s`);
  }
}
