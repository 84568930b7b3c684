// A table of 1,000 badges mounts without one effect, timer or listener per badge. Checked by
// counting the hooks and browser APIs our components call — never by timing.
import { render } from "@testing-library/react";
import * as React from "react";
import { PhaseBadge, TerminalIndicator } from "../../src";
import { ACTION_PHASES } from "../../src/phases";

const effects = vi.hoisted(() => ({ count: 0 }));

vi.mock("react", async (importOriginal) => {
  const actual = await importOriginal<typeof React>();
  const counted =
    <T extends (...args: never[]) => unknown>(hook: T) =>
    (...args: Parameters<T>) => {
      effects.count += 1;
      return hook(...args);
    };
  return {
    ...actual,
    useEffect: counted(actual.useEffect),
    useLayoutEffect: counted(actual.useLayoutEffect),
    useInsertionEffect: counted(actual.useInsertionEffect),
  };
});

function Table({ rows, announce }: { rows: number; announce: boolean }) {
  return (
    <div>
      {Array.from({ length: rows }, (_, i) => (
        <p key={i}>
          <PhaseBadge phase={ACTION_PHASES[i % 10]} announce={announce} />
          <TerminalIndicator phase={(i % 12) + 1} announce={announce} />
        </p>
      ))}
    </div>
  );
}

/** Calls of timer, listener and observer APIs while `mount` runs. */
function countSideEffects(mount: () => void): number {
  const spies = [
    vi.spyOn(window, "setTimeout"),
    vi.spyOn(window, "setInterval"),
    vi.spyOn(window, "requestAnimationFrame"),
    vi.spyOn(window, "addEventListener"),
    vi.spyOn(document, "addEventListener"),
    vi.spyOn(EventTarget.prototype, "addEventListener"),
  ];
  const observers = vi.fn();
  const OriginalMutationObserver = window.MutationObserver;
  window.MutationObserver = class extends OriginalMutationObserver {
    constructor(callback: MutationCallback) {
      observers();
      super(callback);
    }
  };
  try {
    mount();
    return spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0) + observers.mock.calls.length;
  } finally {
    spies.forEach((spy) => spy.mockRestore());
    window.MutationObserver = OriginalMutationObserver;
  }
}

beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  effects.count = 0;
});
afterEach(() => vi.restoreAllMocks());

// Mounting 2,000 components in jsdom is slow on a busy 2-core machine; this is room, not a
// performance assertion.
const ROOM = { timeout: 60_000 };

describe("mount cost of 1,000 badges", ROOM, () => {
  it("the effect counter works (a component with an effect is counted)", () => {
    function WithEffect() {
      React.useEffect(() => {}, []);
      return null;
    }
    render(<WithEffect />);
    expect(effects.count).toBe(1);
  });

  it.each([false, true])("uses no effect at all (announce=%s)", (announce) => {
    render(<Table rows={1000} announce={announce} />);
    expect(effects.count).toBe(0);
  });

  it("calls no timer, listener or observer API per badge", () => {
    const one = countSideEffects(() => render(<Table rows={1} announce={false} />));
    const thousand = countSideEffects(() => render(<Table rows={1000} announce={false} />));
    expect(thousand).toBe(one);
  });
});
