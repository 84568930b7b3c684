import type {
  ButtonHTMLAttributes,
  HTMLAttributes,
  InputHTMLAttributes,
  LiHTMLAttributes,
  Ref,
  RefObject,
} from "react";
import type { ActionPhase } from "../../phases";
import type { PhaseFilterPreset } from "./presets";

/** Options of `usePhaseFilter`: the behaviour props of `PhaseFilter`. */
export interface UsePhaseFilterOptions {
  /**
   * The selected phases (controlled). An empty array means "no filter". Entries that are not
   * shown in `phases`, or are in `disabledPhases`, are never selected.
   * @default undefined (uncontrolled)
   */
  value?: readonly ActionPhase[] | undefined;
  /**
   * The phases selected at first when uncontrolled.
   * @default []
   */
  defaultValue?: readonly ActionPhase[] | undefined;
  /**
   * Called with the new selection after every change by the user: a new array, deduplicated,
   * in lifecycle order (QUEUED first). Not called when a change would leave it as it was.
   * @default undefined
   */
  onValueChange?: ((phases: ActionPhase[]) => void) | undefined;
  /**
   * Whether the popup is open (controlled).
   * @default undefined (uncontrolled)
   */
  open?: boolean | undefined;
  /**
   * Whether the popup is open at first when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean | undefined;
  /**
   * Called when the popup opens or closes.
   * @default undefined
   */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * The phases offered as options, shown in lifecycle order whatever order they are given in.
   * @default all ten phases
   */
  phases?: readonly ActionPhase[] | undefined;
  /**
   * Phases shown but not selectable here (e.g. PAUSED on a list that cannot have it):
   * `aria-disabled`, skipped by the keyboard and by presets, never selected, and marked in
   * words (`disabledReason`).
   * @default []
   */
  disabledPhases?: readonly ActionPhase[] | undefined;
  /**
   * Why the `disabledPhases` cannot be chosen here ("This list cannot be paused"): the tooltip
   * and accessible description of each disabled option, which also shows a struck-out box.
   * @default strings.filter.unavailable ("Unavailable")
   */
  disabledReason?: string | undefined;
  /**
   * How many items are in each phase, shown in each option and, with its unit, in its accessible
   * name ("Failed, 12 actions"). `countByPhase` returns this shape. Phases without a finite count,
   * and disabled options, show none.
   * @default undefined (no counts)
   */
  counts?: Readonly<Partial<Record<ActionPhase, number>>> | undefined;
  /**
   * The quick selections above the list: `true` for all of them (In progress, Succeeded, Failed,
   * Finished, Select all, Clear), `false` for none, or the ones to show, in the order given.
   * @default true
   */
  presets?: boolean | readonly PhaseFilterPreset[] | undefined;
  /**
   * The filter's name: the first part of the trigger's accessible name ("Phase: All phases"), the
   * listbox's label and part of the popup's name ("Phase filter").
   * @default strings.filter.label ("Phase")
   */
  label?: string | undefined;
  /**
   * Makes the filter take part in forms: a hidden input with this name carries
   * `formatPhaseParam(selection)`, so a GET form yields `?name=failed,timed_out`.
   * @default undefined (no form value)
   */
  name?: string | undefined;
  /**
   * Disables the trigger; the popup cannot open and, like a disabled native control, the form
   * value is not submitted.
   * @default false
   */
  disabled?: boolean | undefined;
}

/** One option as the hook sees it, ready to render. */

/** One option as the hook sees it, ready to render. */
export interface PhaseFilterOption {
  /** The phase of this option. */
  readonly phase: ActionPhase;
  /** The same label the badge shows (`strings.phaseLabels[phase]`). */
  readonly label: string;
  /** The count from `counts`, when there is a valid one and the option is enabled. */
  readonly count: number | undefined;
  /** The accessible name: the label, or "label, 12 actions" (`strings.filter.optionWithCount`). */
  readonly accessibleName: string;
  /** True when the phase is in the selection. */
  readonly selected: boolean;
  /** True when the phase is in `disabledPhases`. */
  readonly disabled: boolean;
  /**
   * Why a disabled option cannot be chosen (`disabledReason`, else "Unavailable"): its tooltip
   * and accessible description. `undefined` when enabled.
   */
  readonly reason: string | undefined;
  /** True when the keyboard (or the mouse) is on this option. */
  readonly active: boolean;
}

