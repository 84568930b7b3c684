import { ACTION_PHASES } from "../phases";
import { PHASE_FACTS } from "../phases/facts";
import type { ActionPhase } from "../phases";
import type { Message } from "./message";

/**
 * Every visible string of the library, in one place. Replace any of them for another language
 * with {@link PhaseStringsProvider}; the badge, the terminal indicator and the filter all read
 * the same object, so a phase has one label everywhere.
 */
export interface PhaseStrings {
  /**
   * BCP 47 language tag of these strings: picks the plural forms and number formatting of every
   * {@link Message}. @default "en"
   */
  readonly locale: string;
  /** Label of each phase. @default the English labels of `getPhaseInfo` ("Timed out", …) */
  readonly phaseLabels: Readonly<Record<ActionPhase, string>>;
  /** Shown for a value that is not a phase. @default "Unknown" */
  readonly unknown: string;
  /** TerminalIndicator text for a terminal phase. @default "Finished" */
  readonly finished: string;
  /** TerminalIndicator text for a phase that is not terminal. @default "In progress" */
  readonly inProgress: string;
  /** Strings of the PhaseFilter. */
  readonly filter: PhaseFilterStrings;
  /**
   * How many actions are in one phase, as a summary says it ("12 failed"). Used by the text
   * alternatives of PhaseCountBar and PhaseHistory; `unknown` for those whose phase is unknown.
   * @default "{count} " and the English label in lower case: "{count} timed out", "{count} unknown"
   */
  readonly phaseCounts: Readonly<Record<ActionPhase | "unknown", Message<{ count: number }>>>;
  /** Strings of the PhaseCountBar. */
  readonly countBar: PhaseCountBarStrings;
  /** Strings of the PhaseHistory. */
  readonly history: PhaseHistoryStrings;
}

/** The PhaseCountBar's strings: plain data (templates and plural forms). */
export interface PhaseCountBarStrings {
  /** Accessible name of the bar. @default "Actions by phase" */
  readonly label: string;
  /** The total. @default { one: "{count} action", other: "{count} actions" } */
  readonly total: Message<{ count: number }>;
  /**
   * The text alternative: `total` followed by the list of `phaseCounts`, most urgent first.
   * @default "{total}: {list}"
   */
  readonly summary: Message<{ total: string; list: string }>;
  /** Shown when every count is zero. @default "No actions" */
  readonly empty: string;
}

/** The PhaseHistory's strings: plain data (templates and plural forms). */
export interface PhaseHistoryStrings {
  /**
   * The strip's accessible summary, `list` being the `phaseCounts` most urgent first.
   * @default { one: "Last run: {list}", other: "Last {count} runs: {list}" }
   */
  readonly summary: Message<{ count: number; list: string }>;
  /** Shown for an empty list. @default "No runs" */
  readonly empty: string;
  /** Name and tooltip of one mark with a label. @default "{label}: {phase}" */
  readonly mark: Message<{ label: string; phase: string }>;
}

/**
 * The PhaseFilter's strings. Texts with numbers are {@link Message}s: templates or plural forms
 * (plain data, so a server layout can pass them), or functions on the client.
 */
export interface PhaseFilterStrings {
  /** Name of the filter, first part of the trigger's accessible name. @default "Phase" */
  readonly label: string;
  /** Summary when no phase is chosen (no filter: every phase shows). @default "All phases" */
  readonly summaryAll: string;
  /**
   * Shown after the first chosen phase when more are chosen ("Failed +2"); `count` is how many
   * more. The trigger's accessible name and tooltip list them all. @default "+{count}"
   */
  readonly summaryMore: Message<{ count: number }>;
  /**
   * Live announcement after a change that leaves phases chosen; `total` is the number of options
   * shown (disabled ones included). An empty selection is announced as `summaryAll`.
   * @default "{count} of {total} selected"
   */
  readonly selectedCount: Message<{ count: number; total: number }>;
  /**
   * Accessible name of an option with a count ("Failed, 12 actions"), plural by `count`.
   * @default { one: "{label}, {count} action", other: "{label}, {count} actions" }
   */
  readonly optionWithCount: Message<{ label: string; count: number }>;
  /**
   * Tooltip and accessible description of a disabled option, unless the `disabledReason` prop
   * says why. @default "Unavailable"
   */
  readonly unavailable: string;
  /** Accessible name of the popup; `label` is the filter's label. @default "{label} filter" */
  readonly popupLabel: Message<{ label: string }>;
  /**
   * Accessible description of the listbox when presets are shown, so a screen-reader user
   * learns they exist. @default "Shift+Tab for quick selections"
   */
  readonly presetsHint: string;
  /**
   * Tooltip and accessible description of a group preset; `phases` lists the labels it selects.
   * @default "Selects {phases}"
   */
  readonly presetDescription: Message<{ phases: string }>;
  /** Preset that selects the five phases that are not terminal. @default "In progress" */
  readonly presetInProgress: string;
  /** Preset that selects SUCCEEDED and RECOVERED. @default "Succeeded" */
  readonly presetSucceeded: string;
  /** Preset that selects FAILED, ABORTED and TIMED_OUT. @default "Failed" */
  readonly presetFailed: string;
  /** Preset that selects the five terminal phases. @default "Finished" */
  readonly presetFinished: string;
  /** Selects every enabled phase. @default "Select all" */
  readonly selectAll: string;
  /** Clears the selection. @default "Clear" */
  readonly clear: string;
  /** Accessible name of the group of preset buttons in the popup. @default "Quick selections" */
  readonly presetsLabel: string;
}

