import { useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  ACTION_PHASES,
  PHASE_FILTER_PRESETS,
  PhaseFilter,
  PhaseStringsProvider,
  countByPhase,
  formatPhaseParam,
  toPhaseFilter,
} from "../src";
import type { ActionPhase } from "../src";
import { GERMAN } from "./german";

const meta = {
  title: "Components/PhaseFilter",
  component: PhaseFilter,
  args: { onValueChange: fn(), onOpenChange: fn() },
  argTypes: {
    value: { control: false },
    counts: { control: "object" },
    phases: { control: "check", options: ACTION_PHASES },
    disabledPhases: { control: "check", options: ACTION_PHASES },
    defaultValue: { control: "check", options: ACTION_PHASES },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A multi-select dropdown of Flyte action phases (WAI-ARIA listbox pattern). The " +
          "keyboard model is written out once, in the README's " +
          '"PhaseFilter › Keyboard" section; ' +
          "the KeyboardFlow story below runs it as a test.",
      },
    },
  },
} satisfies Meta<typeof PhaseFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

const trigger = (canvas: HTMLElement) => within(canvas).getByRole("button", { name: /^Phase:/ });
const activeOption = (canvas: HTMLElement) => {
  const id = within(canvas).getByRole("listbox").getAttribute("aria-activedescendant");
  return id ? canvas.ownerDocument.getElementById(id) : null;
};

/** Closed, nothing selected: "Phase: All phases". Click it and the listbox opens. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(trigger(canvasElement)).toHaveAccessibleName("Phase: All phases");
    await userEvent.click(trigger(canvasElement));
    await expect(canvas.getByRole("listbox")).toHaveFocus();
    await expect(canvas.getAllByRole("option")).toHaveLength(10);
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
  },
};

/** Every prop as a control. */
export const Playground: Story = {
  args: {
    label: "Phase",
    defaultValue: ["failed", "timed_out"],
    presets: true,
    disabled: false,
    counts: { running: 4, succeeded: 120, failed: 12, timed_out: 1 },
  },
};

function ControlledDemo() {
  const [phases, setPhases] = useState<ActionPhase[]>(["failed", "timed_out"]);
  const param = formatPhaseParam(phases);
  const filter = toPhaseFilter(phases);
  return (
    <div style={{ display: "grid", gap: "0.75rem", justifyItems: "start" }}>
      <PhaseFilter value={phases} onValueChange={setPhases} />
      <dl>
        <dt>URL parameter</dt>
        <dd>
          <code data-testid="param">?status={param}</code>
        </dd>
        <dt>Server filter (proto3 JSON)</dt>
        <dd>
          <code data-testid="server-filter">
            {filter === undefined ? "(no filter)" : JSON.stringify(filter)}
          </code>
        </dd>
      </dl>
    </div>
  );
}

/**
 * Controlled with `value` + `onValueChange`; the readout shows what `formatPhaseParam` puts in
 * the URL and what `toPhaseFilter` sends to the Flyte API for the same selection.
 */
export const Controlled: Story = {
  render: () => <ControlledDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId("param")).toHaveTextContent("?status=failed,timed_out");
    await expect(canvas.getByTestId("server-filter")).toHaveTextContent(
      '{"function":"VALUE_IN","field":"phase","values":["6","8"]}',
    );
    trigger(canvasElement).focus();
    await userEvent.keyboard("{ArrowDown}");
    // Opens on the first selected option; Space deselects it.
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Failed");
    await userEvent.keyboard(" ");
    await expect(canvas.getByTestId("param")).toHaveTextContent("?status=timed_out");
    await expect(canvas.getByTestId("server-filter")).toHaveTextContent(
      '{"function":"EQUAL","field":"phase","values":["8"]}',
    );
    await userEvent.keyboard("{End} ");
    await expect(canvas.getByTestId("server-filter")).toHaveTextContent("(no filter)");
    await userEvent.keyboard("{Escape}");
    await expect(trigger(canvasElement)).toHaveFocus();
  },
};

const SAMPLE: readonly ActionPhase[] = ACTION_PHASES.flatMap((phase, index) =>
  Array.from({ length: [3, 1, 0, 7, 2, 120, 4, 12, 5, 1][index] ?? 0 }, () => phase),
);

/**
 * `counts` from `countByPhase`: each option shows how many items it would show, and its
 * accessible name says it with the unit ("Failed, 12 actions", singular for 1).
 */
export const WithCounts: Story = {
  args: { counts: countByPhase(SAMPLE, (phase) => phase) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(trigger(canvasElement));
    await expect(canvas.getByRole("option", { name: "Failed, 12 actions" })).toHaveTextContent(
      "12",
    );
    await expect(canvas.getByRole("option", { name: "Initializing, 0 actions" })).toBeVisible();
  },
};

