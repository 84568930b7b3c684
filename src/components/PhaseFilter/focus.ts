const TABBABLE = [
  "a[href]",
  "area[href]",
  "button:not([disabled])",
  'input:not([disabled]):not([type="hidden"])',
  "select:not([disabled])",
  "textarea:not([disabled])",
  "iframe",
  "summary",
  "[tabindex]",
  '[contenteditable]:not([contenteditable="false"])',
].join(",");

/**
 * The first element after `container` (outside it) that Tab would reach, in document order, or
 * `null` when there is none. Positive tabindex and radio groups are not modelled: this serves
 * "Tab closes the popup and moves on", where the next element in the page is what users expect.
 * @internal
 */
export function nextTabbableAfter(container: Element): HTMLElement | null {
  const candidates = container.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE);
  for (const element of candidates) {
    if (container.contains(element)) continue;
    if (!(container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (element.tabIndex < 0 || element.closest("[inert]") !== null) continue;
    if (typeof element.checkVisibility === "function" && !element.checkVisibility()) continue;
    return element;
  }
  return null;
}

/** Moves focus without scrolling the page; tolerates elements that are gone. @internal */
export function focusWithoutScroll(element: HTMLElement | null | undefined): void {
  element?.focus({ preventScroll: true });
}
