import { defineConfig } from 'vitest/config';

// base './' keeps every asset URL relative, so the build runs from any sub-path (itch.io included).
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: { manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20000,
  },
});
