/** A polite live region: what the element says to screen readers as things change. */
import { html, type ReactiveControllerHost } from 'lit';

export class Announcer {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  announce(message: string): void {
    // The same words twice in a row are not re-read by screen readers: toggle a trailing space.
    this.message = message === this.message.trim() && !this.message.endsWith(' ') ? `${message} ` : message;
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }
}
