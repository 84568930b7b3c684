import { createRef, useState } from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  ACTION_PHASES,
  PhaseBadge,
  PhaseFilter,
  PhaseStringsProvider,
  countByPhase,
  formatPhaseParam,
  usePhaseFilter,
} from "../../src";
import type { ActionPhase, PhaseFilterProps } from "../../src";
import { resetDevelopmentWarnings } from "../../src/internal/warnInDevelopment";

const LABELS = [
  "Queued",
  "Waiting for resources",
  "Initializing",
  "Running",
  "Paused",
  "Succeeded",
  "Recovered",
  "Failed",
  "Aborted",
  "Timed out",
];

function setup(props: Partial<PhaseFilterProps> = {}) {
  const user = userEvent.setup();
  const onValueChange = vi.fn<(phases: ActionPhase[]) => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  const view = render(
    <>
      <button type="button">Before</button>
      <PhaseFilter onValueChange={onValueChange} onOpenChange={onOpenChange} {...props} />
      <button type="button">After</button>
    </>,
  );
  const trigger = () => screen.getByRole("button", { name: /^Phase:/ });
  const listbox = () => screen.getByRole("listbox");
  const option = (name: string | RegExp) => screen.getByRole("option", { name });
  /** The option the listbox points at with aria-activedescendant. */
  const active = () => {
    const id = listbox().getAttribute("aria-activedescendant");
    return id ? document.getElementById(id) : null;
  };
  return { user, onValueChange, onOpenChange, trigger, listbox, option, active, ...view };
}

afterEach(() => {
  resetDevelopmentWarnings();
  vi.restoreAllMocks();
});

describe("PhaseFilter: ARIA roles and names", () => {
  it("the trigger is a <button> with aria-haspopup=listbox, aria-expanded, and aria-controls pointing at the popup while it is open", async () => {
    const { user, trigger, listbox } = setup();
    expect(trigger().tagName).toBe("BUTTON");
    expect(trigger()).toHaveAttribute("aria-haspopup", "listbox");
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(trigger()).not.toHaveAttribute("aria-controls");
    await user.click(trigger());
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(trigger()).toHaveAttribute("aria-controls", listbox().id);
    expect(listbox().id).not.toBe("");
  });

  it("the popup has role=listbox and aria-multiselectable=true; each phase is role=option with aria-selected true/false", async () => {
    const { user, trigger, listbox } = setup({ defaultValue: ["failed"] });
    await user.click(trigger());
    expect(listbox()).toHaveAttribute("aria-multiselectable", "true");
    expect(listbox()).toHaveAccessibleName("Phase");
    const options = within(listbox()).getAllByRole("option");
    expect(options.map((option) => option.getAttribute("aria-selected"))).toEqual(
      ACTION_PHASES.map((phase) => String(phase === "failed")),
    );
  });

  it("options are labelled with the same text as the badge, in lifecycle order", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    const names = screen.getAllByRole("option").map((option) => option.textContent);
    expect(names).toEqual(LABELS);
    for (const phase of ACTION_PHASES) {
      const { container, unmount } = render(<PhaseBadge phase={phase} />);
      expect(screen.getAllByRole("option")[ACTION_PHASES.indexOf(phase)]).toHaveAccessibleName(
        container.textContent ?? "",
      );
      unmount();
    }
  });

  it("options show the phase icon, hidden from assistive technology", async () => {
    const { user, trigger, option } = setup();
    await user.click(trigger());
    const icon = option("Timed out").querySelector("svg[data-phase-icon]");
    expect(icon).toHaveAttribute("data-phase-icon", "timed_out");
    expect(icon).toHaveAttribute("aria-hidden", "true");
  });
});

