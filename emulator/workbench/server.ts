// `npm start`: serves the workbench on PORT (default 8080), its state kept in .workbench/ or WORKBENCH_STATE_DIR.
import { join } from 'node:path';
import { startWorkbench } from './workbench';

const root = join(__dirname, '..', '..');

// Each request's state is saved right after its answer, in the same task. With a listener, Node handles a stop
// (Ctrl+C, SIGTERM) between tasks, so a save under way finishes before the workbench exits: no edit is lost.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));

startWorkbench({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST,
  stateDir: process.env.WORKBENCH_STATE_DIR ?? join(root, '.workbench'),
  buildDir: process.env.WORKBENCH_BUILD_DIR ?? join(root, 'build'),
}).then(
  (workbench) => console.log(`Alliance Kit workbench: ${workbench.url}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
