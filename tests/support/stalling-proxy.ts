// A TCP proxy in front of Postgres that a test can stall the way a paused (SIGSTOPped) server stalls: the
// connection stays open, nothing comes back, and what was sent is delivered, in order, when it resumes.
import { connect, createServer, type Socket } from 'node:net';

export interface StallingProxy {
  url: string;
  /** From now on, hold everything in both directions (new connections too). */
  stall: () => void;
  /** Hold everything from the first chunk in `direction` that contains `text` (that chunk included). */
  stallAt: (direction: 'to-server' | 'to-client', text: string) => void;
  /** Deliver what was held, in order, and carry on. */
  resume: () => void;
  stalled: () => boolean;
  close: () => Promise<void>;
}

export async function startStallingProxy(databaseUrl: string): Promise<StallingProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  let isStalled = false;
  let trigger: { direction: 'to-server' | 'to-client'; text: string } | undefined;

  const forward = (from: Socket, to: Socket, direction: 'to-server' | 'to-client') =>
    from.on('data', (chunk: Buffer) => {
      if (trigger?.direction === direction && chunk.includes(trigger.text)) {
        trigger = undefined;
        isStalled = true;
      }
      if (isStalled) held.push(() => to.write(chunk));
      else to.write(chunk);
    });

  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    // A closed client reaches the server only once the stall is over, as with a paused server.
    client.on('end', () => (isStalled ? held.push(() => upstream.end()) : upstream.end()));
    upstream.on('end', () => client.end());
    forward(client, upstream, 'to-server');
    forward(upstream, client, 'to-client');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    stall: () => void (isStalled = true),
    stallAt: (direction, text) => void (trigger = { direction, text }),
    resume: () => {
      isStalled = false;
      for (const deliver of held.splice(0)) deliver();
    },
    stalled: () => isStalled,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
