/**
 * Loads what the element shows and keeps it current: one ticket (then live updates) or the list
 * for a filter and search, each through a shared Resource. Offline, or when the network fails,
 * the last known copy is shown marked stale instead of an error; the element reloads when the
 * network is back.
 */
import type { ReactiveController } from 'lit';
import type { AdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { Ticket, TicketEvent, TicketList, TicketSummary } from '../../core/schemas.js';
import { OnlineStatus } from '../shared/online-status.js';
import { Resource, type ResourceHost } from '../shared/resource.js';
import { lastKnownList, lastKnownTicket, rememberList, rememberTicket } from './last-known.js';
import type { LiveUpdates } from './live-updates.js';
import type { TicketFilter } from './list-view.js';
import { openFirst } from './timeline.js';

export interface TicketDataHost extends ResourceHost {
  ticket?: Ticket;
  tickets?: TicketSummary[];
  /** Seconds between polls when the backend cannot push. */
  pollInterval: number;
}

export interface TicketDataOptions {
  connection(): ServiceConnection | undefined;
  /** The ticket the element is for, or undefined for the list. */
  activeId(): string | undefined;
  filter(): TicketFilter;
  /** The search text, trimmed. */
  text(): string;
  /** Another ticket (or backend) is about to load: what belonged to the one before is cleared. */
  onTicketLoad(): void;
  /** A copy of the ticket arrived; `previous` is the copy shown before it (same ticket), if any. */
  onTicket(next: Ticket, previous: Ticket | undefined): void;
  /** The ticket is on screen, fresh or last known. */
  onTicketShown(connection: ServiceConnection, id: string): void;
  onList(total: number): void;
  /** Live updates come with the detail view's code; undefined until it has loaded. */
  liveUpdates(): typeof LiveUpdates | undefined;
}

type TicketArgs = readonly [ServiceConnection, string];
type ListArgs = readonly [ServiceConnection, TicketFilter, string];

/** Failures that mean "cannot reach the desk now" rather than "the desk said no". */
export function isOutage(error: AdapterError, online = navigator.onLine): boolean {
  return !online || error.kind === 'network' || error.kind === 'timeout';
}

export class TicketData implements ReactiveController {
  /** What is shown is the last known copy. */
  stale = false;
  /** The backend's count of the list's matches. */
  listTotal = 0;
  private live?: LiveUpdates;
  private liveFor?: string;
  /** A ticket on screen whose live updates wait for their code. */
  private liveWanted?: readonly [ServiceConnection, string];
  private loadingFor?: readonly [ServiceConnection | undefined, string | undefined];
  /** The list as last requested: behind an opened ticket it stays, so "back" shows it without a refetch. */
  private keptListArgs?: ListArgs;

  private readonly ticketResource: Resource<TicketArgs, Ticket>;
  private readonly listResource: Resource<ListArgs, TicketList>;

  constructor(
    private readonly host: TicketDataHost,
    private readonly options: TicketDataOptions,
  ) {
    // Added before its resources, so a new ticket is prepared for before they load it.
    host.addController(this);
    new OnlineStatus(host, { online: () => this.onOnline(), offline: () => this.onOffline() });
    this.ticketResource = new Resource(host, {
      operation: 'load-ticket',
      args: () => this.ticketArgs(),
      load: ([connection, id], signal) => connection.adapter.getTicket!(id, signal),
      onValue: (ticket, [connection, id]) => {
        this.stale = false;
        this.apply(ticket);
        this.show(connection, id);
      },
      onError: (error, [connection, id]) => {
        const known = this.host.ticket?.id === id ? this.host.ticket : lastKnownTicket(connection.adapter.id, id);
        if (!known || !isOutage(error)) {
          this.host.ticket = undefined;
          return false;
        }
        this.host.ticket = known;
        this.stale = true;
        this.show(connection, id);
        return true;
      },
    });
    this.listResource = new Resource(host, {
      operation: 'list-tickets',
      args: () => this.listArgs(),
      load: ([connection, filter, text], signal) => connection.adapter.listTickets!({ filter, text: text || undefined }, signal),
      onValue: (list, [connection, filter, text]) => {
        this.host.tickets = openFirst(list.tickets);
        this.listTotal = list.total;
        this.stale = false;
        rememberList(connection.adapter.id, `${filter}|${text}`, this.host.tickets);
        this.options.onList(list.total);
      },
      onError: (error, [connection, filter, text]) => {
        const known = lastKnownList(connection.adapter.id, `${filter}|${text}`);
        if (!known || !isOutage(error)) return false;
        this.host.tickets = known;
        this.stale = true;
        return true;
      },
    });
  }

  hostDisconnected(): void {
    this.stopLive();
    this.loadingFor = undefined;
    this.keptListArgs = undefined;
  }

  /** Runs before the resources look at their arguments: a different ticket starts from a clean slate. */
  hostUpdate(): void {
    // Started in the update that first renders the detail, so no push is missed before it shows.
    if (this.liveWanted && this.options.liveUpdates()) this.startLive(...this.liveWanted);
    const connection = this.options.connection();
    const id = this.options.activeId();
    const [shownConnection, shownId] = this.loadingFor ?? [];
    if (connection === shownConnection && id === shownId) return;
    this.loadingFor = [connection, id];
    if (connection !== shownConnection) this.keptListArgs = undefined;
    if (id !== this.liveFor) this.stopLive();
    if (!id) return;
    if (this.host.ticket && this.host.ticket.id !== id) this.host.ticket = undefined;
    this.options.onTicketLoad();
  }

  /** What failed and is not covered by a stale copy; the element shows it with a retry. */
  get problem(): AdapterError | undefined {
    const resource = this.options.activeId() ? this.ticketResource : this.listResource;
    return resource.status === 'error' && !this.stale ? resource.error : undefined;
  }

  get listLoading(): boolean {
    return this.listResource.loading;
  }

  /** Fetches what is shown again now (the element's `refresh()`, a problem's "Try again"). */
  reload(): void {
    void (this.options.activeId() ? this.ticketResource : this.listResource).retry();
  }

  /** Paused by the person (WCAG 2.2.2): no push or poll changes what they read until they resume. */
  livePaused = false;

  /** Pauses live updates, or resumes them and catches up at once. */
  setLivePaused(paused: boolean): void {
    this.livePaused = paused;
    const connection = this.options.connection();
    const id = this.options.activeId();
    if (paused) this.stopLive();
    else if (connection && id) {
      this.startLive(connection, id);
      void this.live?.refresh();
    }
    this.host.requestUpdate();
  }

  /** The stale note's retry: the live ticket fetches now, else everything reloads. */
  refreshNow(): void {
    if (this.options.activeId() && this.live) void this.live.refresh();
    else this.reload();
  }

  /** Shows a newer copy of the ticket and remembers it for offline use. */
  apply(next: Ticket): void {
    const previous = this.host.ticket?.id === next.id ? this.host.ticket : undefined;
    this.host.ticket = next;
    const connection = this.options.connection();
    if (connection) rememberTicket(connection.adapter.id, next);
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

  private ticketArgs(): TicketArgs | undefined {
    const connection = this.options.connection();
    const id = this.options.activeId();
    return connection?.adapter.getTicket && id ? [connection, id] : undefined;
  }

  private listArgs(): ListArgs | undefined {
    const connection = this.options.connection();
    if (!connection?.adapter.listTickets) return undefined;
    if (this.options.activeId()) return this.keptListArgs;
    return (this.keptListArgs = [connection, this.options.filter(), this.options.text()]);
  }

  private show(connection: ServiceConnection, id: string): void {
    this.startLive(connection, id);
    this.options.onTicketShown(connection, id);
  }

  private stopLive(): void {
    this.liveWanted = undefined;
    this.live?.stop();
    this.live = undefined;
    this.liveFor = undefined;
  }

  private startLive(connection: ServiceConnection, id: string): void {
    if (this.liveFor === id || this.livePaused) return;
    this.stopLive();
    const Live = this.options.liveUpdates();
    if (!Live) {
      this.liveWanted = [connection, id];
      return;
    }
    this.liveFor = id;
    this.live = new Live({
      connection,
      ticketId: id,
      intervalMs: Math.max(1, this.host.pollInterval) * 1000,
      onTicket: (ticket) => {
        if (ticket.id !== this.options.activeId()) return;
        this.stale = false;
        this.apply(ticket);
      },
      onError: (error) => {
        // Reported once per outage, not on every poll that fails during it.
        if (this.stale) return;
        this.stale = true;
        this.host.reportError('refresh-ticket', error);
        this.host.requestUpdate();
      },
    });
    this.live.start();
  }

  private onOffline(): void {
    if (!this.host.ticket && !this.host.tickets) return;
    this.stale = true;
    this.host.requestUpdate();
  }

  private onOnline(): void {
    if (!this.stale) return;
    if (this.options.activeId()) void this.live?.refresh();
    else this.reload();
  }
}