describe("PhaseFilter: keyboard", () => {
  it("Enter on the trigger opens it and puts aria-activedescendant on the first option when nothing is selected", async () => {
    const { user, trigger, listbox, active, onOpenChange } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    expect(listbox()).toHaveFocus();
    expect(active()).toHaveAccessibleName("Queued");
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
  });

  it("Space on the trigger opens it on the first selected option", async () => {
    const { user, trigger, listbox, active } = setup({ defaultValue: ["aborted", "running"] });
    trigger().focus();
    await user.keyboard(" ");
    expect(listbox()).toHaveFocus();
    expect(active()).toHaveAccessibleName("Running");
  });

  it("ArrowDown on the trigger opens it on the first selected option", async () => {
    const { user, trigger, active } = setup({ defaultValue: ["recovered"] });
    trigger().focus();
    await user.keyboard("{ArrowDown}");
    expect(active()).toHaveAccessibleName("Recovered");
  });

  it("ArrowUp on the trigger opens it on the last option", async () => {
    const { user, trigger, listbox, active } = setup({ defaultValue: ["failed"] });
    trigger().focus();
    await user.keyboard("{ArrowUp}");
    expect(listbox()).toHaveFocus();
    expect(active()).toHaveAccessibleName("Timed out");
  });

  it("ArrowDown/ArrowUp move without selecting; Home/End jump", async () => {
    const { user, trigger, active, onValueChange } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(active()).toHaveAccessibleName("Initializing");
    await user.keyboard("{ArrowUp}");
    expect(active()).toHaveAccessibleName("Waiting for resources");
    await user.keyboard("{End}");
    expect(active()).toHaveAccessibleName("Timed out");
    await user.keyboard("{ArrowDown}");
    expect(active()).toHaveAccessibleName("Timed out");
    await user.keyboard("{Home}");
    expect(active()).toHaveAccessibleName("Queued");
    await user.keyboard("{ArrowUp}");
    expect(active()).toHaveAccessibleName("Queued");
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.queryAllByRole("option", { selected: true })).toHaveLength(0);
  });

  it("Space (and Enter) toggles the active option and the popup stays open; onValueChange receives the new array of phases", async () => {
    const { user, trigger, option, listbox, onValueChange } = setup();
    trigger().focus();
    await user.keyboard("{End}");
    await user.keyboard("{Enter}{End} ");
    expect(onValueChange).toHaveBeenLastCalledWith(["timed_out"]);
    expect(option("Timed out")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowUp}{ArrowUp}{Enter}");
    expect(onValueChange).toHaveBeenLastCalledWith(["failed", "timed_out"]);
    expect(listbox()).toBeInTheDocument();
    expect(listbox()).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown} ");
    expect(onValueChange).toHaveBeenLastCalledWith(["failed"]);
    expect(option("Timed out")).toHaveAttribute("aria-selected", "false");
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
  });

  it("Escape closes and returns focus to the trigger", async () => {
    const { user, trigger, onOpenChange } = setup();
    await user.click(trigger());
    expect(screen.getByRole("listbox")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it("Escape from a preset button also closes and returns focus to the trigger", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Clear" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("Tab closes and moves on", async () => {
    const { user, trigger } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    await user.tab();
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
  });

  it("Tab closes and moves on: with nothing after the filter, focus goes to the trigger, not <body>", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter />);
    const trigger = screen.getByRole("button", { name: /^Phase:/ });
    await user.click(trigger);
    await user.tab();
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it("a click outside closes", async () => {
    const { user, trigger, onOpenChange } = setup();
    await user.click(trigger());
    await user.click(document.body);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it("a click outside on another control closes and leaves focus there", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name: "Before" }));
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Before" })).toHaveFocus();
  });

  it("Focus never lands on <body>: not after Escape, Tab, a click outside, a toggle, or closing from outside", async () => {
    const { user, trigger, unmount } = setup();
    const bodyFocused = () => document.activeElement === document.body;
    await user.click(trigger());
    await user.keyboard(" ");
    expect(bodyFocused()).toBe(false);
    await user.keyboard("{Escape}");
    expect(bodyFocused()).toBe(false);
    await user.click(trigger());
    await user.click(document.body);
    expect(bodyFocused()).toBe(false);
    expect(trigger()).toHaveFocus();
    await user.click(trigger());
    await user.click(trigger());
    expect(bodyFocused()).toBe(false);
    // A parent closes a controlled popup while the list has focus.
    unmount();
    const controlled = render(<PhaseFilter open />);
    screen.getByRole("listbox").focus();
    controlled.rerender(<PhaseFilter open={false} />);
    expect(bodyFocused()).toBe(false);
    expect(trigger()).toHaveFocus();
  });

  it('Typeahead: typing "ti" moves to "Timed out"', async () => {
    const { user, trigger, active } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    await user.keyboard("ti");
    expect(active()).toHaveAccessibleName("Timed out");
  });

  it('Typeahead: "r" then "r" cycles Running → Recovered', async () => {
    const { user, trigger, active } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    await user.keyboard("r");
    expect(active()).toHaveAccessibleName("Running");
    await user.keyboard("r");
    expect(active()).toHaveAccessibleName("Recovered");
    await user.keyboard("r");
    expect(active()).toHaveAccessibleName("Running");
  });

  it("Typeahead: characters typed apart start a new search; no match keeps the active option", async () => {
    const { user, trigger, active } = setup();
    trigger().focus();
    await user.keyboard("{Enter}f");
    expect(active()).toHaveAccessibleName("Failed");
    await user.keyboard("z");
    expect(active()).toHaveAccessibleName("Failed");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await user.keyboard("a");
    expect(active()).toHaveAccessibleName("Aborted");
  });

  it("Typeahead uses the translated labels", async () => {
    const user = userEvent.setup();
    render(
      <PhaseStringsProvider
        strings={{ phaseLabels: { failed: "Fehlgeschlagen", aborted: "Abgebrochen" } }}
      >
        <PhaseFilter />
      </PhaseStringsProvider>,
    );
    screen.getByRole("button", { name: /^Phase:/ }).focus();
    await user.keyboard("{Enter}fe");
    const listbox = screen.getByRole("listbox");
    const id = listbox.getAttribute("aria-activedescendant");
    expect(document.getElementById(id ?? "")).toHaveAccessibleName("Fehlgeschlagen");
  });

  it("Disabled options are aria-disabled, skipped by the keyboard, never selected", async () => {
    const { user, trigger, option, active, onValueChange } = setup({
      disabledPhases: ["queued", "paused", "timed_out"],
    });
    trigger().focus();
    await user.keyboard("{Enter}");
    expect(option("Queued")).toHaveAttribute("aria-disabled", "true");
    expect(option("Paused")).toHaveAttribute("aria-disabled", "true");
    expect(option("Running")).not.toHaveAttribute("aria-disabled");
    // First enabled option, not the disabled first one.
    expect(active()).toHaveAccessibleName("Waiting for resources");
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(active()).toHaveAccessibleName("Succeeded");
    await user.keyboard("{End}");
    expect(active()).toHaveAccessibleName("Aborted");
    await user.keyboard("{Home}");
    expect(active()).toHaveAccessibleName("Waiting for resources");
    await user.keyboard("p");
    expect(active()).not.toHaveAccessibleName("Paused");
    await user.click(option("Paused"));
    await user.click(option("Timed out"));
    expect(onValueChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Select all" }));
    expect(onValueChange).toHaveBeenLastCalledWith([
      "waiting_for_resources",
      "initializing",
      "running",
      "succeeded",
      "recovered",
      "failed",
      "aborted",
    ]);
    expect(option("Queued")).toHaveAttribute("aria-selected", "false");
    expect(option("Timed out")).toHaveAttribute("aria-selected", "false");
  });

  it("Disabled options are never selected, even when the value names them", async () => {
    const { user, trigger, option } = setup({
      defaultValue: ["paused", "failed"],
      disabledPhases: ["paused"],
    });
    expect(trigger()).toHaveAccessibleName("Phase: Failed");
    await user.click(trigger());
    expect(option("Paused")).toHaveAttribute("aria-selected", "false");
  });

  it("Ctrl+A selects every enabled option, and clears when all are selected", async () => {
    const { user, trigger, onValueChange } = setup({ disabledPhases: ["paused"] });
    await user.click(trigger());
    await user.keyboard("{Control>}a{/Control}");
    expect(onValueChange).toHaveBeenLastCalledWith(ACTION_PHASES.filter((p) => p !== "paused"));
    await user.keyboard("{Control>}a{/Control}");
    expect(onValueChange).toHaveBeenLastCalledWith([]);
  });
});

