// The popular-library contender: MUI's Chip (@mui/material with Emotion), as an app would use it
// for a phase — a coloured small chip with the phase's label and an icon. It gets the same SVG
// glyph as PhaseBadge (our PhaseIcon, passed as Chip's `icon`), so the two differ only in the
// badge itself, not in the drawing.
import Chip from "@mui/material/Chip";
import type { ChipProps } from "@mui/material/Chip";
import { PhaseIcon, defaultStrings } from "../../src";
import type { ActionPhase } from "../../src";

const COLORS: Record<ActionPhase, ChipProps["color"]> = {
  queued: "default",
  waiting_for_resources: "default",
  initializing: "default",
  running: "info",
  paused: "warning",
  succeeded: "success",
  recovered: "success",
  failed: "error",
  aborted: "warning",
  timed_out: "error",
};

export function MuiBadge({ phase }: { phase: ActionPhase }) {
  return (
    <Chip
      size="small"
      color={COLORS[phase]}
      label={defaultStrings.phaseLabels[phase]}
      icon={<PhaseIcon phase={phase} animate />}
    />
  );
}
