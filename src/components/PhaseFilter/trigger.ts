import type { ButtonHTMLAttributes, KeyboardEvent } from "react";
import type { ActiveMove } from "./state";
import type { DataAttributes } from "./types";

/** What the trigger reads and calls. @internal */
export interface TriggerContext {
  readonly open: boolean;
  readonly disabled: boolean;
  readonly listboxId: string;
  /** "Phase: Failed, Aborted, Timed out": the label and every chosen phase. */
  readonly name: string;
  /** The full list as a tooltip when the trigger shows only the first and "+N". */
  readonly title: string | undefined;
  readonly openAt: (where: ActiveMove) => void;
  readonly close: () => void;
}

/**
 * The trigger `<button>`: a click toggles the popup; ArrowDown/ArrowUp open it (or, when it is
 * open already, move focus into the list) on the first selected or the last option; Escape
 * closes an open popup and focus stays on the trigger. Enter and Space are the button's click.
 * @internal
 */
export function triggerProps(
  context: TriggerContext,
): ButtonHTMLAttributes<HTMLButtonElement> & DataAttributes {
  const { open, disabled, listboxId, name, title, openAt, close } = context;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowUp" ? "last" : "selectedOrFirst");
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  return {
    type: "button",
    disabled,
    title,
    "aria-haspopup": "listbox",
    "aria-expanded": open,
    "aria-controls": open ? listboxId : undefined,
    "aria-label": name,
    "data-state": open ? "open" : "closed",
    onClick: () => (open ? close() : openAt("selectedOrFirst")),
    onKeyDown,
  };
}