describe("PhaseFilter: trigger summary", () => {
  it.each<[ActionPhase[], string]>([
    [[], "Phase: All phases"],
    [["failed"], "Phase: Failed"],
    [["timed_out", "failed"], "Phase: Failed, Timed out"],
    [["queued", "running", "failed"], "Phase: 3 phases"],
    [[...ACTION_PHASES], "Phase: 10 phases"],
  ])("the trigger's accessible name includes the label and a summary: %j → %s", (value, name) => {
    render(<PhaseFilter value={value} />);
    expect(screen.getByRole("button", { name })).toBeInTheDocument();
  });

  it("the visible trigger text shows the label and the summary", () => {
    render(<PhaseFilter defaultValue={["failed", "timed_out"]} label="Status" />);
    const trigger = screen.getByRole("button", { name: "Status: Failed, Timed out" });
    expect(trigger).toHaveTextContent("Status");
    expect(trigger).toHaveTextContent("Failed, Timed out");
  });
});

describe("PhaseFilter: presets", () => {
  it.each<[string, ActionPhase[]]>([
    ["In progress", ["queued", "waiting_for_resources", "initializing", "running", "paused"]],
    ["Succeeded", ["succeeded", "recovered"]],
    ["Failed", ["failed", "aborted", "timed_out"]],
    ["Finished", ["succeeded", "recovered", "failed", "aborted", "timed_out"]],
    ["Select all", [...ACTION_PHASES]],
  ])('preset "%s" selects its phases', async (name, phases) => {
    const { user, trigger, onValueChange } = setup({ defaultValue: ["queued"] });
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name }));
    if (phases.join() !== "queued") expect(onValueChange).toHaveBeenLastCalledWith(phases);
    expect(screen.getAllByRole("option", { selected: true }).map((o) => o.textContent)).toEqual(
      phases.map((phase) => LABELS[ACTION_PHASES.indexOf(phase)]),
    );
    expect(screen.getByRole("listbox")).toBeInTheDocument();
  });

  it('"Clear" empties the selection', async () => {
    const { user, trigger, onValueChange } = setup({ defaultValue: ["failed", "aborted"] });
    await user.click(trigger());
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(onValueChange).toHaveBeenLastCalledWith([]);
    expect(trigger()).toHaveAccessibleName("Phase: All phases");
  });

  it("Presets ... all reachable by keyboard: Shift+Tab from the list walks the presets, Tab returns to the list", async () => {
    const { user, trigger, listbox, onValueChange } = setup();
    trigger().focus();
    await user.keyboard("{Enter}");
    const order = ["Clear", "Select all", "Finished", "Failed", "Succeeded", "In progress"];
    for (const name of order) {
      await user.tab({ shift: true });
      expect(screen.getByRole("button", { name })).toHaveFocus();
    }
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole("button", { name: "Succeeded" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onValueChange).toHaveBeenLastCalledWith(["succeeded", "recovered"]);
    await user.tab();
    await user.tab();
    await user.keyboard(" ");
    expect(onValueChange).toHaveBeenLastCalledWith([
      "succeeded",
      "recovered",
      "failed",
      "aborted",
      "timed_out",
    ]);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(listbox()).toHaveFocus();
    expect(screen.getByRole("listbox")).toBeInTheDocument();
  });

  it("Shift+Tab from the first preset closes the popup onto the trigger", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    for (let i = 0; i < 6; i++) await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "In progress" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("without presets, Shift+Tab from the list closes onto the trigger", async () => {
    const { user, trigger } = setup({ presets: false });
    await user.click(trigger());
    expect(screen.queryByRole("button", { name: "Clear" })).not.toBeInTheDocument();
    await user.tab({ shift: true });
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("shows only the presets asked for, in the order given", async () => {
    const { user, trigger } = setup({ presets: ["clear", "failed"] });
    await user.click(trigger());
    const popup = screen.getByRole("listbox").parentElement as HTMLElement;
    expect(
      within(popup)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Clear", "Failed"]);
  });

  it("a preset with nothing selectable here is disabled", async () => {
    const { user, trigger } = setup({ phases: ["running", "failed"] });
    await user.click(trigger());
    expect(screen.getByRole("button", { name: "Succeeded" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Failed" })).toBeEnabled();
  });
});

describe("PhaseFilter: counts", () => {
  it('counts per phase appear in the option text and its accessible name ("Failed, 12")', async () => {
    const { user, trigger, option } = setup({ counts: { failed: 12, running: 0 } });
    await user.click(trigger());
    expect(option("Failed, 12")).toHaveTextContent("12");
    expect(option("Running, 0")).toHaveTextContent("0");
    expect(option("Queued")).toHaveTextContent(/^Queued$/);
  });

  it("takes countByPhase's result as it is", async () => {
    const counts = countByPhase(["failed", "failed", "paused", null], (x) => x);
    const { user, trigger, option } = setup({ counts });
    await user.click(trigger());
    expect(option("Failed, 2")).toBeInTheDocument();
    expect(option("Paused, 1")).toBeInTheDocument();
    expect(option("Queued, 0")).toBeInTheDocument();
  });
});

describe("PhaseFilter: live region", () => {
  it('one polite, debounced live region says "3 of 10 selected" after changes', async () => {
    const { user, trigger, container } = setup();
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(container.querySelectorAll("[aria-live]")).toHaveLength(1);
    expect(status).toHaveTextContent("");
    await user.click(trigger());
    await user.keyboard(" {ArrowDown} {ArrowDown} ");
    // Debounced: nothing is said while changes come in quick succession.
    expect(status).toHaveTextContent(/^$/);
    await waitFor(() => expect(status).toHaveTextContent("3 of 10 selected"));
    await user.click(screen.getByRole("button", { name: "Clear" }));
    await waitFor(() => expect(status).toHaveTextContent("0 of 10 selected"));
  });

  it("counts only enabled options in the total", async () => {
    const { user, trigger } = setup({ disabledPhases: ["paused"] });
    await user.click(trigger());
    await user.keyboard(" ");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 of 9 selected"));
  });

  it("says nothing on mount or when a controlled value changes from outside", async () => {
    const { rerender } = render(<PhaseFilter value={["failed"]} />);
    rerender(<PhaseFilter value={["failed", "aborted"]} />);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(screen.getByRole("status")).toHaveTextContent(/^$/);
  });
});

describe("PhaseFilter: mouse", () => {
  it("clicking options toggles them and keeps the popup open", async () => {
    const { user, trigger, option, onValueChange } = setup();
    await user.click(trigger());
    await user.click(option("Failed"));
    await user.click(option("Queued"));
    expect(onValueChange).toHaveBeenLastCalledWith(["queued", "failed"]);
    await user.click(option("Failed"));
    expect(onValueChange).toHaveBeenLastCalledWith(["queued"]);
    expect(screen.getByRole("listbox")).toHaveFocus();
    expect(trigger()).toHaveAccessibleName("Phase: Queued");
  });

  it("clicking the trigger toggles the popup", async () => {
    const { user, trigger } = setup();
    await user.click(trigger());
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.click(trigger());
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("hovering an option makes it the active one", async () => {
    const { user, trigger, option, active } = setup();
    await user.click(trigger());
    await user.hover(option("Aborted"));
    expect(active()).toHaveAccessibleName("Aborted");
  });
});

describe("PhaseFilter: controlled and uncontrolled", () => {
  function Controlled() {
    const [value, setValue] = useState<ActionPhase[]>(["failed"]);
    const [open, setOpen] = useState(false);
    return (
      <>
        <PhaseFilter value={value} onValueChange={setValue} open={open} onOpenChange={setOpen} />
        <output>{formatPhaseParam(value)}</output>
        <button type="button" onClick={() => setValue([])}>
          reset
        </button>
      </>
    );
  }

  it("controlled: value and open follow the parent", async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const trigger = screen.getByRole("button", { name: /^Phase:/ });
    await user.click(trigger);
    await user.click(screen.getByRole("option", { name: "Aborted" }));
    expect(document.querySelector("output")).toHaveTextContent("failed,aborted");
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "reset" }));
    expect(trigger).toHaveAccessibleName("Phase: All phases");
  });

  it("controlled: a value the parent does not update stays as it is", async () => {
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    render(<PhaseFilter value={["failed"]} onValueChange={onValueChange} defaultOpen />);
    await user.click(screen.getByRole("option", { name: "Queued" }));
    expect(onValueChange).toHaveBeenCalledWith(["queued", "failed"]);
    expect(screen.getByRole("option", { name: "Queued" })).toHaveAttribute(
      "aria-selected",
      "false",
    );
  });

  it("controlled open: the popup stays closed until the parent opens it", async () => {
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    render(<PhaseFilter open={false} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button"));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button"));
    expect(onOpenChange).toHaveBeenCalledTimes(2);
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
  });

  it("uncontrolled: defaultValue and defaultOpen are the start, the component keeps the rest", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter defaultValue={["timed_out", "failed", "failed"]} defaultOpen />);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    expect(screen.getAllByRole("option", { selected: true }).map((o) => o.textContent)).toEqual([
      "Failed",
      "Timed out",
    ]);
    await user.click(screen.getByRole("option", { name: "Failed" }));
    expect(screen.getAllByRole("option", { selected: true }).map((o) => o.textContent)).toEqual([
      "Timed out",
    ]);
  });

  it("switching from uncontrolled to controlled warns in development", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<PhaseFilter />);
    rerender(<PhaseFilter value={["failed"]} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/`value` is changing from uncontrolled to controlled/),
    );
  });

  it("switching from controlled to uncontrolled warns in development", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<PhaseFilter open={false} />);
    rerender(<PhaseFilter />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/`open` is changing from controlled to uncontrolled/),
    );
  });

  it("does not warn when the mode stays the same", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<PhaseFilter value={[]} />);
    rerender(<PhaseFilter value={["failed"]} />);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("PhaseFilter: forms", () => {
  it("a GET form yields exactly the parameter formatPhaseParam writes", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      return new URLSearchParams(new FormData(event.currentTarget) as unknown as string).toString();
    });
    render(
      <form method="get" onSubmit={onSubmit}>
        <PhaseFilter name="status" defaultValue={["timed_out", "failed"]} />
        <button type="submit">Apply</button>
      </form>,
    );
    await user.click(screen.getByRole("button", { name: "Apply" }));
    const query = onSubmit.mock.results[0]?.value as string;
    expect(query).toBe(
      new URLSearchParams({ status: formatPhaseParam(["failed", "timed_out"]) }).toString(),
    );
    expect(new URLSearchParams(query).get("status")).toBe("failed,timed_out");
  });

  it("an empty selection submits an empty parameter; a disabled filter submits nothing", () => {
    const { container, rerender } = render(
      <form>
        <PhaseFilter name="status" />
      </form>,
    );
    const form = () => container.querySelector("form") as HTMLFormElement;
    expect(new FormData(form()).get("status")).toBe("");
    rerender(
      <form>
        <PhaseFilter name="status" disabled defaultValue={["failed"]} />
      </form>,
    );
    expect(new FormData(form()).has("status")).toBe(false);
  });

  it("without a name there is no form value", () => {
    const { container } = render(
      <form>
        <PhaseFilter defaultValue={["failed"]} />
      </form>,
    );
    expect([...new FormData(container.querySelector("form") as HTMLFormElement).keys()]).toEqual(
      [],
    );
  });
});

