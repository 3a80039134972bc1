/**
 * Loads what the element shows and keeps it current: one ticket (then live updates) or the list
 * for a filter and search. Offline, or when the network fails, the last known copy is shown
 * marked stale instead of an error; the element reloads when the network is back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { Ticket, TicketEvent, TicketSummary } from '../../core/schemas.js';
import { errorKind } from '../shared/problem.js';
import { lastKnownList, lastKnownTicket, rememberList, rememberTicket } from './last-known.js';
import { LiveUpdates } from './live-updates.js';
import type { TicketFilter } from './list-view.js';
import { openFirst } from './timeline.js';

export interface ListQuery {
  filter: TicketFilter;
  text: string;
}

export interface TicketDataHost extends ReactiveControllerHost {
  ticket?: Ticket;
  tickets?: TicketSummary[];
  /** Seconds between polls when the backend cannot push. */
  pollInterval: number;
}

export interface TicketDataOptions {
  /** The ticket the element is for, or undefined for the list. */
  activeId(): string | undefined;
  /** A ticket starts loading: what belonged to the one before is cleared. */
  onTicketLoad(): void;
  /** A copy of the ticket arrived; `previous` is the copy shown before it (same ticket), if any. */
  onTicket(next: Ticket, previous: Ticket | undefined): void;
  /** The ticket is on screen, fresh or last known. */
  onTicketShown(connection: ServiceConnection, id: string): Promise<void>;
  onList(total: number): void;
  onError(error: unknown, operation: string): void;
}

const STALE_KINDS = new Set(['network', 'timeout']);

function isOffline(error: unknown): boolean {
  return !navigator.onLine || STALE_KINDS.has(errorKind(error));
}

export class TicketData implements ReactiveController {
  problem?: unknown;
  /** What is shown is the last known copy. */
  stale = false;
  listLoading = false;
  /** The backend's count of the list's matches. */
  listTotal = 0;
  private live?: LiveUpdates;
  private liveFor?: string;
  private detailFor?: string;
  private listFor?: string;
  private loadController?: AbortController;
  private connection?: ServiceConnection;

  constructor(
    private readonly host: TicketDataHost,
    private readonly options: TicketDataOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('offline', this.onOffline);
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('offline', this.onOffline);
    removeEventListener('online', this.onOnline);
    this.stop();
  }

  /** Loads the ticket, or the list for the query, unless it is what is already shown. */
  sync(connection: ServiceConnection, id: string | undefined, query: ListQuery): void {
    this.connection = connection;
    if (id) {
      if (this.detailFor === id) return;
      this.detailFor = id;
      void this.loadTicket(connection, id);
      return;
    }
    this.stopLive();
    this.detailFor = undefined;
    const listKey = `${query.filter}|${query.text}`;
    if (this.listFor === listKey) return;
    this.listFor = listKey;
    void this.loadList(connection, listKey, query);
  }

  /** Forgets what was loaded: the next `sync` fetches again. */
  reload(): void {
    this.detailFor = undefined;
    this.listFor = undefined;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /** The stale note's retry: the live ticket fetches now, else everything reloads. */
  refreshNow(): void {
    if (this.options.activeId() && this.live) void this.live.refresh();
    else this.reload();
  }

  /** A new connection: nothing loaded from the old one counts. */
  rebind(): void {
    this.stop();
    this.connection = undefined;
    this.detailFor = undefined;
    this.listFor = undefined;
  }

  stop(): void {
    this.loadController?.abort();
    this.stopLive();
  }

  /** Shows a newer copy of the ticket and remembers it for offline use. */
  apply(next: Ticket): void {
    const previous = this.host.ticket?.id === next.id ? this.host.ticket : undefined;
    this.host.ticket = next;
    if (this.connection) rememberTicket(this.connection.adapter.id, next);
    this.options.onTicket(next, previous);
  }

  /** A comment of this person was delivered: fetch the history, or add it where pushes lag behind the write. */
  commentDelivered(event: TicketEvent | undefined): void {
    const ticket = this.host.ticket;
    if (!this.live?.pushed) void this.live?.refresh();
    else if (ticket && event && !ticket.events.some((known) => known.id === event.id)) {
      this.apply({ ...ticket, events: [...ticket.events, event] });
    }
  }

  private set(patch: Partial<Pick<TicketData, 'problem' | 'stale' | 'listLoading' | 'listTotal'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private stopLive(): void {
    this.live?.stop();
    this.live = undefined;
    this.liveFor = undefined;
  }

  private startLive(connection: ServiceConnection, id: string): void {
    if (this.liveFor === id) return;
    this.stopLive();
    this.liveFor = id;
    this.live = new LiveUpdates({
      connection,
      ticketId: id,
      intervalMs: Math.max(1, this.host.pollInterval) * 1000,
      onTicket: (ticket) => {
        if (ticket.id !== this.options.activeId()) return;
        this.set({ stale: false });
        this.apply(ticket);
      },
      onError: (error) => {
        // Reported once per outage, not on every poll that fails during it.
        if (this.stale) return;
        this.set({ stale: true });
        this.options.onError(error, 'refresh-ticket');
      },
    });
    this.live.start();
  }

  private readonly onOffline = () => {
    if (this.host.ticket || this.host.tickets) this.set({ stale: true });
  };

  private readonly onOnline = () => {
    if (!this.stale) return;
    if (this.options.activeId()) void this.live?.refresh();
    else this.reload();
  };

  private async loadTicket(connection: ServiceConnection, id: string): Promise<void> {
    const adapter = connection.adapter;
    if (!adapter.getTicket) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    if (this.host.ticket && this.host.ticket.id !== id) this.host.ticket = undefined;
    this.set({ problem: undefined });
    this.options.onTicketLoad();
    try {
      const ticket = await adapter.getTicket(id, controller.signal);
      if (controller.signal.aborted) return;
      this.set({ stale: false });
      this.apply(ticket);
      this.startLive(connection, id);
      await this.options.onTicketShown(connection, id);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      const known = this.host.ticket?.id === id ? this.host.ticket : lastKnownTicket(adapter.id, id);
      if (known && isOffline(error)) {
        this.host.ticket = known;
        this.set({ stale: true });
        this.startLive(connection, id);
        await this.options.onTicketShown(connection, id);
      } else {
        this.host.ticket = undefined;
        this.set({ problem: error });
      }
      this.options.onError(error, 'load-ticket');
    }
  }

  private async loadList(connection: ServiceConnection, key: string, query: ListQuery): Promise<void> {
    const adapter = connection.adapter;
    if (!adapter.listTickets) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.set({ problem: undefined, listLoading: true });
    try {
      const list = await adapter.listTickets({ filter: query.filter, text: query.text || undefined }, controller.signal);
      if (controller.signal.aborted) return;
      this.host.tickets = openFirst(list.tickets);
      this.set({ listTotal: list.total, stale: false });
      rememberList(adapter.id, key, this.host.tickets);
      this.options.onList(list.total);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      const known = lastKnownList(adapter.id, key);
      if (known && isOffline(error)) {
        this.host.tickets = known;
        this.set({ stale: true });
      } else {
        this.set({ problem: error });
      }
      this.options.onError(error, 'list-tickets');
    } finally {
      if (this.loadController === controller) this.set({ listLoading: false });
    }
  }
}
