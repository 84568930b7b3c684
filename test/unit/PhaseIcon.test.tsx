import { createRef } from "react";
import { render } from "@testing-library/react";
import { PhaseIcon } from "../../src";
import { ACTION_PHASES } from "../../src/phases";

/** The drawing of an icon: its child elements and their geometry, without the wrapper. */
function shapeOf(svg: SVGSVGElement): string {
  return svg.innerHTML;
}

describe("PhaseIcon", () => {
  it("draws eleven different shapes: one per phase and one for unknown", () => {
    const shapes = new Map<string, string>();
    for (const phase of [...ACTION_PHASES, undefined]) {
      const { container, unmount } = render(<PhaseIcon phase={phase} />);
      const svg = container.querySelector("svg")!;
      expect(svg.childElementCount).toBeGreaterThan(0);
      shapes.set(String(phase), shapeOf(svg));
      unmount();
    }
    expect(new Set(shapes.values()).size).toBe(11);
  });

  it("is decorative by default, sized 1em and drawn in currentColor", () => {
    const { container } = render(<PhaseIcon phase="failed" />);
    const svg = container.querySelector("svg")!;
    expect(svg).toHaveAttribute("aria-hidden", "true");
    expect(svg).toHaveAttribute("focusable", "false");
    expect(svg).toHaveAttribute("width", "1em");
    expect(svg).toHaveAttribute("height", "1em");
    expect(svg).toHaveAttribute("stroke", "currentColor");
    expect(svg).toHaveAttribute("data-phase-icon", "failed");
    expect(svg).toHaveClass("fpu-PhaseIcon");
  });

  it("draws the question mark for undefined", () => {
    const { container } = render(<PhaseIcon phase={undefined} />);
    expect(container.querySelector("svg")).toHaveAttribute("data-phase-icon", "unknown");
  });

  it("animates only the running glyph, and only when asked", () => {
    const { container, rerender } = render(<PhaseIcon phase="running" />);
    expect(container.querySelector("svg")).not.toHaveAttribute("data-animate");
    rerender(<PhaseIcon phase="running" animate />);
    expect(container.querySelector("svg")).toHaveAttribute("data-animate", "true");
    rerender(<PhaseIcon phase="queued" animate />);
    expect(container.querySelector("svg")).not.toHaveAttribute("data-animate");
  });

  it("passes SVG props through and forwards the ref; can be made meaningful", () => {
    const ref = createRef<SVGSVGElement>();
    const { getByRole } = render(
      <PhaseIcon
        ref={ref}
        phase="paused"
        className="mine"
        aria-hidden={false}
        role="img"
        aria-label="Paused"
      />,
    );
    expect(getByRole("img", { name: "Paused" })).toBe(ref.current);
    expect(ref.current).toHaveClass("fpu-PhaseIcon", "mine");
    expect(PhaseIcon.displayName).toBe("PhaseIcon");
  });
});