/** One preset button as the hook sees it, ready to render. */
export interface PhaseFilterPresetItem {
  /** Which preset. */
  readonly preset: PhaseFilterPreset;
  /** Its visible text, from the strings. */
  readonly label: string;
  /** The selection it makes here (disabled phases left out). */
  readonly phases: readonly ActionPhase[];
  /** What it selects in words ("Selects Failed, Aborted, Timed out"); none for Select all/Clear. */
  readonly description: string | undefined;
}

/** `data-*` attributes, which React passes through. */
export type DataAttributes = { readonly [key: `data-${string}`]: string | undefined };

/** Props a caller passes to a prop getter: merged with the hook's (handlers both run, refs both set). */
export type WithRef<Props, E> = Props & { ref?: Ref<E> | undefined };

/** What `usePhaseFilter` returns: state, actions and prop getters for each part. */
export interface UsePhaseFilterResult {
  /** The selection, in lifecycle order; only phases that are shown and enabled. */
  readonly value: readonly ActionPhase[];
  /** Replaces the selection (normalized; calls `onValueChange` when it changes). */
  readonly setValue: (phases: readonly ActionPhase[]) => void;
  /** Whether the popup is open. */
  readonly open: boolean;
  /** Opens or closes the popup (calls `onOpenChange`). */
  readonly setOpen: (open: boolean) => void;
  /** The options, in lifecycle order. */
  readonly options: readonly PhaseFilterOption[];
  /** The preset buttons to show. */
  readonly presets: readonly PhaseFilterPresetItem[];
  /** The filter's label ("Phase"). */
  readonly label: string;
  /** The trigger's accessible summary: "All phases" or every chosen label ("Failed, Timed out"). */
  readonly summary: string;
  /** What the trigger shows first: "All phases" or the first chosen label. */
  readonly summaryFirst: string;
  /** What the trigger shows after it: "+2" when more are chosen, else "". */
  readonly summaryMore: string;
  /** The current text of the live region ("3 of 10 selected"), set after changes settle. */
  readonly announcement: string;
  /** The listbox's hint that presets exist ("Shift+Tab for quick selections"). */
  readonly presetsHint: string;
  /** Id of the element that holds the label text (see `getLabelProps`). */
  readonly labelId: string;
  /** The root element's ref (also in `getRootProps`); clicks outside it close the popup. */
  readonly rootRef: RefObject<HTMLElement | null>;
  /** Props for the element that wraps every part: its ref tells inside from outside. */
  getRootProps<E extends HTMLElement = HTMLDivElement>(
    props?: WithRef<HTMLAttributes<E>, E>,
  ): HTMLAttributes<E> & { ref: Ref<E> };
  /** Props for the element that shows the label; it names the listbox. */
  getLabelProps(props?: HTMLAttributes<HTMLElement>): HTMLAttributes<HTMLElement>;
  /** Props for the `<button>` that opens the popup. */
  getTriggerProps(
    props?: WithRef<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>,
  ): ButtonHTMLAttributes<HTMLButtonElement> & { ref: Ref<HTMLButtonElement> };
  /** Props for the popup that holds the presets and the listbox (rendered only while open). */
  getPopupProps(
    props?: WithRef<HTMLAttributes<HTMLDivElement>, HTMLDivElement>,
  ): HTMLAttributes<HTMLDivElement> & { ref: Ref<HTMLDivElement> };
  /** Props for the element that holds the preset buttons. */
  getPresetGroupProps(props?: HTMLAttributes<HTMLDivElement>): HTMLAttributes<HTMLDivElement>;
  /** Props for one preset `<button>`. */
  getPresetProps(
    preset: PhaseFilterPresetItem,
    props?: ButtonHTMLAttributes<HTMLButtonElement>,
  ): ButtonHTMLAttributes<HTMLButtonElement>;
  /** Props for the hidden element holding `presetsHint` (render it only when presets show). */
  getPresetsHintProps(): HTMLAttributes<HTMLElement>;
  /** Props for the `role="listbox"` element. */
  getListboxProps(
    props?: WithRef<HTMLAttributes<HTMLUListElement>, HTMLUListElement>,
  ): HTMLAttributes<HTMLUListElement> & { ref: Ref<HTMLUListElement> };
  /** Props for one `role="option"` element. */
  getOptionProps(
    phase: ActionPhase,
    props?: LiHTMLAttributes<HTMLLIElement>,
  ): LiHTMLAttributes<HTMLLIElement>;
  /** Props for the one polite live region. */
  getLiveRegionProps(props?: HTMLAttributes<HTMLElement>): HTMLAttributes<HTMLElement>;
  /** Props for the hidden `<input>` that carries the form value, or `undefined` without `name`. */
  getHiddenInputProps(): InputHTMLAttributes<HTMLInputElement> | undefined;
}
