// The run table both filter contenders drive: Engineer B's seeded actions
// (stories/examples/runData.ts), the same PhaseBadge cells, rows
// memoised by id as an app would. It reports when it has committed a new set of rows, so the
// page can time "rows changed → frame painted".
import { memo, useLayoutEffect } from "react";
import { PhaseBadge } from "../../src";
import { formatDuration } from "../../stories/examples/runData";
import type { SampleAction } from "../../stories/examples/runData";

const Row = memo(function Row({ run }: { run: SampleAction }) {
  return (
    <tr>
      <td>{run.name}</td>
      <td>
        <PhaseBadge phase={run.phase} size="sm" />
      </td>
      <td>{new Date(run.startedAt).toISOString().slice(11, 19)}</td>
      <td>{formatDuration(run.durationMs)}</td>
    </tr>
  );
});

export function RunTable({
  runs,
  onCommit,
}: {
  runs: readonly SampleAction[];
  onCommit: (rows: number) => void;
}) {
  useLayoutEffect(() => onCommit(runs.length), [runs, onCommit]);
  return (
    <table className="bench-table">
      <caption>Runs</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Phase</th>
          <th scope="col">Started (UTC)</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <Row key={run.id} run={run} />
        ))}
      </tbody>
    </table>
  );
}
