/** The Vite build of the bare Phaser page: its own config, into a folder of the bench's choosing, never dist/. */
import { join } from 'node:path';
import type { InlineConfig } from 'vite';
import type { BareScene } from './bare-scene';

export function bareViteConfig(outDir: string, scene: BareScene): InlineConfig {
  const root = import.meta.dirname;
  return {
    configFile: false,
    root,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { __BARE_SCENE__: JSON.stringify(scene) },
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: join(root, 'bare.html'),
        output: { manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) },
      },
    },
  };
}
