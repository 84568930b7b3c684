// Every public export of each package entry, written out: adding, renaming or removing one fails
// here, so an API change is always deliberate (and comes with a changeset, see .changeset/).
// Values are read from the loaded module; types from the entry's `export type { … }` statements,
// following `export * from` into the files they name.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as main from "../../src";
import * as phases from "../../src/phases";

const PHASES_VALUES = [
  "ACTION_PHASES",
  "ACTION_PHASE_UNSPECIFIED",
  "ActionPhase",
  "PHASE_GROUPS",
  "PhaseConversionError",
  "TERMINAL_PHASES",
  "countByPhase",
  "durationToMillis",
  "elapsedMs",
  "filterByPhase",
  "formatDuration",
  "formatPhaseParam",
  "fromProtobuf",
  "getPhaseInfo",
  "isActionPhase",
  "isTerminal",
  "normalizePhases",
  "parsePhase",
  "parsePhaseParam",
  "phaseDurations",
  "phaseOrder",
  "phasesKnownTo",
  "readPhaseCounts",
  "rollupPhase",
  "toMillis",
  "toPhaseFilter",
  "toProtobufName",
  "toProtobufValue",
];
const PHASES_TYPES = [
  "ActionPhaseKey",
  "ActionPhaseProtobufName",
  "ActionStatusLike",
  "PhaseCountEntry",
  "PhaseCountValue",
  "PhaseCounts",
  "PhaseCountsInput",
  "PhaseFilterInit",
  "PhaseFilterMessage",
  "PhaseFilterOptions",
  "PhaseGroups",
  "PhaseInfo",
  "PhaseOutcome",
  "PhaseTransitionLike",
];
const MAIN_VALUES = [
  ...PHASES_VALUES,
  "PHASE_FILTER_PRESETS",
  "PhaseBadge",
  "PhaseCountBar",
  "PhaseDuration",
  "PhaseFilter",
  "PhaseHistory",
  "PhaseIcon",
  "PhaseStringsProvider",
  "PhaseTimeline",
  "TerminalIndicator",
  "defaultCountBarStrings",
  "defaultDocumentTitle",
  "defaultDurationStrings",
  "defaultFilterStrings",
  "defaultHistoryStrings",
  "defaultMarkStrings",
  "defaultPhaseCountStrings",
  "defaultStrings",
  "defaultTimelineStrings",
  "formatMessage",
  "usePhaseBadgeMarks",
  "usePhaseDocumentTitle",
  "usePhaseFilter",
  "usePhaseStrings",
].sort();
const MAIN_TYPES = [
  ...PHASES_TYPES,
  "CatalogCacheStatusName",
  "Message",
  "MessageValues",
  "PhaseBadgeMarks",
  "PhaseBadgeProps",
  "PhaseCountBarProps",
  "PhaseCountBarStrings",
  "PhaseDurationProps",
  "PhaseDurationStrings",
  "PhaseFilterOption",
  "PhaseFilterPreset",
  "PhaseFilterPresetItem",
  "PhaseFilterProps",
  "PhaseFilterStrings",
  "PhaseHistoryProps",
  "PhaseHistoryStrings",
  "PhaseIconProps",
  "PhaseMarkStrings",
  "PhaseStrings",
  "PhaseStringsOverrides",
  "PhaseStringsProviderProps",
  "PhaseTimelineAttempt",
  "PhaseTimelineProps",
  "PhaseTimelineStrings",
  "PhaseTimelineTransition",
  "PhaseTone",
  "PluralMessage",
  "TerminalIndicatorProps",
  "UsePhaseBadgeMarksOptions",
  "UsePhaseDocumentTitleOptions",
  "UsePhaseFilterOptions",
  "UsePhaseFilterResult",
].sort();

/** Names exported as types by a barrel file, through its `export *` lines too. */
function typeExports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const names = [...text.matchAll(/export type \{([^}]*)\}/g)].flatMap(([, list]) =>
    list!.split(",").map((name) => name.trim()),
  );
  const inline = [...text.matchAll(/export \{([^}]*)\}/g)].flatMap(([, list]) =>
    list!
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name.startsWith("type "))
      .map((name) => name.slice("type ".length)),
  );
  const nested = [...text.matchAll(/export \* from "([^"]+)"/g)].flatMap(([, target]) =>
    typeExports(join(resolve(dirname(file), target!), "index.ts")),
  );
  return [...names, ...inline, ...nested].filter(Boolean).sort();
}
const SRC = resolve(__dirname, "../../src");

describe("public exports", () => {
  it("flyte-phase-ui/phases: values", () => {
    expect(Object.keys(phases).sort()).toEqual(PHASES_VALUES);
  });
  it("flyte-phase-ui/phases: types", () => {
    expect(typeExports(join(SRC, "phases/index.ts"))).toEqual(PHASES_TYPES);
  });
  it("flyte-phase-ui: values", () => {
    expect(Object.keys(main).sort()).toEqual(MAIN_VALUES);
  });
  it("flyte-phase-ui: types", () => {
    expect(typeExports(join(SRC, "index.ts"))).toEqual(MAIN_TYPES);
  });
  it("the lists above are sorted and free of duplicates", () => {
    for (const list of [PHASES_VALUES, PHASES_TYPES]) {
      expect([...new Set(list)].sort()).toEqual(list);
    }
  });
});
