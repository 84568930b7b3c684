"use client";
import type { ReactNode } from "react";

/**
 * The children PhaseBadge and TerminalIndicator both render: the icon unless hidden, then the
 * label. In icon-only mode the element is named by `aria-label` and shows no text — except with
 * `announce`, where a live region needs text content to say, so the label is there visually
 * hidden. A plain function rather than a component: one badge in a 10,000-row table should cost
 * no extra component.
 * @internal
 */
export function badgeContent(
  icon: ReactNode,
  label: string,
  labelClassName: string,
  { iconOnly, hideIcon, announce }: { iconOnly: boolean; hideIcon: boolean; announce: boolean },
): ReactNode {
  const text = iconOnly ? (
    announce ? (
      <span className="fpu-visually-hidden">{label}</span>
    ) : null
  ) : (
    <span className={labelClassName}>{label}</span>
  );
  return (
    <>
      {iconOnly || !hideIcon ? icon : null}
      {text}
    </>
  );
}
