"use client";
import { forwardRef } from "react";
import type { HTMLAttributes } from "react";
import { withClassName } from "../../internal/classNames";
import { isTerminal } from "../../phases";
import { TerminalIcon } from "../../icons/TerminalIcon";
import type { TerminalState } from "../../icons/TerminalIcon";
import type { PhaseStringsOverrides } from "../../strings";
import { badgeContent } from "../../internal/badgeContent";
import { nameProps } from "../../internal/nameProps";
import { readPhase, useComponentStrings } from "../../internal/readPhase";

/** Props of {@link TerminalIndicator}. Other `<span>` attributes pass through. */
export interface TerminalIndicatorProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children"> {
  /**
   * The phase, in any form the wire gives (`ActionPhase`, key, protobuf name or number,
   * `null`/`undefined`), read with `parsePhase`. Anything else shows "Unknown".
   */
  phase: unknown;
  /**
   * Text size.
   * @default "md"
   */
  size?: "sm" | "md" | "lg";
  /**
   * Show only the icon. The text stays the accessible name (`role="img"` + `aria-label`) and the
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
   * Text to show instead of "Finished" / "In progress" / "Unknown".
   * @default `strings.finished`, `strings.inProgress` or `strings.unknown`
   */
  label?: string;
  /**
   * Announce changes politely to screen readers (`role="status"`), e.g. in a run header. Off by
   * default; mounting never announces.
   * @default false
   */
  announce?: boolean;
  /**
   * Strings for this indicator only, laid over those of the nearest `PhaseStringsProvider`.
   * @default undefined (the provider's strings)
   */
  strings?: PhaseStringsOverrides;
  /**
   * Tooltip.
   * @default the text
   */
  title?: string;
}

/**
 * Says in text whether an action is finished: "Finished" for the five terminal phases
 * (SUCCEEDED, RECOVERED, FAILED, ABORTED, TIMED_OUT), "In progress" for the other five, "Unknown"
 * for anything else. `data-terminal` is `"true"`, `"false"` or `"unknown"`.
 *
 * @example
 * <TerminalIndicator phase={run.status.phase} />
 */
export const TerminalIndicator = forwardRef<HTMLSpanElement, TerminalIndicatorProps>(
  function TerminalIndicator(
    {
      phase: input,
      size = "md",
      iconOnly = false,
      hideIcon = false,
      label: labelProp,
      announce = false,
      strings: stringsProp,
      title,
      className,
      ...spanProps
    },
    ref,
  ) {
    const strings = useComponentStrings(stringsProp);
    const phase = readPhase("TerminalIndicator", input);
    const state: TerminalState =
      phase === undefined ? "unknown" : isTerminal(phase) ? "true" : "false";
    const label =
      labelProp ??
      (state === "true"
        ? strings.finished
        : state === "false"
          ? strings.inProgress
          : strings.unknown);

    return (
      <span
        {...nameProps(label, iconOnly, announce)}
        {...spanProps}
        ref={ref}
        title={title ?? label}
        className={withClassName("fpu-TerminalIndicator", className)}
        data-terminal={state}
        data-size={size}
        data-icon-only={iconOnly ? "true" : undefined}
      >
        {badgeContent(
          <TerminalIcon state={state} className="fpu-TerminalIndicator-icon" />,
          label,
          "fpu-TerminalIndicator-label",
          { iconOnly, hideIcon, announce },
        )}
      </span>
    );
  },
);
TerminalIndicator.displayName = "TerminalIndicator";
