// Drives one server with autocannon: every request is the final POST of a finished journey, each with its
// own journey cookie (one prepared draft per request) and its own network address, as real parents have.
// Latency percentiles come from every response's own time, so p95 is exact rather than autocannon's p97.5.
import autocannon from 'autocannon';

export interface FireResult {
  sent: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export async function fire(options: {
  url: string;
  path: string;
  body: string;
  contentType: string;
  tokens: string[];
  connections: number;
  /** The status that means "accepted" (303 for both servers). */
  expect: number;
  /** For a soak: run this long at this many requests per second instead of one per token at full speed. */
  seconds?: number;
  perSecond?: number;
}): Promise<FireResult> {
  let next = 0;
  const times: number[] = [];
  let errors = 0;
  const began = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      ...(options.seconds
        ? { duration: options.seconds, overallRate: options.perSecond }
        : { amount: options.tokens.length }),
      timeout: 60,
      requests: [
        {
          method: 'POST',
          path: options.path,
          body: options.body,
          headers: { 'content-type': options.contentType, origin: options.url },
          setupRequest: (request) => {
            const i = next++;
            const token = options.tokens[i % options.tokens.length];
            return {
              ...request,
              headers: {
                ...request.headers,
                cookie: `report_journey=${token}`,
                'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
              },
            };
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, status, _bytes, responseTime) => {
    if (status === options.expect) times.push(responseTime);
    else errors += 1;
  });
  const result = await done;
  const seconds = (performance.now() - began) / 1000;
  times.sort((a, b) => a - b);
  return {
    sent: times.length,
    errors: errors + result.errors + result.timeouts,
    perSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
}
