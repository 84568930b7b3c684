// The defects of issue 8 that jsdom can show (2, 4, 5, 6, 7, 8, 12), the hook's public API
// (getRootProps, getLabelProps, merged handlers and refs) and the timers and blur of issue 9.
// Each test failed on the code before the split; the browser ones live in
// test/browser/PhaseFilter.defects.test.tsx.
import { act, createRef } from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PhaseFilter, usePhaseFilter } from "../../src";
import type { ActionPhase, PhaseFilterProps } from "../../src";

function setup(props: Partial<PhaseFilterProps> = {}) {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const onValueChange = vi.fn<(phases: ActionPhase[]) => void>();
  const view = render(
    <>
      <button type="button">Before</button>
      <PhaseFilter onValueChange={onValueChange} {...props} />
      <button type="button">After</button>
    </>,
  );
  const trigger = () => screen.getByRole("button", { name: /^Phase:/ });
  const listbox = () => screen.getByRole("listbox");
  const active = () => {
    const id = listbox().getAttribute("aria-activedescendant");
    return id ? document.getElementById(id) : null;
  };
  return { user, onValueChange, trigger, listbox, active, ...view };
}

// Testing Library drains its queue with a setTimeout(0) that it advances only for Jest's fake
// timers; this tells it Vitest's are on, so time here moves only when a test says so.
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("jest", { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets the debounced announcement speak. */
const settle = () => act(() => vi.advanceTimersByTime(600));

describe("defect 2: the trigger focused while the popup is open", () => {
  it("Escape closes and keeps focus on the trigger", async () => {
    const { user, trigger } = setup({ defaultOpen: true });
    act(() => trigger().focus());
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("ArrowDown moves focus into the list on the first selected option, ArrowUp on the last", async () => {
    const { user, trigger, listbox, active } = setup({
      defaultOpen: true,
      defaultValue: ["running"],
    });
    act(() => trigger().focus());
    await user.keyboard("{ArrowDown}");
    expect(listbox()).toHaveFocus();
    expect(active()).toHaveAccessibleName("Running");
    act(() => trigger().focus());
    await user.keyboard("{ArrowUp}");
    expect(listbox()).toHaveFocus();
    expect(active()).toHaveAccessibleName("Timed out");
  });
});

describe("defect 4: Space during typeahead belongs to the search", () => {
  it.each([
    ["timed o", "Timed out"],
    ["waiting f", "Waiting for resources"],
  ])('typing "%s" moves to %s and selects nothing', async (typed, name) => {
    const { user, trigger, active, onValueChange } = setup();
    act(() => trigger().focus());
    await user.keyboard("{Enter}");
    await user.keyboard(typed);
    expect(active()).toHaveAccessibleName(name);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it("Space toggles again once the typeahead has lapsed", async () => {
    const { user, trigger, onValueChange } = setup();
    act(() => trigger().focus());
    await user.keyboard("{Enter}f");
    act(() => vi.advanceTimersByTime(600));
    await user.keyboard(" ");
    expect(onValueChange).toHaveBeenLastCalledWith(["failed"]);
  });
});

describe("defect 5: the trigger and the announcement say the same thing", () => {
  it("after Clear both say All phases", async () => {
    const { user, trigger } = setup({ defaultValue: ["failed"] });
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name: "Clear" }));
    await settle();
    expect(trigger()).toHaveAccessibleName("Phase: All phases");
    expect(screen.getByRole("status")).toHaveTextContent(/^All phases$/);
  });

  it("counts out of the options shown, disabled ones included", async () => {
    const { user, trigger } = setup({ disabledPhases: ["paused"] });
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name: "Select all" }));
    await settle();
    expect(screen.getAllByRole("option")).toHaveLength(10);
    expect(screen.getByRole("status")).toHaveTextContent(/^9 of 10 selected$/);
  });
});

describe("defect 6: the trigger tells which phases, on one line", () => {
  it("its accessible name lists every chosen phase; the visible text is the first and +N", () => {
    render(<PhaseFilter value={["queued", "running", "failed"]} />);
    const trigger = screen.getByRole("button", { name: "Phase: Queued, Running, Failed" });
    expect(trigger).toHaveTextContent(/^Phase\s*Queued$/);
    // "+2" is drawn from data-more by CSS (see the browser test), outside the name's tokens.
    expect(trigger.querySelector("[data-more]")).toHaveAttribute("data-more", "+2");
    expect(trigger).toHaveAttribute("title", "Queued, Running, Failed");
  });
});

