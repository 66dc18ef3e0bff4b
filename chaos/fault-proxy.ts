import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy did to the traffic, by kind (counts). */
export type ProxyFaults = {
  /** Request swallowed: the connection is cut before the server sees it. */
  dropped: number;
  /** Request held for 0 to `maxDelayMs` before it is forwarded. */
  delayed: number;
  /** Request held back until a later request has overtaken it. */
  reordered: number;
  /** Request forwarded twice; the copy arrives up to `maxDelayMs` later and its answer is thrown away. */
  duplicated: number;
  /** The server answered, but the connection is cut halfway through the response. */
  cut: number;
  /** Not injected: the server could not be reached (it was down), so the client's connection is cut. */
  upstreamDown: number;
};

export type FaultRates = { drop: number; delay: number; reorder: number; duplicate: number; cut: number };

export type FaultProxy = {
  url: string;
  faults: ProxyFaults;
  /** Off (the start): requests pass untouched, as while workers log in. */
  injecting: boolean;
  close(): Promise<void>;
};

type Forwarded = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** The server's headers for a body the proxy sends whole: hop-by-hop framing is the proxy's own. */
function endToEndHeaders(answer: Forwarded): http.OutgoingHttpHeaders {
  const { 'transfer-encoding': _framing, connection: _connection, 'keep-alive': _keepAlive, ...headers } = answer.headers;
  return { ...headers, 'content-length': String(answer.body.length) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An HTTP proxy in front of `upstream` (http://host:port) that misbehaves like a bad exam-room
 * network: each request independently may be dropped, delayed, reordered, duplicated or have its
 * answer cut off, with the given probabilities (0..1). It never makes up an HTTP answer itself:
 * whatever fails fails as a broken connection, as it would on a real network. Hand-written because
 * the proxy libraries at hand (http-proxy, toxiproxy) work on streams or need a daemon, and the
 * faults here are per request.
 */
export async function startFaultProxy(upstream: string, rates: FaultRates, maxDelayMs = 2_000): Promise<FaultProxy> {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const faults: ProxyFaults = { dropped: 0, delayed: 0, reordered: 0, duplicated: 0, cut: 0, upstreamDown: 0 };
  const heldBack = new Set<() => void>();

  const forward = (req: http.IncomingMessage, body: Buffer) =>
    new Promise<Forwarded>((resolve, reject) => {
      const outgoing = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host }, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  /** Lets every request held back go, now that a later one has gone ahead of it. */
  const overtaken = () => {
    for (const release of heldBack) release();
    heldBack.clear();
  };
  const holdBack = () =>
    new Promise<void>((resolve) => {
      const release = () => (clearTimeout(timer), resolve());
      const timer = setTimeout(() => (heldBack.delete(release), resolve()), maxDelayMs);
      heldBack.add(release);
    });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    if (!proxy.injecting) return pass(req, res, body);
    if (Math.random() < rates.drop) {
      faults.dropped++;
      return req.socket.destroy();
    }
    if (Math.random() < rates.reorder) {
      faults.reordered++;
      await holdBack();
    } else {
      if (Math.random() < rates.delay) {
        faults.delayed++;
        await sleep(Math.random() * maxDelayMs);
      }
      overtaken();
    }
    if (Math.random() < rates.duplicate) {
      faults.duplicated++;
      void sleep(Math.random() * maxDelayMs).then(() => forward(req, body).catch(() => undefined));
    }
    if (Math.random() >= rates.cut) return pass(req, res, body);
    const answer = await forward(req, body).catch(() => null);
    if (!answer) return upstreamDown(req);
    faults.cut++;
    res.writeHead(answer.status, endToEndHeaders(answer));
    res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
    setImmediate(() => req.socket.destroy());
  };

  const upstreamDown = (req: http.IncomingMessage) => {
    faults.upstreamDown++;
    req.socket.destroy();
  };
  const pass = async (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const answer = await forward(req, body).catch(() => null);
    if (!answer) return upstreamDown(req);
    res.writeHead(answer.status, endToEndHeaders(answer));
    res.end(answer.body);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void handle(req, res, Buffer.concat(chunks)));
    req.on('error', () => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    faults,
    injecting: false,
    async close() {
      overtaken();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
  return proxy;
}
