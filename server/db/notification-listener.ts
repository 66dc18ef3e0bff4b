import pg from 'pg';

type Channel = { onPayload: Set<(payload: string) => void>; onResubscribed: Set<() => void> };

/** What the listener reports for the log. */
export type ListenerEvent = { type: 'listener_lost'; err: unknown; retryInMs: number } | { type: 'listener_restored'; downMs: number };

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;
/** A connection cut without a word (a network partition) only shows when something is sent on it. */
const PING_INTERVAL_MS = 15_000;

/**
 * The one long-lived LISTEN connection of a process, shared by every channel. When it is lost
 * (backend terminated, server restarted, network gone: a ping every 15 s finds out when nothing
 * else does) it reconnects with exponential backoff
 * (200 ms doubling to 5 s) and LISTENs on every channel again, then calls each channel's
 * `onResubscribed`: notifications sent while it was away are lost for good, so subscribers
 * reload what they show from the database.
 */
export class NotificationListener {
  private readonly channels = new Map<string, Channel>();
  private client?: pg.Client;
  private connecting?: Promise<pg.Client>;
  private retry?: NodeJS.Timeout;
  private retryMs = FIRST_RETRY_MS;
  private lostAt?: number;
  private closed = false;
  private readonly ping: NodeJS.Timeout;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly report: (event: ListenerEvent) => void,
  ) {
    this.ping = setInterval(() => {
      const client = this.client;
      client?.query('select 1').catch((err: unknown) => this.lost(client, err));
    }, PING_INTERVAL_MS);
    this.ping.unref();
  }

  /** Subscribes `onPayload` to `channel`; resolves (to an unsubscribe function) once the LISTEN is in place. */
  async listen(channel: string, onPayload: (payload: string) => void, onResubscribed?: () => void): Promise<() => void> {
    let entry = this.channels.get(channel);
    const isNew = !entry;
    if (!entry) this.channels.set(channel, (entry = { onPayload: new Set(), onResubscribed: new Set() }));
    entry.onPayload.add(onPayload);
    if (onResubscribed) entry.onResubscribed.add(onResubscribed);
    // A new channel on a live connection is LISTENed now; a reconnect LISTENs on every channel anyway.
    if (!this.client && !this.retry) await (this.connecting ??= this.connect());
    else if (isNew && this.client) await this.client.query(`listen ${pg.escapeIdentifier(channel)}`);
    return () => {
      entry.onPayload.delete(onPayload);
      if (onResubscribed) entry.onResubscribed.delete(onResubscribed);
    };
  }

  async close() {
    this.closed = true;
    clearInterval(this.ping);
    clearTimeout(this.retry);
    await this.connecting?.catch(() => undefined);
    await this.client?.end();
  }

  /** Opens a connection and LISTENs on every channel; on any failure, throws with nothing left open. */
  private async connect(): Promise<pg.Client> {
    const client = new pg.Client(this.config);
    // Errors of a dropped connection are handled through 'end'; without a listener they would end the process.
    client.on('error', () => {});
    client.on('notification', (msg) => {
      for (const handler of this.channels.get(msg.channel)?.onPayload ?? []) handler(msg.payload ?? '');
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      void client.end().catch(() => undefined);
      throw err;
    } finally {
      this.connecting = undefined;
    }
    client.once('end', () => this.lost(client, new Error('LISTEN connection ended')));
    client.once('error', (err) => this.lost(client, err));
    this.client = client;
    return client;
  }

  private lost(client: pg.Client, err: unknown) {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.lostAt ??= Date.now();
    void client.end().catch(() => undefined);
    this.scheduleReconnect(err);
  }

  private scheduleReconnect(err: unknown) {
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.report({ type: 'listener_lost', err, retryInMs: delay });
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closed) return;
      (this.connecting = this.connect()).then(
        () => this.restored(),
        (failure: unknown) => {
          if (!this.closed) this.scheduleReconnect(failure);
        },
      );
    }, delay);
  }

  private restored() {
    if (this.closed) return;
    const downMs = Date.now() - (this.lostAt ?? Date.now());
    this.lostAt = undefined;
    this.retryMs = FIRST_RETRY_MS;
    this.report({ type: 'listener_restored', downMs });
    for (const channel of this.channels.values()) for (const resync of channel.onResubscribed) resync();
  }
}
