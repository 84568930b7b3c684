"use client";
import { forwardRef } from "react";
import type { HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { PhaseIcon } from "../../icons";
import { PHASE_TONES } from "../../internal/phaseTone";
import { usePhaseFilter } from "./usePhaseFilter";
import type { UsePhaseFilterOptions } from "./types";

/**
 * Props of {@link PhaseFilter}: the behaviour options of `usePhaseFilter` plus the attributes of
 * the root `<div>` (`className`, `style`, `id`, `data-*`, `aria-*`, …), which pass through.
 */
export interface PhaseFilterProps
  extends
    UsePhaseFilterOptions,
    Omit<HTMLAttributes<HTMLDivElement>, "defaultValue" | "children" | "onChange"> {}

const Chevron = () => (
  <svg
    className="fpu-PhaseFilter-chevron"
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d="M4 6l4 4 4-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

const Check = () => (
  <svg
    className="fpu-PhaseFilter-checkmark"
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d="M3.5 8.5l3 3 6-7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

/** Drawn in a disabled option's box: "cannot be chosen" in a shape, not in colour alone. */
const Blocked = () => (
  <svg
    className="fpu-PhaseFilter-blocked"
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M3 13L13 3" fill="none" stroke="currentColor" strokeWidth="1.5" />
  </svg>
);

/**
 * A multi-select dropdown of Flyte action phases, for the toolbar above a run table: the WAI-ARIA
 * listbox pattern (trigger `<button>` + `role="listbox"` with `aria-multiselectable`), complete
 * with keyboard, typeahead, presets, counts and one polite live region. The selection is an
 * array of phases in lifecycle order; an empty array means "no filter". Pair it with
 * `filterByPhase` for the table, `formatPhaseParam`/`parsePhaseParam` for the URL and
 * `toPhaseFilter` for the Flyte API.
 *
 * The trigger keeps one width and one line: it shows the first chosen phase and "+N", and its
 * accessible name and tooltip list them all. The keyboard model is written out once, in the
 * README's "PhaseFilter › Keyboard" section.
 *
 * The popup opens in the browser's top layer (Popover API), so an `overflow: hidden` table
 * container does not clip it, and it is placed to stay inside the viewport.
 *
 * @example
 * const [phases, setPhases] = useState<ActionPhase[]>([]);
 * <PhaseFilter value={phases} onValueChange={setPhases} counts={countByPhase(runs, (r) => r.phase)} />
 */
export const PhaseFilter = forwardRef<HTMLDivElement, PhaseFilterProps>(function PhaseFilter(
  {
    value,
    defaultValue,
    onValueChange,
    open,
    defaultOpen,
    onOpenChange,
    phases,
    disabledPhases,
    disabledReason,
    counts,
    presets,
    label,
    name,
    disabled = false,
    className,
    ...rootProps
  },
  forwardedRef,
) {
  const filter = usePhaseFilter({
    ...{ value, defaultValue, onValueChange, open, defaultOpen, onOpenChange, phases },
    ...{ disabledPhases, disabledReason, counts, presets, label, name, disabled },
  });
  const hiddenInput = filter.getHiddenInputProps();
  // The getter only puts the forwarded ref into a callback ref; nothing reads it during render.
  // eslint-disable-next-line react-hooks/refs
  const root = filter.getRootProps({
    ...rootProps,
    ref: forwardedRef,
    className: withClassName("fpu-PhaseFilter", className),
  });

  return (
    <div {...root}>
      <button {...filter.getTriggerProps()} className="fpu-PhaseFilter-trigger">
        <span {...filter.getLabelProps()} className="fpu-PhaseFilter-label">
          {filter.label}
        </span>{" "}
        {/* The space keeps the visible text "Phase All phases" inside the name "Phase: All phases". */}
        {/* "+2" is drawn by CSS from data-more: the name lists every phase instead, and the
            visible text ("Phase Failed") stays inside the name ("Phase: Failed, Aborted, …"). */}
        <span
          className="fpu-PhaseFilter-summary"
          data-more={filter.summaryMore === "" ? undefined : filter.summaryMore}
        >
          <span className="fpu-PhaseFilter-first">{filter.summaryFirst}</span>
        </span>
        <Chevron />
      </button>
      {filter.open && (
        <div {...filter.getPopupProps()} className="fpu-PhaseFilter-popup">
          {filter.presets.length > 0 && (
            <div {...filter.getPresetGroupProps()} className="fpu-PhaseFilter-presets">
              {filter.presets.map((item) => (
                <button
                  key={item.preset}
                  {...filter.getPresetProps(item)}
                  className="fpu-PhaseFilter-preset"
                >
                  {item.label}
                </button>
              ))}
              <span {...filter.getPresetsHintProps()}>{filter.presetsHint}</span>
            </div>
          )}
          <ul {...filter.getListboxProps()} className="fpu-PhaseFilter-listbox">
            {filter.options.map((option) => (
              <li
                key={option.phase}
                {...filter.getOptionProps(option.phase)}
                className="fpu-PhaseFilter-option"
              >
                <span className="fpu-PhaseFilter-check" aria-hidden="true">
                  {option.disabled ? <Blocked /> : <Check />}
                </span>
                <PhaseIcon
                  phase={option.phase}
                  className="fpu-PhaseFilter-icon"
                  data-tone={PHASE_TONES[option.phase]}
                />
                <span className="fpu-PhaseFilter-optionLabel">{option.label}</span>
                {option.count !== undefined && (
                  <>
                    {" "}
                    <span className="fpu-PhaseFilter-count">{option.count}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <span {...filter.getLiveRegionProps()} className="fpu-PhaseFilter-status">
        {filter.announcement}
      </span>
      {hiddenInput && <input {...hiddenInput} />}
    </div>
  );
});
PhaseFilter.displayName = "PhaseFilter";
