import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** The API server `npm run dev` proxies to (packages/server's default port). */
const API_TARGET = process.env['LANTU_API'] ?? 'http://127.0.0.1:8080';

export const viteConfig: UserConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the same build works wherever the server mounts it.
  base: './',
  // Brotli and gzip copies beside each built file (`x.js.br`, `x.js.gz`): the server sends
  // the one the browser accepts without compressing on every request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: { proxy: { '/api': { target: API_TARGET, changeOrigin: true } } },
  preview: { proxy: { '/api': { target: API_TARGET, changeOrigin: true } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is lazy-loaded with the indicator page; the warning limit guards the rest.
    chunkSizeWarningLimit: 600,
  },
};

export default defineConfig(viteConfig);
