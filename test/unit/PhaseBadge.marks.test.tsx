// PhaseBadge's retry and cache marks: what is shown, what is said, and what is ignored.
import { render, screen } from "@testing-library/react";
import { PhaseBadge, PhaseStringsProvider, usePhaseBadgeMarks } from "../../src";
import type { PhaseBadgeProps, UsePhaseBadgeMarksOptions } from "../../src";

function Badge({
  marks: options,
  ...props
}: Omit<PhaseBadgeProps, "marks"> & { marks: UsePhaseBadgeMarksOptions }) {
  return <PhaseBadge {...props} marks={usePhaseBadgeMarks(options)} />;
}

const marksOf = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>(".fpu-PhaseBadge-mark")].map((mark) => ({
    kind: mark.dataset.mark,
    shown: [...mark.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.matches(".fpu-visually-hidden")))
      .map((node) => node.textContent)
      .join(""),
  }));

describe("retry mark", () => {
  it('shows "↻3" and says "attempt 3 of 3" when the action ran three times', () => {
    const { container } = render(<Badge phase="succeeded" marks={{ attempts: 3 }} />);
    expect(marksOf(container)).toEqual([{ kind: "attempt", shown: "↻3" }]);
    expect(container.querySelector('[data-mark="attempt"] [aria-hidden="true"]')).toHaveTextContent(
      "↻3",
    );
    expect(container.firstChild).toHaveTextContent("Succeeded↻3, attempt 3 of 3");
    expect(container.firstChild).toHaveAttribute("title", "Succeeded, attempt 3 of 3");
  });

  it("names the attempt shown when it is given and fits", () => {
    const { container, rerender } = render(
      <Badge phase="failed" marks={{ attempt: 2, attempts: "3" }} />,
    );
    expect(container.firstChild).toHaveTextContent("↻2, attempt 2 of 3");
    rerender(<Badge phase="failed" marks={{ attempt: 7, attempts: 3 }} />);
    expect(container.firstChild).toHaveTextContent("↻3, attempt 3 of 3");
  });

  it.each([1, 0, -2, 2.5, NaN, "many", null, undefined, 2n, {}])(
    "shows no retry mark for attempts = %s",
    (attempts) => {
      const { container } = render(<Badge phase="running" marks={{ attempts }} />);
      expect(container.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
      expect(container.firstChild).toHaveAttribute("title", "Running");
    },
  );
});

describe("cache mark", () => {
  it.each([
    [2, "from cache"],
    ["CACHE_HIT", "from cache"],
    [3, "saved to cache"],
    ["CACHE_LOOKUP_FAILURE", "cache lookup failed"],
    [5, "cache write failed"],
    [7, "cache evicted"],
  ])("cacheStatus %s shows %s", (cacheStatus, text) => {
    const { container } = render(<Badge phase="succeeded" marks={{ cacheStatus }} />);
    expect(marksOf(container)).toEqual([{ kind: "cache", shown: text }]);
    expect(container.firstChild).toHaveTextContent(`Succeeded, ${text}`);
  });

  it.each([0, 1, 6, "CACHE_DISABLED", "CACHE_MISS", "CACHE_SKIPPED"])(
    "cacheStatus %s is ordinary and shows no mark",
    (cacheStatus) => {
      const { container } = render(<Badge phase="succeeded" marks={{ cacheStatus }} />);
      expect(container.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
    },
  );

  it.each([8, -1, 2.5, "cache_hit", "HIT", null, {}, true])(
    "unknown cacheStatus %s is ignored",
    (cacheStatus) => {
      const { container } = render(<Badge phase="succeeded" marks={{ cacheStatus }} />);
      expect(container.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
    },
  );
});

describe("marks together", () => {
  it("name an icon-only badge with every mark", () => {
    render(<Badge phase="succeeded" iconOnly marks={{ attempts: 2, cacheStatus: 2 }} />);
    expect(screen.getByRole("img")).toHaveAccessibleName("Succeeded, attempt 2 of 2, from cache");
  });

  it("are translatable through the provider, and an empty text hides a mark", () => {
    const { container } = render(
      <PhaseStringsProvider
        strings={{
          phaseLabels: { succeeded: "Erfolgreich" },
          marks: { attemptLabel: "Versuch {attempt} von {attempts}", CACHE_HIT: "aus dem Cache" },
        }}
      >
        <Badge phase="succeeded" marks={{ attempts: 4, cacheStatus: 2 }} />
        <Badge
          phase="succeeded"
          marks={{ cacheStatus: 3, strings: { marks: { CACHE_POPULATED: "" } } }}
        />
      </PhaseStringsProvider>,
    );
    const [first, second] = container.querySelectorAll(".fpu-PhaseBadge");
    expect(first).toHaveTextContent("Erfolgreich↻4, Versuch 4 von 4, aus dem Cache");
    expect(second!.querySelector(".fpu-PhaseBadge-mark")).toBeNull();
  });

  it("leave the badge exactly as before when none applies", () => {
    const plain = render(<PhaseBadge phase="running" />).container.innerHTML;
    const { container } = render(<Badge phase="running" marks={{ attempts: 1, cacheStatus: 1 }} />);
    expect(container.innerHTML).toBe(plain);
  });
});
