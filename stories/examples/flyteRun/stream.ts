/*
 * A simulated Flyte backend: async iterators of real encoded messages, as a Connect-ES client
 * of RunService.WatchActions / WatchActionDetails would yield them after reading the wire. Each
 * message is built with create(), encoded with toBinary() and handed out as bytes; the page
 * decodes them with fromBinary(), exactly as it would decode a server's.
 */
import { create, toBinary } from "@bufbuild/protobuf";
import {
  WatchActionDetailsResponseSchema,
  WatchActionsResponseSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_service_pb.ts";
import { OPENED_AT, PLANS, ROOT_PLAN, actionAt, detailsAt } from "./scenario";

/** The scripted run's clock: second 0 is the run's start, `OPENED_AT` seconds before now. */
export function runClock(openedAtMs = Date.now()) {
  const runStartMs = openedAtMs - OPENED_AT * 1000;
  return { runStartMs, secondsAt: (ms: number) => (ms - runStartMs) / 1000 };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * WatchActions for run "train-42": first every action, then once a second the actions that
 * changed. Ends when `signal` aborts, or (with `steps`) after that many updates.
 */
export async function* watchActions(
  runStartMs: number,
  signal: AbortSignal,
  steps = Infinity,
): AsyncGenerator<Uint8Array> {
  const seen = new Map<string, Uint8Array>();
  for (let step = 0; step <= steps && !signal.aborted; step++) {
    const t = (Date.now() - runStartMs) / 1000;
    const changed = [];
    for (const plan of [ROOT_PLAN, ...PLANS]) {
      const action = actionAt(plan, t, runStartMs);
      if (!action) continue;
      const bytes = toBinary(
        WatchActionsResponseSchema,
        create(WatchActionsResponseSchema, { enrichedActions: [action] }),
      );
      const before = seen.get(plan.name);
      if (before && before.length === bytes.length && before.every((b, i) => b === bytes[i]))
        continue;
      seen.set(plan.name, bytes);
      changed.push(action);
    }
    if (changed.length > 0) {
      yield toBinary(
        WatchActionsResponseSchema,
        create(WatchActionsResponseSchema, { enrichedActions: changed }),
      );
    }
    await sleep(1000, signal);
  }
}

/** WatchActionDetails for one action: its details now, then whenever an attempt changes. */
export async function* watchActionDetails(
  name: string,
  runStartMs: number,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const plan = [ROOT_PLAN, ...PLANS].find((candidate) => candidate.name === name);
  if (!plan) return;
  let last = "";
  while (!signal.aborted) {
    const details = detailsAt(plan, (Date.now() - runStartMs) / 1000, runStartMs);
    const bytes = toBinary(
      WatchActionDetailsResponseSchema,
      create(WatchActionDetailsResponseSchema, { details }),
    );
    const key = bytes.join(",");
    if (key !== last) {
      last = key;
      yield bytes;
    }
    await sleep(1000, signal);
  }
}
