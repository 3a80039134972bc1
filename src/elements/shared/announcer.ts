/**
 * The one way an element tells screen readers what changed (results arrived, a comment was sent):
 * a polite live region the element renders once, near the end of its template.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Words, or a function giving them in the current language (re-read when the catalog arrives). */
export type Announcement = string | (() => string);

export class Announcer implements ReactiveController {
  private said: Announcement = '';
  /** A trailing space toggled so that the same words twice in a row are read again. */
  private repeat = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.said = '';
  }

  /** What is being said now (for tests and for hosts that mirror it). */
  get text(): string {
    return this.words().trim();
  }

  /**
   * Says `message`. Pass a function when the words come from the element's catalog and may be
   * said before the page's language has loaded: the region then switches to the translated words.
   */
  announce(message: Announcement): void {
    const words = typeof message === 'function' ? message() : message;
    // The same words twice in a row are not re-read by screen readers: toggle a trailing space.
    this.repeat = words === this.text && !this.repeat;
    this.said = message;
    this.host.requestUpdate();
  }

  clear(): void {
    if (!this.said) return;
    this.said = '';
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.words()}</div>`;
  }

  private words(): string {
    const words = typeof this.said === 'function' ? this.said() : this.said;
    return this.repeat ? `${words} ` : words;
  }
}
