/**
 * The browser's online/offline events, followed while the host is connected: the one way an
 * element learns that the network went away (show what it last saw) or came back (load again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OnlineStatusOptions {
  online?: () => void;
  offline?: () => void;
}

export class OnlineStatus implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: OnlineStatusOptions,
  ) {
    host.addController(this);
  }

  /** False only when the browser is sure it is offline (`navigator.onLine` may say true wrongly, never false). */
  get online(): boolean {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
  }

  private readonly onOnline = () => this.options.online?.();
  private readonly onOffline = () => this.options.offline?.();
}
