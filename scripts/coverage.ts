// npm run coverage: writes docs/emulator-coverage.md, what the emulator covers of each Apps Script class.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_FILE, coverageMarkdown } from '../emulator/coverage';

writeFileSync(join(__dirname, '..', COVERAGE_FILE), coverageMarkdown());
console.log(`wrote ${COVERAGE_FILE}`);
