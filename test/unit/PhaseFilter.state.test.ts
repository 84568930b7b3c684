// The filter's DOM-free state layer, driven as plain functions: no rendering, no React.
import { ACTION_PHASES } from "../../src";
import type { ActionPhase } from "../../src";
import { defaultStrings, mergeStrings } from "../../src/strings";
import {
  cleanSelection,
  moveActive,
  presetEnabled,
  readCount,
  resolveActive,
  resolveOptions,
  resolvePresets,
  sameSelection,
  selectAllOrNone,
  toggleSelection,
} from "../../src/components/PhaseFilter/state";
import {
  announcementText,
  optionName,
  presetDescription,
  triggerText,
} from "../../src/components/PhaseFilter/text";
import { continuesTypeahead, typeaheadIndex } from "../../src/components/PhaseFilter/typeahead";

const all = resolveOptions(undefined, undefined);
const withoutPaused = resolveOptions(undefined, ["paused"]);

describe("options and selection", () => {
  it("shows all ten phases by default; disabled ones are shown but not selectable", () => {
    expect(all.shown).toEqual(ACTION_PHASES);
    expect(withoutPaused.shown).toHaveLength(10);
    expect(withoutPaused.selectable).not.toContain("paused");
    expect(withoutPaused.disabled.has("paused")).toBe(true);
  });

  it("reads wire forms and drops junk", () => {
    const model = resolveOptions(["FAILED", "bogus", 8, "running"] as never, null);
    expect(model.shown).toEqual(["running", "failed", "timed_out"]); // 8 is TIMED_OUT on the wire
  });

  it("cleans a selection to selectable phases in lifecycle order", () => {
    expect(
      cleanSelection(["timed_out", "paused", "failed", "failed"], withoutPaused.selectable),
    ).toEqual(["failed", "timed_out"]);
    expect(cleanSelection(null, all.selectable)).toEqual([]);
  });

  it("toggles in and out, never a disabled phase", () => {
    const on = toggleSelection(["failed"], "queued", all.selectable);
    expect(on).toEqual(["queued", "failed"]);
    expect(toggleSelection(on, "failed", all.selectable)).toEqual(["queued"]);
    expect(toggleSelection(["failed"], "paused", withoutPaused.selectable)).toEqual(["failed"]);
  });

  it("Ctrl+A selects every selectable phase, then none", () => {
    const every = selectAllOrNone([], withoutPaused.selectable);
    expect(every).toEqual(withoutPaused.selectable);
    expect(selectAllOrNone(every, withoutPaused.selectable)).toEqual([]);
  });

  it("compares selections by content and order", () => {
    expect(sameSelection(["failed"], ["failed"])).toBe(true);
    expect(sameSelection(["failed", "aborted"], ["aborted", "failed"])).toBe(false);
  });
});

describe("the active option", () => {
  const selectable = withoutPaused.selectable;
  it("opens on the first selected option, else the first", () => {
    expect(moveActive(selectable, ["failed", "aborted"], undefined, "selectedOrFirst")).toBe(
      "failed",
    );
    expect(moveActive(selectable, [], undefined, "selectedOrFirst")).toBe("queued");
  });

  it("moves without wrapping and skips disabled phases", () => {
    expect(moveActive(selectable, [], "running", "next")).toBe("succeeded");
    expect(moveActive(selectable, [], "timed_out", "next")).toBe("timed_out");
    expect(moveActive(selectable, [], "queued", "previous")).toBe("queued");
    expect(moveActive(selectable, [], "running", "first")).toBe("queued");
    expect(moveActive(selectable, [], "running", "last")).toBe("timed_out");
    expect(moveActive([], [], undefined, "next")).toBeUndefined();
  });

  it("forgets a remembered option that is no longer selectable", () => {
    expect(resolveActive(selectable, ["aborted"], "paused")).toBe("aborted");
    expect(resolveActive(selectable, [], "running")).toBe("running");
  });
});

