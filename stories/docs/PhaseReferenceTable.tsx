import { ACTION_PHASES, PHASE_GROUPS, getPhaseInfo } from "../../src/phases";
import type { ActionPhase, PhaseGroups } from "../../src/phases";

const GROUP_LABELS: Record<keyof PhaseGroups, string> = {
  inProgress: "in progress",
  settingUp: "setting up",
  succeeded: "succeeded",
  failed: "failed",
  finished: "finished",
};

function groupsOf(phase: ActionPhase): string {
  return (Object.keys(PHASE_GROUPS) as (keyof PhaseGroups)[])
    .filter((group) => PHASE_GROUPS[group].includes(phase))
    .map((group) => GROUP_LABELS[group])
    .join(", ");
}

/**
 * The reference table of the ten phases, rendered from the domain module itself so that the
 * documentation cannot drift from the code.
 */
export function PhaseReferenceTable() {
  return (
    <table className="fpu-docs-table">
      <caption>The ten Flyte action phases, in lifecycle order</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Key</th>
          <th scope="col">Label</th>
          <th scope="col">SDK string</th>
          <th scope="col">Protobuf name</th>
          <th scope="col">Number</th>
          <th scope="col">Terminal</th>
          <th scope="col">Groups</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {ACTION_PHASES.map((phase) => {
          const info = getPhaseInfo(phase);
          return (
            <tr key={phase} data-phase={phase}>
              <td>{info.order}</td>
              <th scope="row">
                <code>{info.key}</code>
              </th>
              <td>{info.label}</td>
              <td>
                <code>{JSON.stringify(info.phase)}</code>
              </td>
              <td>
                <code>{info.protobufName}</code>
              </td>
              <td>{info.protobufValue}</td>
              <td>{info.terminal ? "yes" : "no"}</td>
              <td>{groupsOf(phase)}</td>
              <td>{info.description}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
