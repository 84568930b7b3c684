import type { ActionPhase } from "./actionPhase";
import { readPhaseCounts } from "./counts";
import type { PhaseCountsInput } from "./counts";
import { isTerminal } from "./lists";
import { parsePhase } from "./parse";

/**
 * In-progress phases, most advanced first: rule 2 takes the first one any child is in. RUNNING
 * leads because any running child means the group is running, whatever else is paused.
 */
const IN_PROGRESS_ORDER: readonly ActionPhase[] = [
  "running",
  "paused",
  "initializing",
  "waiting_for_resources",
  "queued",
];

/** Outcomes, worst first (rule 3), then the successes (rule 4). */
const OUTCOME_ORDER: readonly ActionPhase[] = [
  "failed",
  "timed_out",
  "aborted",
  "succeeded",
  "recovered",
];

/**
 * The phases in the order a summary names them, most urgent first: the failures (as
 * {@link rollupPhase} ranks them), then what is in progress (most advanced first), then the
 * successes. `PhaseCountBar`'s text alternative and `PhaseHistory`'s summary use it.
 */
export const ATTENTION_ORDER: readonly ActionPhase[] = Object.freeze([
  ...OUTCOME_ORDER.slice(0, 3),
  ...IN_PROGRESS_ORDER,
  ...OUTCOME_ORDER.slice(3),
]);

/**
 * One phase that sums up a group of actions — a parent from its children's counts — for a
 * compact badge. The rule, in order:
 * 1. a known terminal `ownPhase` wins (a finished parent stays as it finished);
 * 2. otherwise, if any child is in progress: RUNNING if any child is running, else the
 *    in-progress phase latest in lifecycle order among the children
 *    (QUEUED < WAITING_FOR_RESOURCES < INITIALIZING < RUNNING < PAUSED);
 * 3. otherwise the worst outcome present: FAILED, then TIMED_OUT, then ABORTED;
 * 4. otherwise SUCCEEDED if any child succeeded, RECOVERED if every counted child recovered;
 * 5. a known non-terminal `ownPhase` when the children give nothing (all zero or unknown).
 *
 * Children whose phase is unknown are not counted. Never throws; `undefined` when there is
 * nothing to sum up.
 *
 * @param counts Children per phase, anything `readPhaseCounts` reads: a `PhaseCounts`, a record
 *   keyed by any phase spelling (`EnrichedAction.childrenPhaseCounts`), a `Map`, or a list of
 *   `{ phase, count }` (`TaskGroup.phaseCounts`).
 * @param ownPhase The group's own phase in any wire form, if it has one.
 * @example
 * rollupPhase({ succeeded: 40, failed: 2 }); // "failed"
 * rollupPhase({ 4: 3, 5: 12 }); // "running"
 * rollupPhase({ failed: 2 }, "ACTION_PHASE_SUCCEEDED"); // "succeeded"
 * rollupPhase({}, "queued"); // "queued"
 */
export function rollupPhase(
  counts: PhaseCountsInput | null | undefined,
  ownPhase?: unknown,
): ActionPhase | undefined {
  const own = parsePhase(ownPhase);
  if (own !== undefined && isTerminal(own)) return own;
  const children = readPhaseCounts(counts);
  for (const phase of IN_PROGRESS_ORDER) if (children[phase] > 0) return phase;
  // Here no child is in progress, so once the failures are ruled out every counted child
  // succeeded or recovered: SUCCEEDED if any succeeded, else all of them recovered.
  for (const phase of OUTCOME_ORDER) if (children[phase] > 0) return phase;
  return own;
}