describe("presets and counts", () => {
  it("resolves the presets prop leniently", () => {
    expect(resolvePresets(undefined)).toHaveLength(6);
    expect(resolvePresets(false)).toEqual([]);
    expect(resolvePresets(["clear", "bogus", "clear", "failed"])).toEqual(["clear", "failed"]);
  });

  it("a preset that selects nothing here is disabled; Clear never is", () => {
    const only = resolveOptions(["running"], undefined).selectable;
    expect(presetEnabled("failed", only)).toBe(false);
    expect(presetEnabled("inProgress", only)).toBe(true);
    expect(presetEnabled("clear", [])).toBe(true);
  });

  it("reads only finite, non-negative counts", () => {
    const counts = { failed: 12, running: NaN, paused: -1, queued: "3" };
    expect(readCount(counts, "failed")).toBe(12);
    expect(readCount(counts, "running")).toBeUndefined();
    expect(readCount(counts, "paused")).toBeUndefined();
    expect(readCount(counts, "queued")).toBeUndefined();
    expect(readCount("12", "failed")).toBeUndefined();
  });
});

describe("the words: one rule for the trigger and the announcement", () => {
  it.each<[ActionPhase[], string, string, string, string]>([
    [[], "All phases", "All phases", "", "All phases"],
    [["failed"], "Failed", "Failed", "", "1 of 10 selected"],
    [
      ["failed", "aborted", "timed_out"],
      "Failed, Aborted, Timed out",
      "Failed",
      "+2",
      "3 of 10 selected",
    ],
  ])("%j → name %s, shows %s %s, says %s", (value, summary, first, more, said) => {
    expect(triggerText(value, defaultStrings)).toEqual({ summary, first, more });
    expect(announcementText(value, 10, defaultStrings)).toBe(said);
  });

  it("counts out of the options shown, whatever is disabled", () => {
    expect(announcementText(withoutPaused.selectable, 10, defaultStrings)).toBe("9 of 10 selected");
  });

  it("names options with their count and its unit, plural by Intl.PluralRules", () => {
    expect(optionName("failed", 12, defaultStrings)).toBe("Failed, 12 actions");
    expect(optionName("failed", 1, defaultStrings)).toBe("Failed, 1 action");
    expect(optionName("failed", 1200, defaultStrings)).toBe("Failed, 1,200 actions");
    expect(optionName("failed", undefined, defaultStrings)).toBe("Failed");
    const german = mergeStrings(defaultStrings, {
      locale: "de",
      filter: {
        optionWithCount: { one: "{label}, {count} Aktion", other: "{label}, {count} Aktionen" },
      },
    });
    expect(optionName("failed", 1200, german)).toBe("Failed, 1.200 Aktionen");
  });

  it("describes group presets by what they select here", () => {
    expect(presetDescription("failed", ["failed", "aborted", "timed_out"], defaultStrings)).toBe(
      "Selects Failed, Aborted, Timed out",
    );
    expect(presetDescription("failed", ["failed"], defaultStrings)).toBe("Selects Failed");
    expect(presetDescription("clear", [], defaultStrings)).toBeUndefined();
    expect(presetDescription("selectAll", ["failed"], defaultStrings)).toBeUndefined();
  });
});

describe("typeahead", () => {
  const labels = withoutPaused.selectable.map((phase) => defaultStrings.phaseLabels[phase]);
  it("matches a prefix, cycles on a repeated letter, and refines from the active label", () => {
    expect(typeaheadIndex(labels, "ti", 0)).toBe(labels.indexOf("Timed out"));
    const running = labels.indexOf("Running");
    expect(typeaheadIndex(labels, "r", 0)).toBe(running);
    expect(typeaheadIndex(labels, "rr", running)).toBe(labels.indexOf("Recovered"));
    expect(typeaheadIndex(labels, "timed o", 0)).toBe(labels.indexOf("Timed out"));
    expect(typeaheadIndex(labels, "zz", 0)).toBe(-1);
    expect(typeaheadIndex([], "a", -1)).toBe(-1);
  });

  it("Space continues a search being typed, and only then", () => {
    expect(continuesTypeahead(" ", "")).toBe(false);
    expect(continuesTypeahead(" ", "timed")).toBe(true);
    expect(continuesTypeahead("a", "")).toBe(true);
    expect(continuesTypeahead("Enter", "timed")).toBe(false);
  });
});
