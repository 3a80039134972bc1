/**
 * The one way an element tells screen readers what changed (results arrived, a comment was sent):
 * a polite live region the element renders once, near the end of its template.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.message = '';
  }

  /** What is being said now (for tests and for hosts that mirror it). */
  get text(): string {
    return this.message.trim();
  }

  announce(message: string): void {
    // The same words twice in a row are not re-read by screen readers: toggle a trailing space.
    this.message = message === this.message.trim() && !this.message.endsWith(' ') ? `${message} ` : message;
    this.host.requestUpdate();
  }

  clear(): void {
    if (!this.message) return;
    this.message = '';
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }
}
