/** Builds the web app into a folder of its own, so the test never touches packages/web/dist. */
import { build } from 'vite';
import { viteConfig } from '../../vite.config.js';

export async function buildWeb(outDir: string): Promise<void> {
  await build({
    ...viteConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...viteConfig.build, outDir, emptyOutDir: true },
  });
}
