import { useEffect, useState } from "react";
import { fromBinary } from "@bufbuild/protobuf";
import type {
  ActionDetails,
  EnrichedAction,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_definition_pb.ts";
import {
  WatchActionDetailsResponseSchema,
  WatchActionsResponseSchema,
} from "@flyteorg/flyteidl2/flyteidl2/workflow/run_service_pb.ts";
import { watchActionDetails, watchActions } from "./stream";

/**
 * The run as the page knows it: every action of the WatchActions stream by name, decoded from
 * bytes with fromBinary. An action whose `meetsFilter` turns false leaves the list.
 */
export function useWatchedActions(runStartMs: number, steps?: number): Map<string, EnrichedAction> {
  const [actions, setActions] = useState(() => new Map<string, EnrichedAction>());
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      for await (const bytes of watchActions(runStartMs, controller.signal, steps)) {
        const { enrichedActions } = fromBinary(WatchActionsResponseSchema, bytes);
        setActions((previous) => {
          const next = new Map(previous);
          for (const enriched of enrichedActions) {
            const name = enriched.action?.id?.name ?? "";
            if (enriched.meetsFilter) next.set(name, enriched);
            else next.delete(name);
          }
          return next;
        });
      }
    })();
    return () => controller.abort();
  }, [runStartMs, steps]);
  return actions;
}

/** ActionDetails of one action from its WatchActionDetails stream. */
export function useWatchedDetails(name: string, runStartMs: number): ActionDetails | undefined {
  // Kept with the name it belongs to, so a newly selected action never shows the last one's.
  const [latest, setLatest] = useState<{ name: string; details?: ActionDetails }>();
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      for await (const bytes of watchActionDetails(name, runStartMs, controller.signal)) {
        setLatest({ name, details: fromBinary(WatchActionDetailsResponseSchema, bytes).details });
      }
    })();
    return () => controller.abort();
  }, [name, runStartMs]);
  return latest?.name === name ? latest.details : undefined;
}