/**
 * `disabledPhases` for context exclusions (a list that cannot hold PAUSED or RECOVERED): shown
 * with a struck-out box, `aria-disabled`, skipped by the arrow keys and by presets, never
 * selected; `disabledReason` is their tooltip and accessible description.
 */
export const DisabledPhases: Story = {
  args: { disabledPhases: ["paused", "recovered"], disabledReason: "Not on this list" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    trigger(canvasElement).focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}");
    // Running → (Paused skipped) → Succeeded.
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Succeeded");
    await userEvent.keyboard("{ArrowDown}");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Failed");
    await userEvent.click(canvas.getByRole("option", { name: "Paused" }));
    await expect(canvas.getByRole("option", { name: "Paused" })).toHaveAttribute(
      "aria-selected",
      "false",
    );
    await expect(canvas.getByRole("option", { name: "Paused" })).toHaveAccessibleDescription(
      "Not on this list",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Succeeded" }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["succeeded"]);
  },
};

/**
 * The presets sit above the list; the listbox's description tells a screen-reader user they are
 * one Shift+Tab away, and each group preset says what it selects (tooltip and description). Each
 * preset replaces the selection.
 */
export const Presets: Story = {
  args: { presets: PHASE_FILTER_PRESETS },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    trigger(canvasElement).focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole("button", { name: "Clear" })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole("button", { name: "Failed" })).toHaveFocus();
    await expect(canvas.getByRole("button", { name: "Failed" })).toHaveAccessibleDescription(
      "Selects Failed, Aborted, Timed out",
    );
    await userEvent.keyboard("{Enter}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["failed", "aborted", "timed_out"]);
    await expect(trigger(canvasElement)).toHaveAccessibleName("Phase: Failed, Aborted, Timed out");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("3 of 10 selected"));
  },
};

/** Every string from `PhaseStringsProvider`: the same labels as the badge, in German. */
export const Translated: Story = {
  render: (args) => (
    <PhaseStringsProvider strings={GERMAN}>
      <div lang="de">
        <PhaseFilter {...args} />
      </div>
    </PhaseStringsProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "Status: Alle Status" });
    button.focus();
    await userEvent.keyboard("{Enter}ze");
    // Space right after typing would continue the search ("ze "): let it lapse, then toggle.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await userEvent.keyboard(" ");
    await expect(button).toHaveAccessibleName("Status: Zeitüberschreitung");
    await expect(canvas.getByRole("button", { name: "Alle auswählen" })).toBeVisible();
  },
};

/**
 * The keyboard model (written out in the README's "PhaseFilter › Keyboard") run as a test: open
 * with ArrowUp, Home, typeahead ("ti", then "r" "r"), Space toggles once the search lapsed,
 * Escape returns focus to the trigger.
 */
export const KeyboardFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    trigger(canvasElement).focus();
    await userEvent.keyboard("{ArrowUp}");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Timed out");
    await userEvent.keyboard("{Home}");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Queued");
    await userEvent.keyboard("ti");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Timed out");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await userEvent.keyboard("r");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Running");
    await userEvent.keyboard("r");
    await expect(activeOption(canvasElement)).toHaveAccessibleName("Recovered");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await userEvent.keyboard(" ");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["recovered"]);
    await expect(canvas.getByRole("listbox")).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await expect(canvas.queryByRole("listbox")).not.toBeInTheDocument();
    await expect(trigger(canvasElement)).toHaveFocus();
  },
};

function TabDemo() {
  const [phases, setPhases] = useState<ActionPhase[]>([]);
  const visible = useMemo(() => formatPhaseParam(phases) || "(all)", [phases]);
  return (
    <div style={{ display: "flex", gap: "0.75rem", alignItems: "center" }}>
      <PhaseFilter value={phases} onValueChange={setPhases} />
      <button type="button">Next control</button>
      <span>{visible}</span>
    </div>
  );
}

/** Tab with the popup open (see the README's "PhaseFilter › Keyboard"), run as a test. */
export const TabBehaviour: Story = {
  render: () => <TabDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    trigger(canvasElement).focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.tab();
    await expect(canvas.queryByRole("listbox")).not.toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "Next control" })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(trigger(canvasElement)).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole("button", { name: "Clear" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("listbox")).toHaveFocus();
  },
};

/**
 * Open, with a selection, counts and a disabled option: what axe scans with the popup open. Kept
 * off the docs page, where an open top-layer popup would float over the other examples.
 */
export const Open: Story = {
  tags: ["!autodocs"],
  args: {
    defaultOpen: true,
    defaultValue: ["running", "failed"],
    disabledPhases: ["paused"],
    counts: countByPhase(SAMPLE, (phase) => phase),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("listbox")).toBeVisible();
  },
};
