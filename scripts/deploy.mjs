// `npm run deploy`: checks that .clasp.json names the deployer's script, then lints, tests, builds and runs clasp push.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// npm runs scripts from the project root, where .clasp.json lives.
const root = process.cwd();
const claspFile = join(root, '.clasp.json');

const HOW_TO = `
Give .clasp.json the id of your own Apps Script project, then run npm run deploy again:
  1. npx clasp login
  2. Either copy the Script ID from Project Settings of your Apps Script project into .clasp.json:
       { "scriptId": "<your script id>", "rootDir": "build" }
     or make a new spreadsheet with its script (clasp create refuses to overwrite .clasp.json, so remove it first):
       rm .clasp.json && npx clasp create --type sheets --title "Alliance Kit" --rootDir build
  See the README, section Deployment.`;

function stop(reason) {
  console.error(`Deploy stopped: ${reason}${HOW_TO}`);
  process.exit(1);
}

/** A real script id: 20 or more letters, digits, - and _, and not the wording of a placeholder. */
function isScriptId(value) {
  return (
    typeof value === 'string' &&
    /^[A-Za-z0-9_-]{20,}$/.test(value) &&
    !/your|script_?id|placeholder/i.test(value)
  );
}

let clasp;
try {
  clasp = JSON.parse(readFileSync(claspFile, 'utf8'));
} catch (error) {
  stop(
    error.code === 'ENOENT'
      ? `${claspFile} is missing.`
      : `${claspFile} is not valid JSON (${error.message}).`,
  );
}
if (!isScriptId(clasp.scriptId)) {
  stop(`${claspFile} has no script id of yours (scriptId is ${JSON.stringify(clasp.scriptId ?? null)}).`);
}
if (clasp.rootDir !== 'build') {
  stop(`${claspFile} must have "rootDir": "build", where npm run build writes what Apps Script runs.`);
}

/** Runs one step in the project root, showing its output, and stops the deploy at the first failure. */
function step(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`Deploy stopped: ${command} ${args.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
}

step('npm', ['run', 'lint']);
step('npm', ['test']);
step('npm', ['run', 'build']);
// Extra arguments go to clasp, e.g. `npm run deploy -- --force` to push a changed manifest without asking.
step('npx', ['clasp', 'push', ...process.argv.slice(2)]);
console.log(
  '\nPushed build/ to your Apps Script project. Test it with Deploy › Test deployments in the script editor.',
);
