// Builds the console with Vite into a scratch folder and serves it with `vite preview`, /api proxied
// to $API_URL. A process of its own: Vite is ESM-only and jest's module system cannot load it.
// Prints `READY <url>` once serving; stops on SIGTERM.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const [outDir, port] = process.argv.slice(2);
if (!outDir || !port) {
  console.error('usage: serve-console.mjs <outDir> <port>');
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const configFile = path.join(root, 'vite.config.ts');

await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5_000 } });
const server = await preview({
  root,
  configFile,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: Number(port), strictPort: true, open: false },
});
console.log(`READY ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`);

const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
