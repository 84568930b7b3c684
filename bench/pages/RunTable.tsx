// The run table both filter contenders drive: the same rows, the same PhaseBadge cells, rows
// memoised by id as an app would. It reports when it has committed a new set of rows, so the
// page can time "rows changed → frame painted".
import { memo, useLayoutEffect } from "react";
import { PhaseBadge } from "../../src";
import type { BenchRun } from "./runRows";

const Row = memo(function Row({ run }: { run: BenchRun }) {
  return (
    <tr>
      <td>{run.name}</td>
      <td>
        <PhaseBadge phase={run.phase} size="sm" />
      </td>
      <td>{run.owner}</td>
      <td>{run.duration}</td>
    </tr>
  );
});

export function RunTable({
  runs,
  onCommit,
}: {
  runs: readonly BenchRun[];
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
          <th scope="col">Owner</th>
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