describe("PhaseFilter: disabled, props and ref", () => {
  it("disabled: the trigger is disabled and the popup cannot open", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter disabled defaultOpen />);
    const trigger = screen.getByRole("button", { name: /^Phase:/ });
    expect(trigger).toBeDisabled();
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    await user.click(trigger);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("forwards the ref to the root and passes native props through", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <PhaseFilter
        ref={ref}
        id="filter"
        className="mine"
        style={{ marginTop: 3 }}
        data-testid="root"
        aria-describedby="help"
      />,
    );
    const root = screen.getByTestId("root");
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute("id", "filter");
    expect(root).toHaveClass("fpu-PhaseFilter", "mine");
    expect(root).toHaveStyle({ marginTop: "3px" });
    expect(root).toHaveAttribute("aria-describedby", "help");
    expect(root).toHaveAttribute("data-state", "closed");
    expect(PhaseFilter.displayName).toBe("PhaseFilter");
  });

  it("calls a callback ref with the root element", () => {
    const ref = vi.fn();
    render(<PhaseFilter ref={ref} />);
    expect(ref).toHaveBeenCalledWith(expect.any(HTMLDivElement));
  });

  it("phases limits and orders the options", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter phases={["timed_out", "running", "running"]} />);
    await user.click(screen.getByRole("button", { name: /^Phase:/ }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Running",
      "Timed out",
    ]);
  });

  it("two filters on one page get distinct ids", async () => {
    const user = userEvent.setup();
    render(
      <>
        <PhaseFilter defaultOpen label="A" />
        <PhaseFilter defaultOpen label="B" />
      </>,
    );
    const [a, b] = screen.getAllByRole("listbox");
    expect(a?.id).not.toBe(b?.id);
    await user.click(screen.getByRole("button", { name: /^B:/ }));
  });
});

