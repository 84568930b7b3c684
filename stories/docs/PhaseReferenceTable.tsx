import { ACTION_PHASES, PHASE_GROUPS, getPhaseInfo } from "../../src/phases";
import type { ActionPhase, PhaseGroups } from "../../src/phases";
import { PhaseBadge } from "../../src";

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
 * documentation cannot drift from the code. Pairs of values share a cell so the table fits the
 * docs column.
 */
export function PhaseReferenceTable() {
  return (
    <div className="fpu-docs-scroll">
      <table className="fpu-docs-table">
        <caption>The ten Flyte action phases, in lifecycle order</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Key / SDK string</th>
            <th scope="col">Protobuf name = number</th>
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
                <th scope="row">
                  <PhaseBadge phase={phase} size="sm" />
                </th>
                <td>
                  <code>{info.key}</code>
                  <br />
                  <code>{JSON.stringify(info.phase)}</code>
                </td>
                <td>
                  <code>{info.protobufName}</code>
                  <br />= {info.protobufValue}
                </td>
                <td>{info.terminal ? "yes" : "no"}</td>
                <td>{groupsOf(phase)}</td>
                <td>{info.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
