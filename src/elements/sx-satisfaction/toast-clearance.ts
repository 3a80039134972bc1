/**
 * Keeps the toast off the control a person tabs to on the page (WCAG 2.4.11 Focus Not Obscured):
 * when focus lands outside the toast on something the toast overlaps, the toast moves to the other
 * edge of the viewport (class `at-top`). The toast is at most half the viewport tall, so one of the
 * two edges leaves the focused control in sight.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const overlaps = (one: DOMRect, other: DOMRect) =>
  one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom;

export class ToastClearance implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** The toast when it is shown, else null. */
    private readonly toast: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected() {
    document.removeEventListener('focusin', this.onFocusIn);
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const toast = this.toast();
    const focused = event.composedPath()[0];
    if (!toast || !(focused instanceof Element) || event.composedPath().includes(toast)) return;
    // The browser scrolls the focused control into view after the focus events: measure once it has.
    requestAnimationFrame(() => {
      if (focused.isConnected && overlaps(toast.getBoundingClientRect(), focused.getBoundingClientRect())) toast.classList.toggle('at-top');
    });
  };
}
