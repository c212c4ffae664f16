// Preloaded into the app's processes by `npm run bench:load -- --cpu-prof=DIR` (NODE_OPTIONS=--import; Node
// refuses --cpu-prof there): profiles the process that serves the app (scripts/serve.ts) from its start,
// and writes a V8 CPU profile into CPU_PROFILE_DIR when it exits. Any other process is left alone.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.CPU_PROFILE_DIR;
if (dir && process.argv.some((arg) => arg.endsWith('scripts/serve.ts'))) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.on('exit', () => {
    // An in-process inspector session answers synchronously, so this is written before the process ends.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `serve-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
