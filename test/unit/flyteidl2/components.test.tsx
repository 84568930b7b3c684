// @vitest-environment node
// Server rendering with message fields passed straight in, as a Flyte 2 page renders rows on the
// server: no DOM here, and no casts or conversions between the message and the props.
import { renderToString } from "react-dom/server";
import { ActionPhase, ActionPhaseSchema } from "@flyteorg/flyteidl2/flyteidl2/common/phase_pb.ts";
import { PhaseBadge, PhaseFilter, TerminalIndicator, phasesKnownTo } from "../../../src";
import { enrichedAction, finishedAction, newerServerAttempt } from "./fixtures";

/** The text a reader gets, markup stripped. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("server-rendered components with flyteidl2 message fields", () => {
  it("PhaseBadge shows the phase of ActionStatus.phase (a protobuf number)", () => {
    expect(text(renderToString(<PhaseBadge phase={enrichedAction.action?.status?.phase} />))).toBe(
      "Running",
    );
    expect(text(renderToString(<PhaseBadge phase={finishedAction.action?.status?.phase} />))).toBe(
      "Failed",
    );
  });

  it("PhaseBadge shows RECOVERED (10), which 2.0.16's enum lacks, from the wire", () => {
    expect(text(renderToString(<PhaseBadge phase={newerServerAttempt.phase} />))).toBe("Recovered");
  });

  it("TerminalIndicator tells finished from running", () => {
    const running = renderToString(
      <TerminalIndicator phase={enrichedAction.action?.status?.phase} />,
    );
    const finished = renderToString(
      <TerminalIndicator phase={finishedAction.action?.status?.phase} />,
    );
    expect(text(running)).not.toBe(text(finished));
    expect(text(finished)).toMatch(/finished/i);
  });

  it("PhaseBadge shows Unknown for UNSPECIFIED", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(text(renderToString(<PhaseBadge phase={ActionPhase.UNSPECIFIED} />))).toBe("Unknown");
    } finally {
      warn.mockRestore();
    }
  });

  it("PhaseFilter offers only the phases a 2.0.16 server knows", () => {
    const html = renderToString(
      <PhaseFilter phases={phasesKnownTo(ActionPhaseSchema)} defaultOpen />,
    );
    const options = [...html.matchAll(/role="option"[^>]*>(.*?)<\/li>/g)].map((m) => text(m[1]!));
    expect(options).toHaveLength(9);
    expect(options).not.toContain("Recovered");
    expect(options).toContain("Paused");
  });
});
