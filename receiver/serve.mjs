// `npm start`: the built demo (dist/demo) and the reference receiver on one origin, under the strict CSP a government site sets.
// DEMO ONLY configuration: the receiver trusts the demo's fixed development key (receiver/demo-key.mjs).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PUBLIC_JWK } from './demo-key.mjs';
import { createReceiver } from './receiver.mjs';
import { sqliteStorage } from './storage.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const CSP = "default-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** The demo's window for first grade: opened on the 1st of this month (Kazakhstan time), closes 31 August, as demo/demo.ts sets it. */
function demoWindow(now = new Date()) {
  const kz = new Date(now.getTime() + 5 * 3600_000);
  return { opens: `${kz.getUTCFullYear()}-${String(kz.getUTCMonth() + 1).padStart(2, '0')}-01`, closes: '08-31' };
}

/** What the demo's endpoint for each service trusts: webcrypto signatures by the demo key only, on this server's clock. */
export function demoVerifyOptions(service, now = () => new Date()) {
  return {
    service,
    acceptSignatures: ['webcrypto'],
    trustedKeys: [DEMO_PUBLIC_JWK],
    now,
    ...(service === 'school-enrollment' ? { window: demoWindow(now()) } : {}),
    timeoutMs: 10_000,
  };
}

/** Static files from `root` (GET/HEAD only, no directory listing, nothing outside root). */
function serveStatic(root) {
  const base = resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(base, pathname));
    if ((file !== base && !file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/**
 * The demo server: the receiver's route, else the built demo.
 * @param {{ root?: string, dataDir?: string, storage?: import('./storage.mjs').Storage, log?: (entry: object) => void, now?: () => Date }} options
 */
export function createDemoServer(options = {}) {
  const storage = options.storage ?? sqliteStorage(options.dataDir ?? join(here, '..', '.receiver-data'));
  const receive = createReceiver({ storage, verifyOptions: (service) => demoVerifyOptions(service, options.now), log: options.log });
  const statics = serveStatic(options.root ?? join(here, '..', 'dist', 'demo'));
  const server = createServer((req, res) => {
    receive(req, res).then((handled) => {
      if (!handled) statics(req, res);
    });
  });
  server.on('close', () => storage.close());
  return { server, storage };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(here, '..', 'dist', 'demo');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/demo is missing: run `npm run build` (npm start does).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const { server } = createDemoServer({ root, dataDir: process.env.RECEIVER_DATA });
  server.listen(port, host, () => console.log(`Demo and receiver on http://${host}:${port}/ (POST /api/applications/<service>)`));
}
