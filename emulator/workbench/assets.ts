// The workbench's browser code: the page and the sidebar bridge, bundled by esbuild when the server starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const pageDir = join(__dirname, 'page');

export interface Assets {
  /** The whole page at `/`, style and script inline: it works offline and loads in one request. */
  page: string;
  /** Turns the HTML the add-on gave showSidebar into the page at /sidebar, google.script.* bridged to the server. */
  sidebar(html: string): string;
}

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(pageDir, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  // A script's text never closes the tag it sits in.
  return result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

export async function buildAssets(): Promise<Assets> {
  const [main, bridge] = await Promise.all([bundle('main.ts'), bundle('bridge.ts')]);
  const css = readFileSync(join(pageDir, 'style.css'), 'utf8');
  const page = readFileSync(join(pageDir, 'index.html'), 'utf8')
    .replace('<!-- style -->', () => `<style>\n${css}\n</style>`)
    .replace('<!-- script -->', () => `<script>\n${main}\n</script>`);
  const bridgeTag = `<script>\n${bridge}\n</script>`;
  return {
    page,
    sidebar(html: string): string {
      // The bridge runs before the add-on's own scripts, which may call google.script.run as they load.
      const opening = /<head[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
      const at = opening ? opening.index + opening[0].length : 0;
      return `${html.slice(0, at)}\n${bridgeTag}${html.slice(at)}`;
    },
  };
}
