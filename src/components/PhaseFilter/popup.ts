/*
 * Why the Popover API and not a portal or a positioning library: a `popover="manual"` element is
 * drawn in the browser's top layer, so no `overflow: hidden` ancestor clips it and no z-index
 * stack hides it, yet it stays where React rendered it in the DOM. That keeps the tab order
 * (trigger → popup → what follows), event bubbling and server rendering simple, and costs no
 * dependency. "manual" (not "auto") because the filter decides itself when to close: Escape
 * returns focus to the trigger and a click on the trigger toggles, which the browser's light
 * dismiss would race with. The top layer does not position anything, so `placePopup` does: below
 * the trigger, or above when there is more room there, aligned with its inline-start edge (left,
 * or right in RTL), clamped into the viewport. Where the API
 * is missing (older browsers, jsdom) the popup is still `position: fixed`, which escapes
 * `overflow: hidden` unless an ancestor is transformed.
 */

const GAP = 4;
const MARGIN = 8;
/** Below this much room the popup scrolls inside rather than shrinking further. */
const MIN_HEIGHT = 120;

/**
 * Shows the popup in the top layer where the Popover API exists; never throws. The `popover`
 * attribute is set here rather than rendered, so that where the API is missing (jsdom hides
 * `[popover]` but cannot show it) the popup simply stays a fixed element, and server markup
 * does not depend on the browser.
 * @internal
 */
export function showInTopLayer(popup: HTMLElement): void {
  if (typeof popup.showPopover !== "function") return;
  try {
    popup.setAttribute("popover", "manual");
    if (!popup.matches(":popover-open")) popup.showPopover();
  } catch {
    // Not connected yet, or a browser without :popover-open: the fixed fallback still shows it.
  }
}

/**
 * Puts the popup next to the trigger inside the viewport: below it when it fits or has more room
 * than above, otherwise above; its inline-start edge aligned with the trigger's (the right edge
 * in RTL) and clamped so it never leaves the viewport; as tall as its content or the room
 * available (then it scrolls). Writes `top`, `left`, `min-width`, `max-height` and `data-side`.
 *
 * Boxes are measured in viewport pixels, but lengths written on the popup are multiplied by its
 * effective CSS `zoom` (inherited from its ancestors even in the top layer), so each written
 * length is divided by that zoom.
 */
function placePopup(trigger: HTMLElement, popup: HTMLElement): void {
  const view = trigger.ownerDocument.documentElement;
  const win = trigger.ownerDocument.defaultView ?? window;
  const viewWidth = view.clientWidth || win.innerWidth;
  const viewHeight = win.innerHeight || view.clientHeight;
  const anchor = trigger.getBoundingClientRect();
  const zoom = (popup as { currentCSSZoom?: number }).currentCSSZoom || 1;
  const px = (length: number) => `${Math.round(length / zoom)}px`;

  popup.style.minWidth = px(anchor.width);
  popup.style.maxHeight = "";
  const natural = popup.getBoundingClientRect();

  const below = viewHeight - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = natural.height <= below || below >= above ? "bottom" : "top";
  const room = Math.max(side === "bottom" ? below : above, MIN_HEIGHT);
  const height = Math.min(natural.height, room);

  const top =
    side === "bottom"
      ? Math.min(anchor.bottom + GAP, viewHeight - MARGIN - height)
      : Math.max(anchor.top - GAP - height, MARGIN);
  const maxLeft = viewWidth - MARGIN - natural.width;
  const rtl = win.getComputedStyle(trigger).direction === "rtl";
  const start = rtl ? anchor.right - natural.width : anchor.left;
  const left = Math.max(MARGIN, Math.min(start, maxLeft));

  popup.style.maxHeight = px(Math.floor(room));
  popup.style.top = px(top);
  popup.style.left = px(left);
  popup.dataset.side = side;
}

/**
 * Keeps the popup placed while it is open: on scroll anywhere (capture), on resize, and when the
 * popup or the trigger changes size. Returns the function that stops it.
 * @internal
 */
export function keepPopupPlaced(trigger: HTMLElement, popup: HTMLElement): () => void {
  const win = trigger.ownerDocument.defaultView ?? window;
  let frame = 0;
  const place = () => {
    frame = 0;
    placePopup(trigger, popup);
  };
  const schedule = (event?: Event) => {
    // Scrolling the popup's own list does not move the popup.
    if (event?.target instanceof Node && popup.contains(event.target)) return;
    if (frame === 0) frame = win.requestAnimationFrame(place);
  };
  place();
  win.addEventListener("resize", schedule);
  win.addEventListener("scroll", schedule, { capture: true, passive: true });
  const observer =
    typeof ResizeObserver === "function" ? new ResizeObserver(() => schedule()) : null;
  observer?.observe(popup);
  observer?.observe(trigger);
  return () => {
    if (frame !== 0) win.cancelAnimationFrame(frame);
    win.removeEventListener("resize", schedule);
    win.removeEventListener("scroll", schedule, { capture: true });
    observer?.disconnect();
  };
}