const englishLabels = Object.fromEntries(
  // The facts table, not getPhaseInfo: that would bring the English descriptions into every bundle.
  ACTION_PHASES.map((phase) => [phase, PHASE_FACTS[phase].label]),
) as Record<ActionPhase, string>;

/** The English strings every component uses unless a provider replaces them. */
export const defaultStrings: PhaseStrings = Object.freeze({
  phaseLabels: Object.freeze(englishLabels),
  locale: "en",
  unknown: "Unknown",
  finished: "Finished",
  inProgress: "In progress",
  filter: Object.freeze({
    label: "Phase",
    summaryAll: "All phases",
    summaryMore: "+{count}",
    selectedCount: "{count} of {total} selected",
    optionWithCount: Object.freeze({
      one: "{label}, {count} action",
      other: "{label}, {count} actions",
    }),
    unavailable: "Unavailable",
    popupLabel: "{label} filter",
    presetsHint: "Shift+Tab for quick selections",
    presetDescription: "Selects {phases}",
    presetInProgress: "In progress",
    presetSucceeded: "Succeeded",
    presetFailed: "Failed",
    presetFinished: "Finished",
    selectAll: "Select all",
    clear: "Clear",
    presetsLabel: "Quick selections",
  }),
  phaseCounts: Object.freeze(
    Object.fromEntries(
      [...ACTION_PHASES, "unknown" as const].map((key) => [
        key,
        `{count} ${(key === "unknown" ? "Unknown" : englishLabels[key]).toLowerCase()}`,
      ]),
    ) as Record<ActionPhase | "unknown", string>,
  ),
  countBar: Object.freeze({
    label: "Actions by phase",
    total: Object.freeze({ one: "{count} action", other: "{count} actions" }),
    summary: "{total}: {list}",
    empty: "No actions",
  }),
  history: Object.freeze({
    summary: Object.freeze({ one: "Last run: {list}", other: "Last {count} runs: {list}" }),
    empty: "No runs",
    mark: "{label}: {phase}",
  }),
});

/** Any part of {@link PhaseStrings}; what is left out keeps its current value. */
export interface PhaseStringsOverrides {
  readonly locale?: string;
  readonly phaseLabels?: Partial<Record<ActionPhase, string>>;
  readonly unknown?: string;
  readonly finished?: string;
  readonly inProgress?: string;
  readonly filter?: Partial<PhaseFilterStrings>;
  readonly phaseCounts?: Partial<Record<ActionPhase | "unknown", Message<{ count: number }>>>;
  readonly countBar?: Partial<PhaseCountBarStrings>;
  readonly history?: Partial<PhaseHistoryStrings>;
}

/** `base` with `overrides` laid over it, one level deep for the nested groups. */
export function mergeStrings(base: PhaseStrings, overrides: PhaseStringsOverrides): PhaseStrings {
  return {
    ...base,
    ...overrides,
    phaseLabels: { ...base.phaseLabels, ...overrides.phaseLabels },
    filter: { ...base.filter, ...overrides.filter },
    phaseCounts: { ...base.phaseCounts, ...overrides.phaseCounts },
    countBar: { ...base.countBar, ...overrides.countBar },
    history: { ...base.history, ...overrides.history },
  };
}
