/**
 * Where focus goes when the prompt steps back ("Not now", "Don't ask me about this", Close): the
 * prompt takes no space then, so focus would fall to the page's body. It moves to the next thing
 * the person can focus after the prompt (else the one before), looking outward through the shadow
 * roots the prompt sits in (inside <sx-ticket-status>, for one).
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function shown(candidate: HTMLElement): boolean {
  return candidate.checkVisibility?.({ visibilityProperty: true }) ?? candidate.getClientRects().length > 0;
}

export function focusNextAfter(prompt: HTMLElement): void {
  let anchor: Element = prompt;
  let root = anchor.getRootNode() as Document | ShadowRoot;
  for (;;) {
    const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (candidate) => !prompt.contains(candidate) && !anchor.contains(candidate) && shown(candidate),
    );
    const after = candidates.find((candidate) => anchor.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING);
    const target = after ?? candidates.reverse().find((candidate) => anchor.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_PRECEDING);
    if (target) {
      target.focus();
      return;
    }
    if (!(root instanceof ShadowRoot)) return;
    anchor = root.host;
    root = anchor.getRootNode() as Document | ShadowRoot;
  }
}
