"use client";
import { forwardRef } from "react";
import type { HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { PhaseIcon } from "../../icons";
import type { PhaseStringsOverrides } from "../../strings";
import { PHASE_TONES } from "../../internal/phaseTone";
import { badgeContent } from "../../internal/badgeContent";
import { nameProps } from "../../internal/nameProps";
import { readPhase, useComponentStrings } from "../../internal/readPhase";
import type { PhaseBadgeMarks } from "./usePhaseBadgeMarks";

/** Props of {@link PhaseBadge}. Other `<span>` attributes (`id`, `style`, `data-*`, `aria-*`, …) pass through. */
export interface PhaseBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * The phase, in any form the wire gives: an `ActionPhase` (`"running"`), a key (`"RUNNING"`),
   * a protobuf name (`"ACTION_PHASE_RUNNING"`), a protobuf number (`4`), or `null`/`undefined`.
   * Read with `parsePhase`; anything else shows a neutral "Unknown" badge (`data-phase="unknown"`)
   * and warns once per value in development.
   */
  phase: unknown;
  /**
   * Text size of the badge.
   * @default "md"
   */
  size?: "sm" | "md" | "lg";
  /**
   * `subtle`: tinted background; `solid`: strong background with light (or, in dark theme, dark)
   * text; `outline`: border only, on the page background.
   * @default "subtle"
   */
  variant?: "subtle" | "solid" | "outline";
  /**
   * Show only the icon. The label stays the accessible name (`role="img"` + `aria-label`) and the
   * tooltip (`title`).
   * @default false
   */
  iconOnly?: boolean;
  /**
   * Hide the icon and show only the text. Ignored when `iconOnly` is set.
   * @default false
   */
  hideIcon?: boolean;
  /**
   * Text to show instead of the phase's label (from the nearest `PhaseStringsProvider`).
   * @default the phase's label, or `strings.unknown`
   */
  label?: string;
  /**
   * Let the RUNNING icon spin. It never spins under `prefers-reduced-motion: reduce`. Turn it off
   * where hundreds of running badges are on one page without virtualised rows: every spinning
   * icon is repainted each frame, even off screen.
   * @default true
   */
  animate?: boolean;
  /**
   * Announce changes of the phase politely to screen readers (`role="status"`). Off by default:
   * a badge is not a live region, so tables of badges stay quiet. Mounting never announces.
   * @default false
   */
  announce?: boolean;
  /**
   * Strings for this badge only, laid over those of the nearest `PhaseStringsProvider`.
   * @default undefined (the provider's strings)
   */
  strings?: PhaseStringsOverrides;
  /**
   * Tooltip.
   * @default the label, then what the marks say
   */
  title?: string;
  /**
   * Retry and cache marks after the label, from {@link usePhaseBadgeMarks}. An icon-only badge
   * adds what they say to its accessible name ("Succeeded, attempt 3 of 3, from cache").
   * @default undefined (no marks)
   */
  marks?: PhaseBadgeMarks | undefined;
}

/**
 * The phase of a Flyte action as a badge: an icon with its own shape per phase and the phase's
 * label. Reads any wire form of the phase and never throws.
 *
 * @example
 * <PhaseBadge phase={action.status.phase} />
 * <PhaseBadge phase="ACTION_PHASE_FAILED" variant="solid" size="sm" />
 * <PhaseBadge phase={4} iconOnly />
 */
export const PhaseBadge = forwardRef<HTMLSpanElement, PhaseBadgeProps>(function PhaseBadge(
  {
    phase: input,
    size = "md",
    variant = "subtle",
    iconOnly = false,
    hideIcon = false,
    animate = true,
    label: labelProp,
    announce = false,
    strings: stringsProp,
    title,
    marks,
    className,
    ...spanProps
  },
  ref,
) {
  const strings = useComponentStrings(stringsProp);
  const phase = readPhase("PhaseBadge", input);
  const label = labelProp ?? (phase === undefined ? strings.unknown : strings.phaseLabels[phase]);
  const name = marks ? [label, ...marks.text].join(", ") : label;

  return (
    <span
      {...nameProps(name, iconOnly, announce)}
      {...spanProps}
      ref={ref}
      title={title ?? name}
      className={withClassName("fpu-PhaseBadge", className)}
      data-phase={phase ?? "unknown"}
      data-tone={phase === undefined ? "unknown" : PHASE_TONES[phase]}
      data-size={size}
      data-variant={variant}
      data-icon-only={iconOnly ? "true" : undefined}
    >
      {badgeContent(
        <PhaseIcon phase={phase} animate={animate} className="fpu-PhaseBadge-icon" />,
        label,
        "fpu-PhaseBadge-label",
        { iconOnly, hideIcon, announce },
      )}
      {marks?.nodes}
    </span>
  );
});
PhaseBadge.displayName = "PhaseBadge";