describe("PhaseFilter: translated", () => {
  it("uses the provider's labels, summary and announcement", async () => {
    const user = userEvent.setup();
    render(
      <PhaseStringsProvider
        strings={{
          phaseLabels: { failed: "Fehlgeschlagen", timed_out: "Zeitüberschreitung" },
          filter: {
            label: "Status",
            summaryAll: "Alle Status",
            selectedCount: ({ count, total }) => `${count} von ${total} ausgewählt`,
            clear: "Leeren",
          },
        }}
      >
        <PhaseFilter />
      </PhaseStringsProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Status: Alle Status" });
    await user.click(trigger);
    await user.click(screen.getByRole("option", { name: "Fehlgeschlagen" }));
    await user.click(screen.getByRole("option", { name: "Zeitüberschreitung" }));
    expect(trigger).toHaveAccessibleName("Status: Fehlgeschlagen, Zeitüberschreitung");
    expect(screen.getByRole("button", { name: "Leeren" })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("2 von 10 ausgewählt"),
    );
  });
});

describe("PhaseFilter: bad input never crashes", () => {
  it("warns once in development about what it ignored", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(
      <PhaseFilter
        value={["bogus", "failed"] as unknown as ActionPhase[]}
        disabledPhases={[11] as unknown as ActionPhase[]}
      />,
    );
    rerender(
      <PhaseFilter
        value={["bogus", "failed"] as unknown as ActionPhase[]}
        disabledPhases={[11] as unknown as ActionPhase[]}
      />,
    );
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored "bogus" in `value`'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ignored 11 in `disabledPhases`"));
  });

  it("does not warn for valid input in any wire form", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <PhaseFilter value={["FAILED", 8, "ACTION_PHASE_RUNNING"] as unknown as ActionPhase[]} />,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("unknown strings and junk in value are dropped", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <PhaseFilter value={["bogus", "FAILED", null, 42, "failed"] as unknown as ActionPhase[]} />,
    );
    expect(screen.getByRole("button", { name: "Phase: Failed" })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"bogus", null, 42 in `value`'));
  });

  it("a lone string, a number or null as value/defaultValue", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<PhaseFilter value={"timed_out" as unknown as ActionPhase[]} />);
    expect(screen.getByRole("button", { name: "Phase: Timed out" })).toBeInTheDocument();
    render(<PhaseFilter defaultValue={42 as unknown as ActionPhase[]} label="B" />);
    expect(screen.getByRole("button", { name: "B: All phases" })).toBeInTheDocument();
    render(<PhaseFilter defaultValue={null as unknown as ActionPhase[]} label="C" />);
    expect(screen.getByRole("button", { name: "C: All phases" })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ignored 42 in `value`"));
  });

  it("unknown keys and non-numbers in counts are ignored", async () => {
    const user = userEvent.setup();
    const counts = {
      bogus: 3,
      failed: "12",
      running: NaN,
      paused: -1,
      queued: Infinity,
      aborted: 2,
    };
    render(<PhaseFilter counts={counts as never} />);
    await user.click(screen.getByRole("button"));
    expect(screen.getByRole("option", { name: "Failed" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Running" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Paused" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Queued" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Aborted, 2" })).toBeInTheDocument();
  });

  it("counts that are not an object are ignored", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter counts={"12" as never} defaultOpen />);
    expect(screen.getByRole("option", { name: "Failed" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
  });

  it("unknown strings in disabledPhases and phases are dropped", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <PhaseFilter
        phases={["bogus", "running", "ACTION_PHASE_FAILED", 11] as unknown as ActionPhase[]}
        disabledPhases={["nope", "RUNNING"] as unknown as ActionPhase[]}
      />,
    );
    await user.click(screen.getByRole("button"));
    const options = screen.getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Running", "Failed"]);
    expect(options[0]).toHaveAttribute("aria-disabled", "true");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"bogus", 11 in `phases`'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nope" in `disabledPhases`'));
  });

  it("an empty phases list renders an empty listbox and keys do nothing", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter phases={[]} />);
    await user.click(screen.getByRole("button", { name: /^Phase:/ }));
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    await user.keyboard("{ArrowDown}{End} r{Enter}");
    expect(screen.getByRole("listbox")).not.toHaveAttribute("aria-activedescendant");
  });

  it("unknown preset names are dropped", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter presets={["bogus", "clear"] as never} />);
    await user.click(screen.getByRole("button"));
    expect(screen.getByRole("button", { name: "Clear" })).toBeInTheDocument();
  });

  it("unmounting with a pending announcement does not update state", async () => {
    const error = vi.spyOn(console, "error");
    const user = userEvent.setup();
    const { unmount } = render(<PhaseFilter defaultOpen />);
    await user.click(screen.getByRole("option", { name: "Failed" }));
    unmount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(error).not.toHaveBeenCalled();
  });
});

