// "Servers without RECOVERED": flyteidl2 2.0.16's ActionPhase stops at PAUSED (9). An app on
// such a server offers only the phases it knows, and every preset keeps to them.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionPhase, ActionPhaseSchema } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
import { PhaseFilter, phasesKnownTo, toPhaseFilter } from "../../../src";
import type { ActionPhase as Phase } from "../../../src";

const KNOWN_TO_2_0_16: Phase[] = [
  "queued",
  "waiting_for_resources",
  "initializing",
  "running",
  "paused",
  "succeeded",
  "failed",
  "aborted",
  "timed_out",
];

describe("phasesKnownTo with flyteidl2 2.0.16", () => {
  it("reads the generated enum object and the enum descriptor alike", () => {
    expect(phasesKnownTo(ActionPhase)).toEqual(KNOWN_TO_2_0_16);
    expect(phasesKnownTo(ActionPhaseSchema)).toEqual(KNOWN_TO_2_0_16);
  });

  it("so the filter sent to that server never asks for 10", () => {
    expect(toPhaseFilter(phasesKnownTo(ActionPhase))?.values).not.toContain("10");
  });
});

describe("PhaseFilter on a server without RECOVERED", () => {
  async function openWith(preset: string) {
    const user = userEvent.setup();
    const onValueChange = vi.fn<(phases: Phase[]) => void>();
    render(
      <PhaseFilter
        phases={phasesKnownTo(ActionPhase)}
        defaultValue={["queued"]}
        onValueChange={onValueChange}
      />,
    );
    await user.click(screen.getByRole("button", { name: /^Phase:/ }));
    await user.click(screen.getByRole("button", { name: preset }));
    return onValueChange;
  }

  it("offers nine options, none of them Recovered", async () => {
    const user = userEvent.setup();
    render(<PhaseFilter phases={phasesKnownTo(ActionPhase)} />);
    await user.click(screen.getByRole("button", { name: /^Phase:/ }));
    const names = screen.getAllByRole("option").map((option) => option.textContent);
    expect(names).toHaveLength(9);
    expect(names).not.toContain("Recovered");
  });

  it.each<[string, Phase[]]>([
    ["Select all", KNOWN_TO_2_0_16],
    ["Succeeded", ["succeeded"]],
    ["Finished", ["succeeded", "failed", "aborted", "timed_out"]],
    ["In progress", ["queued", "waiting_for_resources", "initializing", "running", "paused"]],
  ])('preset "%s" selects only known phases', async (preset, expected) => {
    const onValueChange = await openWith(preset);
    expect(onValueChange).toHaveBeenLastCalledWith(expected);
  });
});
