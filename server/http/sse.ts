import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from './plugins/authentication.js';

export type EventStream = {
  send(event: string, data: unknown, id?: string): void;
  /** Runs `cleanup` (e.g. an unsubscribe) when the client goes away or the server ends the stream. */
  onClose(cleanup: () => void): void;
};

/**
 * Turns the reply into a text/event-stream, the one place where streams open. First the stream is
 * admitted by the instance's OpenStreams (throws AppError 429 `too_many_streams` while the reply
 * is still a normal one), which from then on sends it a comment line every keep-alive tick (so
 * proxies do not close an idle stream) and ends it when its login session ends. `retry` tells
 * EventSource to reconnect after a second.
 */
export function openEventStream(req: FastifyRequest, reply: FastifyReply): EventStream {
  const res = reply.raw;
  // Late pushes (an event whose read finished after the stream ended) go nowhere.
  const write = (text: string) => {
    if (!res.writableEnded) res.write(text);
  };
  const cleanups: (() => void)[] = [];
  const close = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const unregister = req.server.openStreams.admit({
    owner: actorOf(req),
    keepAlive: () => write(': keepalive\n\n'),
    end: () => {
      close();
      res.end();
    },
  });
  cleanups.push(unregister);
  reply.hijack();
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': req.id,
  });
  res.write('retry: 1000\n\n');
  req.raw.on('close', close);
  res.on('close', close);
  return {
    send(event, data, id) {
      write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
