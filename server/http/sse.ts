import type { FastifyReply, FastifyRequest } from 'fastify';

const KEEPALIVE_MS = 15_000;

export type EventStream = {
  send(event: string, data: unknown, id?: string): void;
  /** Runs `cleanup` (e.g. an unsubscribe) when the client goes away or the server stops. */
  onClose(cleanup: () => void): void;
};

/**
 * Turns the reply into a text/event-stream. A comment line every 15 s keeps proxies from closing
 * an idle stream; `retry` tells EventSource to reconnect after a second.
 */
export function openEventStream(req: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': req.id,
  });
  res.write('retry: 1000\n\n');
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  const cleanups: (() => void)[] = [() => clearInterval(keepalive)];
  const close = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  // On shutdown the server ends open streams (they never end by themselves); clients reconnect elsewhere.
  const end = () => res.end();
  req.server.openStreams.add(end);
  cleanups.push(() => req.server.openStreams.delete(end));
  req.raw.on('close', close);
  res.on('close', close);
  return {
    send(event, data, id) {
      res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
