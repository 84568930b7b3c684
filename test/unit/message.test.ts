import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatMessage } from "../../src/strings";

describe("formatMessage", () => {
  it("fills a template, formatting numbers for the locale", () => {
    expect(formatMessage("{count} of {total} selected", { count: 3, total: 1200 })).toBe(
      "3 of 1,200 selected",
    );
    expect(formatMessage("{count} von {total}", { count: 3, total: 1200 }, "de")).toBe(
      "3 von 1.200",
    );
    expect(formatMessage("{label}, {count}", { label: "Failed", count: 12 })).toBe("Failed, 12");
  });

  it("picks the plural form of count with Intl.PluralRules", () => {
    const actions = { one: "{count} action", other: "{count} actions" };
    expect(formatMessage(actions, { count: 1 })).toBe("1 action");
    expect(formatMessage(actions, { count: 0 })).toBe("0 actions");
    expect(formatMessage(actions, { count: 2 })).toBe("2 actions");
    // Polish has few/many: 2 → few, 5 → many.
    const pl = { one: "{count} akcja", few: "{count} akcje", many: "{count} akcji", other: "x" };
    expect(formatMessage(pl, { count: 2 }, "pl")).toBe("2 akcje");
    expect(formatMessage(pl, { count: 5 }, "pl")).toBe("5 akcji");
  });

  it("falls back to other when a category has no form", () => {
    expect(formatMessage({ other: "{count} Status" }, { count: 1 }, "de")).toBe("1 Status");
  });

  it("calls a function with the values", () => {
    expect(formatMessage(({ count }) => `n=${count}`, { count: 4 })).toBe("n=4");
  });

  it("leaves a placeholder without a value as written", () => {
    expect(formatMessage("{count} of {total}", { count: 1 })).toBe("1 of {total}");
  });

  it("reads an invalid locale as English instead of throwing", () => {
    expect(formatMessage({ one: "one", other: "{count} many" }, { count: 1000 }, "??")).toBe(
      "1,000 many",
    );
  });

  it("never throws on any template and values", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double())),
        (template, values) => {
          expect(typeof formatMessage(template, values)).toBe("string");
        },
      ),
    );
  });
});
