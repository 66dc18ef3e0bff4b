import type { Db } from '../db/database.js';
import { loadMonitorState, type MonitorState } from '../domain/monitoring/monitor-rows.js';
import { presentCounts, presentMonitorRow, presentMonitorSnapshot } from '../presenters/monitoring.js';
import type { DomainEvent } from './domain-events.js';
import type { EventHub } from './event-hub.js';

export type MonitorPush = { event: 'snapshot' | 'rows'; data: unknown };
type Viewer = (push: MonitorPush) => void;

const PUSH_INTERVAL_MS = 1_000;
const IDLE_EVICT_MS = 60_000;

/**
 * The live state of one assessment's exam room, kept in memory per app instance and moved by
 * domain events (which reach every instance through LISTEN/NOTIFY). Loading costs three queries;
 * after that, any number of viewers, snapshots and pushes cost the database nothing. Changes are
 * coalesced: each dirty row is pushed at most once per second.
 */
class MonitorRoom {
  private readonly viewers = new Set<Viewer>();
  private readonly dirty = new Set<string>();
  private timer?: NodeJS.Timeout;
  private reloading?: Promise<void>;
  /** Events that arrived during a reload: the loaded state may predate them, so they are applied again. */
  private arrivedDuringReload: DomainEvent[] = [];
  /** The state may miss changes until a reload succeeds. */
  stale = false;
  lastUsed = Date.now();

  constructor(
    private state: MonitorState,
    private readonly reload: () => Promise<MonitorState>,
    readonly unsubscribe: () => void,
  ) {}

  snapshot(now = new Date()) {
    this.lastUsed = Date.now();
    return presentMonitorSnapshot(this.state, now);
  }

  get viewerCount() {
    return this.viewers.size;
  }

  join(viewer: Viewer): () => void {
    this.viewers.add(viewer);
    viewer({ event: 'snapshot', data: this.snapshot() });
    this.timer ??= setInterval(() => this.flush(), PUSH_INTERVAL_MS);
    return () => {
      this.viewers.delete(viewer);
      this.lastUsed = Date.now();
      if (this.viewers.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /**
   * Reloads the room from the database and sends every viewer a fresh snapshot. Rejects when the
   * database cannot be read; the room then stays stale and is reloaded on the next push tick or
   * request (which is where a failure that is not the database's shows: as that request's error).
   */
  refresh(): Promise<void> {
    this.stale = true;
    this.reloading ??= this.reload()
      .then((state) => {
        const arrived = this.arrivedDuringReload;
        this.arrivedDuringReload = [];
        this.state = state;
        this.stale = false;
        // Sessions unknown to the fresh state were replaced meanwhile: their events would only reload again.
        for (const event of arrived) if (state.rows.has(event.sessionId)) this.apply(event);
        this.dirty.clear();
        this.broadcast({ event: 'snapshot', data: this.snapshot() });
      })
      .finally(() => {
        this.reloading = undefined;
        this.arrivedDuringReload = [];
      });
    return this.reloading;
  }

  private retryRefresh() {
    this.refresh().catch(() => {
      // Still stale: the next tick or request tries again.
    });
  }

  apply(event: DomainEvent) {
    if (this.reloading) this.arrivedDuringReload.push(event);
    const row = this.state.rows.get(event.sessionId);
    if (!row) {
      // A session this room has not seen (a reset created it, or it was just assigned): reload once.
      this.retryRefresh();
      return;
    }
    const at = new Date(event.at);
    if (!row.lastSeenAt || at > row.lastSeenAt) row.lastSeenAt = at;
    if (event.type === 'answer_saved') {
      if (event.answered) row.answered.add(event.questionId);
      else row.answered.delete(event.questionId);
    } else if (event.type === 'session_status') {
      row.status = event.status;
      row.deadline = event.deadline ? new Date(event.deadline) : null;
      if (event.reason === 'paused') row.pausedAt = at;
      if (event.reason === 'resumed') row.pausedAt = null;
      if (event.reason === 'auto_submitted' || event.reason === 'abandoned') row.submitKind = 'auto';
      if (event.reason === 'reset') this.state.rows.delete(event.sessionId);
    }
    this.dirty.add(event.sessionId);
  }

  private flush() {
    if (this.stale) this.retryRefresh();
    if (!this.dirty.size) return;
    const now = new Date();
    const rows = [...this.dirty].flatMap((id) => {
      const row = this.state.rows.get(id);
      return row ? [presentMonitorRow(row, now)] : [];
    });
    const removed = [...this.dirty].filter((id) => !this.state.rows.has(id));
    this.dirty.clear();
    this.broadcast({ event: 'rows', data: { rows, removed, counts: presentCounts(this.state.rows.values()), serverNow: now.toISOString() } });
  }

  private broadcast(push: MonitorPush) {
    for (const viewer of this.viewers) viewer(push);
  }

  close() {
    clearInterval(this.timer);
    this.unsubscribe();
  }
}

/** One room per assessment being watched on this instance; rooms nobody watches are dropped. */
export class MonitorRooms {
  private readonly rooms = new Map<string, Promise<MonitorRoom>>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly unsubscribeResync: () => void;
  private readonly unsubscribeBatchLost: () => void;

  constructor(
    private readonly db: Db,
    private readonly hub: EventHub,
  ) {
    this.sweeper = setInterval(() => void this.evictIdle(), IDLE_EVICT_MS);
    this.sweeper.unref();
    // Events may have been lost while the LISTEN connection was down: every room reloads.
    this.unsubscribeResync = hub.onResync(() => void this.refreshAll());
    // A batch of answers, pages or heartbeats that an instance could not send: the same remedy.
    this.unsubscribeBatchLost = hub.onBatchLost(() => void this.refreshAll());
  }

  /** The room, loaded and up to date; rejects when the database cannot be read. */
  async room(assessmentId: string): Promise<MonitorRoom> {
    let pending = this.rooms.get(assessmentId);
    if (!pending) {
      pending = this.open(assessmentId);
      pending.catch(() => this.rooms.delete(assessmentId));
      this.rooms.set(assessmentId, pending);
    }
    const room = await pending;
    if (room.stale) await room.refresh();
    return room;
  }

  private async refreshAll() {
    for (const pending of this.rooms.values()) {
      void pending.then(
        (room) => room.refresh().catch(() => {}),
        () => {},
      );
    }
  }

  private async open(assessmentId: string): Promise<MonitorRoom> {
    // Subscribe before loading, so no event between the load and the subscription is lost.
    const early: DomainEvent[] = [];
    let target: MonitorRoom | undefined;
    const unsubscribe = this.hub.onAssessment(assessmentId, (e) => (target ? target.apply(e) : early.push(e)));
    try {
      const state = await loadMonitorState(this.db, assessmentId);
      target = new MonitorRoom(state, () => loadMonitorState(this.db, assessmentId), unsubscribe);
      for (const e of early) target.apply(e);
      return target;
    } catch (err) {
      unsubscribe();
      throw err;
    }
  }

  private async evictIdle() {
    for (const [id, pending] of this.rooms) {
      const room = await pending.catch(() => undefined);
      if (room && room.viewerCount === 0 && Date.now() - room.lastUsed > IDLE_EVICT_MS) {
        room.close();
        this.rooms.delete(id);
      }
    }
  }

  async close() {
    clearInterval(this.sweeper);
    this.unsubscribeResync();
    this.unsubscribeBatchLost();
    for (const pending of this.rooms.values()) (await pending.catch(() => undefined))?.close();
    this.rooms.clear();
  }
}
