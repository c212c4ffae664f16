// The app's HTTP server, started by scripts/start.ts and scripts/dev.ts (never run by hand): Next's request
// handler behind a plain Node server that stamps every request with the client's address (lib/security/
// client-address.ts). `next start` cannot do this: Next fills X-Forwarded-For from the socket only when
// the client sent none, so anything the app reads from it is the client's choice.
// Usage: serve.ts --port 3000 [--dev]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import next from 'next';
import { getEnv } from '../lib/env';
import { stampClientAddress } from '../lib/security/client-address';
import { stampPublicHost } from '../lib/security/public-host';

async function main(): Promise<void> {
  // The \`next\` command sets this before loading the app; a server of our own must too, or Next never calls
  // instrumentation.ts's register() and the in-process worker (email, escalation) never starts.
  process.env.NEXT_RUNTIME = 'nodejs';
  const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
  const dev = process.argv.includes('--dev');
  const trustedHops = getEnv().TRUSTED_PROXY_HOPS;
  const serverFiles = resolve('.next', 'required-server-files.json');
  if (!dev && existsSync(resolve('server.js')) && existsSync(serverFiles)) {
    // The Docker image's standalone output has no next.config.ts: Next reads the traced configuration
    // from here, as the standalone server.js it replaces would have told it to.
    const { config } = JSON.parse(readFileSync(serverFiles, 'utf8')) as { config: unknown };
    process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  }
  const server = createServer();
  const app = next({ dev, dir: process.cwd(), port, hostname: 'localhost', httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  server.on('request', (request, response) => {
    stampClientAddress(request, trustedHops);
    stampPublicHost(request, trustedHops);
    void handle(request, response);
  });
  await new Promise<void>((ready) => server.listen(port, ready));
  console.log(
    `[serve] Listening on port ${port}${trustedHops ? ` behind ${trustedHops} trusted proxies` : ''}.`,
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`\nThe app could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
