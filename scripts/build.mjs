// Builds the add-on: build/Code.js (server), build/<sidebar>.html (self-contained sidebars), build/appsscript.json.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { newerBuiltIns } from './built-ins.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build');
mkdirSync(out, { recursive: true });

/** The names Apps Script must find as top-level functions: every export of src/index.ts. */
async function exportedNames() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

async function buildServer() {
  const names = await exportedNames();
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'AllianceKit',
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
  });
  // Menus, triggers and google.script.run only see real top-level functions.
  const entries = names
    .sort()
    .map((name) => `function ${name}(...args) { return AllianceKit.${name}(...args); }`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n${entries}\n`;
  const refused = newerBuiltIns(code);
  if (refused.length > 0) {
    throw new Error(
      `build/Code.js would use built-ins newer than ES2020 that Apps Script may lack: ${refused.join('; ')}`,
    );
  }
  writeFileSync(join(out, 'Code.js'), code);
}

async function buildSidebars() {
  const dir = join(root, 'sidebar');
  // Every sidebar shares one page; a sidebar is its folder's main.ts and, if it has one, style.css.
  const html = readFileSync(join(dir, 'shared', 'index.html'), 'utf8');
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory() || name.name === 'shared') continue;
    const folder = join(dir, name.name);
    const script = await esbuild.build({
      entryPoints: [join(folder, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      write: false,
      minify: true,
    });
    const cssFiles = [join(dir, 'shared', 'sidebar.css'), join(folder, 'style.css')].filter(existsSync);
    const css = cssFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
    // The page is an Apps Script template (its <html lang>): any other "<?" would be read as a scriptlet.
    if (`${css}${script.outputFiles[0].text}`.includes('<?'))
      throw new Error(`sidebar/${name.name} contains "<?"`);
    // Inline everything: a sidebar makes no request of its own, so it works offline and needs no CDN.
    const page = html
      .replace('<!-- style -->', () => `<style>\n${css}\n</style>`)
      .replace(
        '<!-- script -->',
        () => `<script>\n${script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')}\n</script>`,
      );
    writeFileSync(join(out, `${name.name}.html`), page);
  }
}

await Promise.all([buildServer(), buildSidebars()]);
copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
console.log('built build/Code.js, sidebars and appsscript.json');