describe("defect 7: presets say what they select, and can be found", () => {
  it("each preset has an accessible description listing its phases, and a tooltip", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    const failed = within(screen.getByRole("group", { name: "Quick selections" })).getByRole(
      "button",
      { name: "Failed" },
    );
    expect(failed).toHaveAccessibleDescription("Selects Failed, Aborted, Timed out");
    expect(failed).toHaveAttribute("title", "Selects Failed, Aborted, Timed out");
  });

  it("the popup is named, and the listbox tells that quick selections are one Shift+Tab away", async () => {
    const { user, trigger, listbox } = setup();
    await user.click(trigger());
    expect(listbox().parentElement).toHaveAccessibleName("Phase filter");
    expect(listbox().parentElement).toHaveAttribute("role", "group");
    expect(listbox()).toHaveAccessibleDescription("Shift+Tab for quick selections");
  });

  it("without presets the listbox has no such description", async () => {
    const { user, trigger, listbox } = setup({ presets: false });
    await user.click(trigger());
    expect(listbox()).toHaveAccessibleDescription("");
  });
});

describe("defect 8: counts have a unit", () => {
  it('an option with a count is named "Failed, 12 actions", singular for 1', async () => {
    const { user, trigger } = setup({ counts: { failed: 12, aborted: 1, running: 0 } });
    await user.click(trigger());
    expect(screen.getByRole("option", { name: "Failed, 12 actions" })).toHaveTextContent("12");
    expect(screen.getByRole("option", { name: "Aborted, 1 action" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Running, 0 actions" })).toBeInTheDocument();
  });
});

describe("defect 12: disabled options are marked by a shape and say why", () => {
  it("draws a struck-out box instead of the check box, drops the count, and is described", async () => {
    const { user, trigger } = setup({ disabledPhases: ["paused"], counts: { paused: 4 } });
    await user.click(trigger());
    const paused = screen.getByRole("option", { name: "Paused" });
    expect(paused).toHaveTextContent(/^Paused$/);
    expect(paused.querySelector(".fpu-PhaseFilter-blocked")).not.toBeNull();
    expect(paused.querySelector(".fpu-PhaseFilter-checkmark")).toBeNull();
    expect(
      screen.getByRole("option", { name: "Running" }).querySelector(".fpu-PhaseFilter-blocked"),
    ).toBeNull();
    expect(paused).toHaveAccessibleDescription("Unavailable");
    expect(paused).toHaveAttribute("title", "Unavailable");
  });

  it("announces the reason given", async () => {
    const { user, trigger } = setup({
      disabledPhases: ["paused"],
      disabledReason: "This list cannot be paused",
    });
    await user.click(trigger());
    expect(screen.getByRole("option", { name: "Paused" })).toHaveAccessibleDescription(
      "This list cannot be paused",
    );
  });
});

describe("usePhaseFilter: getRootProps, getLabelProps and merged handlers and refs", () => {
  function Custom({ onTriggerClick }: { onTriggerClick: () => void }) {
    const filter = usePhaseFilter({ presets: false });
    const triggerRef = createRef<HTMLButtonElement>();
    (Custom as { lastRef?: typeof triggerRef }).lastRef = triggerRef;
    return (
      <div {...filter.getRootProps()}>
        <span {...filter.getLabelProps()}>{filter.label}</span>
        <button {...filter.getTriggerProps({ onClick: onTriggerClick, ref: triggerRef })}>
          {filter.summary}
        </button>
        {filter.open && (
          <div {...filter.getPopupProps()}>
            <ul {...filter.getListboxProps()}>
              {filter.options.map((option) => (
                <li key={option.phase} {...filter.getOptionProps(option.phase)}>
                  {option.label}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    );
  }

  it("the caller's onClick and ref are kept alongside the hook's own", async () => {
    const onTriggerClick = vi.fn();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<Custom onTriggerClick={onTriggerClick} />);
    const trigger = screen.getByRole("button", { name: "Phase: All phases" });
    await user.click(trigger);
    expect(onTriggerClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("listbox")).toHaveAccessibleName("Phase");
    expect((Custom as { lastRef?: { current: unknown } }).lastRef?.current).toBe(trigger);
    // getRootProps carries the ref that tells inside from outside: a click outside closes.
    await user.click(document.body);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("a caller's handler that calls preventDefault stops the hook's", () => {
    function Prevented() {
      const filter = usePhaseFilter();
      return (
        <div {...filter.getRootProps()}>
          <button {...filter.getTriggerProps({ onClick: (event) => event.preventDefault() })}>
            {filter.summary}
          </button>
          {filter.open && <div role="listbox" aria-label="x" />}
        </div>
      );
    }
    render(<Prevented />);
    fireEvent.click(screen.getByRole("button"));
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });
});

describe("issue 9: timers and blur", () => {
  it("unmounting clears the pending announcement timer", async () => {
    const { user, trigger, unmount } = setup();
    await user.click(trigger());
    await user.keyboard(" ");
    const pending = vi.getTimerCount();
    expect(pending).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("focus leaving the popup for another control closes it", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    expect(screen.getByRole("listbox")).toHaveFocus();
    act(() => screen.getByRole("button", { name: "After" }).focus());
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });
});
