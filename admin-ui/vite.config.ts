import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ServerOptions } from 'vite';

// The console talks to the API only through /api, so the same build works behind any reverse proxy.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3001';

const server: ServerOptions = {
  host: '127.0.0.1',
  port: 3000,
  strictPort: true,
  proxy: { '/api': { target: apiTarget, changeOrigin: true } },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read domain from its sources so the console never waits for a build of it.
    alias: [
      {
        find: /^@hospital-crm\/domain$/,
        replacement: fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
      },
    ],
  },
  server,
  preview: server,
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 20 },
            // Everything else but the chart libraries: charts are drawn on a few pages only, and load
            // with the first of them (a lazy import), not with the console.
            {
              name: 'react-admin',
              test: /node_modules[\\/](?!(recharts|@hello-pangea|css-box-model|raf-schd|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|@reduxjs|react-redux|reselect|immer|es-toolkit)[\\/])/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
