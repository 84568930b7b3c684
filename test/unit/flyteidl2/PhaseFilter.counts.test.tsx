// The `counts` prop of PhaseFilter takes Flyte 2 counts as they come — what readPhaseCounts
// reads — with no cast and no conversion, and shows exactly those numbers (0 for a phase that is
// absent). Until PhaseFilter's `counts` is typed PhaseCountsInput and read with readPhaseCounts,
// these tests fail (and `tsc -p tsconfig.flyteidl2.json` reports the TaskGroup line).
import { renderToString } from "react-dom/server";
import { render, screen } from "@testing-library/react";
import { toJson } from "@bufbuild/protobuf";
import { EnrichedActionSchema } from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import { PhaseFilter } from "../../../src";
import { resetDevelopmentWarnings } from "../../../src/internal/warnInDevelopment";
import { enrichedAction, taskGroup } from "./fixtures";

const optionNames = () => screen.getAllByRole("option").map((option) => option.textContent);

describe("PhaseFilter counts from flyteidl2 messages", () => {
  it("EnrichedAction.childrenPhaseCounts: keyed by protobuf number, RECOVERED (10) included", () => {
    render(<PhaseFilter counts={enrichedAction.childrenPhaseCounts} defaultOpen />);
    expect(screen.getByRole("option", { name: "Running, 3" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Succeeded, 12" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Recovered, 2" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Queued, 0" })).toBeInTheDocument();
  });

  it("TaskGroup.phaseCounts: a list of { phase, count: bigint }", () => {
    render(<PhaseFilter counts={taskGroup.phaseCounts} defaultOpen />);
    expect(screen.getByRole("option", { name: "Succeeded, 15" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Failed, 3" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Timed out, 1" })).toBeInTheDocument();
  });

  it("the same counts as proto3 JSON from the network (string keys, names, int64 strings)", () => {
    const body = JSON.parse(JSON.stringify(toJson(EnrichedActionSchema, enrichedAction)));
    render(<PhaseFilter counts={body.childrenPhaseCounts} defaultOpen />);
    expect(screen.getByRole("option", { name: "Running, 3" })).toBeInTheDocument();
  });

  it("a Map, as an app may build", () => {
    render(<PhaseFilter counts={new Map([["failed", 4n]])} defaultOpen />);
    expect(screen.getByRole("option", { name: "Failed, 4" })).toBeInTheDocument();
  });

  it("server-renders the counts into the option names", () => {
    const html = renderToString(
      <PhaseFilter counts={enrichedAction.childrenPhaseCounts} defaultOpen />,
    );
    expect(html).toContain("Running, 3");
    expect(html).toContain("Succeeded, 12");
  });

  it("warns once in development when counts hold nothing readable, and shows no numbers", () => {
    resetDevelopmentWarnings();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      render(
        <>
          <PhaseFilter counts={{ running: "many" }} defaultOpen />
          <PhaseFilter counts={[{ phase: 4, count: -1 }]} />
        </>,
      );
      expect(optionNames()).toContain("Running");
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("`counts`"));
    } finally {
      warn.mockRestore();
    }
  });

  it("does not warn for an action without children (empty map)", () => {
    resetDevelopmentWarnings();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      render(<PhaseFilter counts={{}} defaultOpen />);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
