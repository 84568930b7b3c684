"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/** How long after the last change the live region speaks, so fast toggling says one thing. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * One polite live region with a debounce: `announce(text)` empties it at once and fills it with
 * `text` once changes settle. Emptied first so the same text twice (a toggle and its undo) is
 * still a change a screen reader speaks. The pending timer dies with the component.
 * @internal
 */
export function useAnnouncer(): {
  announcement: string;
  announce: (text: string) => void;
} {
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = useCallback((text: string) => {
    setAnnouncement("");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
  }, []);

  return { announcement, announce };
}
