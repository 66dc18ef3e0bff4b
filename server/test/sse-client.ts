export type SseEvent = { event: string; data: unknown };

/**
 * Opens a text/event-stream over real HTTP and collects its events, for tests. `next(pred)` waits
 * for the first event (already received or coming) that matches.
 */
export async function openSse(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`SSE ${url}: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  /** Comment lines (`: keepalive`) received so far. */
  const comments: string[] = [];
  const waiters: { pred: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  // Resolves when the server ends the stream (or close() aborts it).
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          comments.push(...block.split('\n').filter((line) => line.startsWith(':')));
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          const parsed = { event, data: JSON.parse(data) as unknown };
          events.push(parsed);
          for (const w of waiters.filter((w) => w.pred(parsed))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(parsed);
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    events,
    comments,
    ended,
    next(pred: (e: SseEvent) => boolean, timeoutMs = 5_000): Promise<SseEvent> {
      const found = events.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching SSE event within ${timeoutMs} ms; got ${JSON.stringify(events).slice(0, 500)}`)), timeoutMs);
        waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => controller.abort(),
  };
}

export const cookieHeader = (cookies: Map<string, string>) => ({ cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') });
