// `npm start`: serves the workbench on PORT (default 8080), its state kept in .workbench/ or WORKBENCH_STATE_DIR.
import { join } from 'node:path';
import { type RunningWorkbench, startWorkbench } from './workbench';

const root = join(__dirname, '..', '..');

let running: RunningWorkbench | undefined;

// Every change is on disk once answered (a hand edit as a journal line, the rest as a snapshot written in the same
// task). With a listener, Node handles a stop (Ctrl+C, SIGTERM) between tasks; the stop then folds the journal
// into one snapshot, so the next start has nothing to replay.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    running?.save();
    process.exit(0);
  });

startWorkbench({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST,
  stateDir: process.env.WORKBENCH_STATE_DIR ?? join(root, '.workbench'),
  buildDir: process.env.WORKBENCH_BUILD_DIR ?? join(root, 'build'),
}).then(
  (workbench) => {
    running = workbench;
    console.log(`Alliance Kit workbench: ${workbench.url}`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
