// npm run deploy stops, before any check or push, while .clasp.json names no script of the deployer's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deployScript = join(__dirname, '..', '..', 'scripts', 'deploy.mjs');

/** A project whose lint, test and build steps leave a mark, so the test sees whether deploy ran them. */
function project(clasp: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-deploy-'));
  const mark = (step: string) => `node -e "require('fs').writeFileSync('ran-${step}', '')"`;
  const scripts = { lint: mark('lint'), test: mark('test'), build: mark('build') };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'deploy-check', private: true, scripts }));
  if (clasp !== null) writeFileSync(join(dir, '.clasp.json'), clasp);
  return dir;
}

function deploy(dir: string) {
  const result = spawnSync(process.execPath, [deployScript], { cwd: dir, encoding: 'utf8' });
  const ran = ['lint', 'test', 'build'].filter((step) => existsSync(join(dir, `ran-${step}`)));
  return { status: result.status, stderr: result.stderr, ran };
}

describe('npm run deploy', () => {
  it('stops with a clear message and a failure exit while scriptId is empty, running nothing', () => {
    const { status, stderr, ran } = deploy(project('{ "scriptId": "", "rootDir": "build" }'));
    expect(status).not.toBe(0);
    expect(stderr).toContain('.clasp.json has no script id of yours (scriptId is "")');
    expect(stderr).toContain('npx clasp login');
    expect(ran).toEqual([]);
  });

  it('treats a placeholder as no script id', () => {
    const { status, stderr, ran } = deploy(project('{ "scriptId": "YOUR_SCRIPT_ID", "rootDir": "build" }'));
    expect(status).not.toBe(0);
    expect(stderr).toContain('no script id of yours (scriptId is "YOUR_SCRIPT_ID")');
    expect(ran).toEqual([]);
  });

  it('stops while .clasp.json is missing', () => {
    const { status, stderr, ran } = deploy(project(null));
    expect(status).not.toBe(0);
    expect(stderr).toContain('.clasp.json is missing');
    expect(ran).toEqual([]);
  });
});
