import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The caseworkers' web app, built to static files that the API serves at `/`. JSX is
// compiled by Vite's own transformer (oxc); the app needs no dev-server plugin.
export default defineConfig({
  root: here('.'),
  base: '/',
  resolve: {
    alias: {
      '@teilhabe/rules': here('../../libs/rules/src/index.ts'),
      // The reports' one chart spec, which the API renders for the PDF (no Nest in it).
      '@teilhabe/report-chart': here('../../libs/reports/src/chart/report-chart.ts'),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // No inline scripts or styles: the pages run under a CSP without 'unsafe-inline'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      onwarn(warning, warn) {
        // React Router marks its modules "use client", which means nothing without a server renderer.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