describe("usePhaseFilter: another rendering from the same hook", () => {
  function ChipFilter() {
    const filter = usePhaseFilter({ phases: ["running", "failed", "timed_out"], presets: false });
    return (
      <div ref={filter.rootRef as React.RefObject<HTMLDivElement>}>
        <span id={filter.labelId}>{filter.label}</span>
        <button {...filter.getTriggerProps()}>{filter.summary}</button>
        {filter.open && (
          <div {...filter.getPopupProps()}>
            <ul {...filter.getListboxProps()}>
              {filter.options.map((option) => (
                <li key={option.phase} {...filter.getOptionProps(option.phase)}>
                  {option.selected ? "✓ " : ""}
                  {option.label}
                </li>
              ))}
            </ul>
          </div>
        )}
        <output>{filter.value.join("|")}</output>
      </div>
    );
  }

  it("gets the same keyboard model and state through the prop getters", async () => {
    const user = userEvent.setup();
    render(<ChipFilter />);
    const trigger = screen.getByRole("button", { name: "Phase: All phases" });
    trigger.focus();
    await user.keyboard("{ArrowUp} {Home} ");
    expect(document.querySelector("output")).toHaveTextContent("running|timed_out");
    expect(trigger).toHaveAccessibleName("Phase: Running, Timed out");
    await user.keyboard("{Escape}");
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });
});

describe("preset group", () => {
  it("is a group named by strings.filter.presetsLabel, so presets are told apart from options", async () => {
    const user = userEvent.setup();
    render(
      <PhaseStringsProvider strings={{ filter: { presetsLabel: "Schnellauswahl" } }}>
        <PhaseFilter />
      </PhaseStringsProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Phase/ }));
    const group = screen.getByRole("group", { name: "Schnellauswahl" });
    expect(within(group).getByRole("button", { name: "Failed" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Failed" })).not.toBe(
      within(group).getByRole("button", { name: "Failed" }),
    );
  });
});
