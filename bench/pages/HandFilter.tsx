// The baseline for PhaseFilter: the filter an app writes by hand — a row of toggle buttons (one
// per phase, with its count) and `Array.prototype.filter` over the runs.
import { useMemo, useState } from "react";
import { ACTION_PHASES, defaultStrings } from "../../src";
import type { ActionPhase } from "../../src";
import type { SampleAction } from "../../stories/examples/runData";

export function useHandFilter(runs: readonly SampleAction[]) {
  const [selected, setSelected] = useState<ReadonlySet<unknown>>(() => new Set());
  const counts = useMemo(() => {
    const tally = new Map<unknown, number>();
    for (const run of runs) tally.set(run.phase, (tally.get(run.phase) ?? 0) + 1);
    return tally;
  }, [runs]);
  const visible = useMemo(
    () => (selected.size === 0 ? runs : runs.filter((run) => selected.has(run.phase))),
    [runs, selected],
  );
  const toggle = (phase: ActionPhase) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(phase)) next.add(phase);
      return next;
    });
  return { selected, counts, visible, toggle };
}

export function HandFilterButtons({
  selected,
  counts,
  toggle,
}: Pick<ReturnType<typeof useHandFilter>, "selected" | "counts" | "toggle">) {
  return (
    <div role="group" aria-label="Phase">
      {ACTION_PHASES.map((phase) => (
        <button
          key={phase}
          type="button"
          data-phase={phase}
          aria-pressed={selected.has(phase)}
          onClick={() => toggle(phase)}
        >
          {defaultStrings.phaseLabels[phase]} {counts.get(phase) ?? 0}
        </button>
      ))}
    </div>
  );
}
