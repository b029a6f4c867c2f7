import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the renderer only; main and preload are bundled by scripts/build-electron.mjs. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
  },
});
