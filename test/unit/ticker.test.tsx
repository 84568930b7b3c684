// The shared ticker: one timer for every listener, aligned to whole seconds, none while nothing
// listens or the document is hidden. Driven with fake timers; the hooks through Testing Library.
import { act, render } from "@testing-library/react";
import { useRef } from "react";
import { subscribeTick, tickerState } from "../../src/internal/ticker";
import { useNow, useTick } from "../../src/internal/useTick";

function setHidden(hidden: boolean) {
  Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event("visibilitychange"));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-30T10:00:00.250Z"));
});
afterEach(() => {
  setHidden(false);
  vi.useRealTimers();
});

describe("subscribeTick", () => {
  it("runs one timer for many listeners and calls each on every whole second", () => {
    const calls: number[][] = Array.from({ length: 1000 }, () => []);
    const stops = calls.map((list) => subscribeTick((now) => list.push(now)));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(749);
    expect(calls[0]).toEqual([]);
    vi.advanceTimersByTime(1);
    const second = Date.parse("2026-11-30T10:00:01.000Z");
    expect(calls.every((list) => list.length === 1 && list[0] === second)).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(calls[999]).toEqual([second, second + 1000, second + 2000]);
    expect(vi.getTimerCount()).toBe(1);
    stops.forEach((stop) => stop());
    expect(vi.getTimerCount()).toBe(0);
    expect(tickerState()).toEqual({ listeners: 0, timerPending: false });
  });

  it("stops while the document is hidden and catches up at once when it is shown", () => {
    const seen: number[] = [];
    const stop = subscribeTick((now) => seen.push(now));
    setHidden(true);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([]);
    setHidden(false);
    expect(seen).toEqual([Date.now()]);
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it("does not start a timer when subscribed in a hidden document", () => {
    setHidden(true);
    const stop = subscribeTick(() => {});
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it("keeps ticking for the others when one listener throws or unsubscribes mid-tick", () => {
    const reported = vi.fn();
    vi.stubGlobal("reportError", reported);
    const seen: string[] = [];
    const stopB = subscribeTick(() => seen.push("b"));
    const stopA = subscribeTick(() => {
      seen.push("a");
      stopB();
    });
    const stopC = subscribeTick(() => {
      seen.push("c");
      throw new Error("broken listener");
    });
    const stopD = subscribeTick(() => seen.push("d"));
    vi.advanceTimersByTime(750);
    expect(seen).toEqual(["b", "a", "c", "d"]);
    expect(reported).toHaveBeenCalledWith(new Error("broken listener"));
    seen.length = 0;
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(["a", "c", "d"]);
    expect(reported).toHaveBeenCalledTimes(2);
    [stopA, stopC, stopD].forEach((stop) => stop());
    expect(vi.getTimerCount()).toBe(0);
    vi.unstubAllGlobals();
  });

  it("never starts a timer without a document (server rendering)", () => {
    vi.stubGlobal("document", undefined);
    const listener = vi.fn();
    const stop = subscribeTick(listener);
    vi.unstubAllGlobals();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
    expect(() => stop()).not.toThrow();
  });

  it("unsubscribes one subscription of a function subscribed twice, leaving the other", () => {
    const seen: number[] = [];
    const listener = (now: number) => seen.push(now);
    const first = subscribeTick(listener);
    const second = subscribeTick(listener);
    first();
    first();
    vi.advanceTimersByTime(750);
    expect(seen).toHaveLength(1);
    second();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("useTick and useNow", () => {
  function Cell({ active }: { active: boolean }) {
    const ref = useRef<HTMLSpanElement>(null);
    useTick(active && ((now) => void (ref.current!.textContent = new Date(now).toISOString())));
    return <span ref={ref}>server</span>;
  }

  it("writes each cell's DOM from one timer without re-rendering, and stops when inactive", () => {
    const { container, rerender, unmount } = render(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <Cell key={i} active />
        ))}
      </>,
    );
    const cells = container.querySelectorAll("span");
    // The first write happens on mount, before any tick.
    expect(cells[0]).toHaveTextContent("2026-11-30T10:00:00.250Z");
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(750));
    expect(cells[49]).toHaveTextContent("2026-11-30T10:00:01.000Z");
    rerender(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <Cell key={i} active={false} />
        ))}
      </>,
    );
    expect(vi.getTimerCount()).toBe(0);
    unmount();
  });

  it("re-renders a useNow component on each tick and not while inactive", () => {
    let renders = 0;
    function Clock({ active }: { active: boolean }) {
      renders += 1;
      return <output>{useNow(active, 0)}</output>;
    }
    const { container, rerender } = render(<Clock active={false} />);
    expect(container).toHaveTextContent(/^0$/);
    expect(vi.getTimerCount()).toBe(0);
    rerender(<Clock active />);
    expect(container).toHaveTextContent(String(Date.parse("2026-11-30T10:00:00.000Z")));
    const before = renders;
    act(() => vi.advanceTimersByTime(750));
    act(() => vi.advanceTimersByTime(1000));
    act(() => vi.advanceTimersByTime(1000));
    expect(container).toHaveTextContent(String(Date.parse("2026-11-30T10:00:03.000Z")));
    expect(renders - before).toBe(3);
  });
});
