// usePhaseDocumentTitle: the tab title with a shape cue, restored on unmount; the favicon badge.
import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { PhaseStringsProvider, usePhaseDocumentTitle } from "../../src";
import type { UsePhaseDocumentTitleOptions } from "../../src";

function Title(props: { phase: unknown; title?: string; options?: UsePhaseDocumentTitleOptions }) {
  usePhaseDocumentTitle(props.phase, props.title, props.options);
  return null;
}

const iconLinks = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
const svgOf = (link: HTMLLinkElement) =>
  decodeURIComponent(link.getAttribute("href")!.replace("data:image/svg+xml,", ""));

beforeEach(() => {
  document.head.innerHTML = "";
  document.title = "My app";
});

describe("title", () => {
  it.each([
    ["succeeded", "train-42 · Flyte", "✓ train-42 · Flyte"],
    [4, undefined, "● Running"],
    ["ACTION_PHASE_FAILED", "train-42", "✗ train-42"],
    ["paused", undefined, "⏸ Paused"],
    ["queued", undefined, "○ Queued"],
    ["aborted", "x", "■ x"],
    ["timed_out", "x", "⏱ x"],
    ["bogus", undefined, "? Unknown"],
    [null, "train-42", "? train-42"],
  ])("%s with title %s reads %s", (phase, title, expected) => {
    render(<Title phase={phase} title={title} />);
    expect(document.title).toBe(expected);
  });

  it("follows phase changes and restores the page's title on unmount", () => {
    const { rerender, unmount } = render(<Title phase="running" title="r1" />);
    expect(document.title).toBe("● r1");
    rerender(<Title phase="succeeded" title="r1" />);
    expect(document.title).toBe("✓ r1");
    unmount();
    expect(document.title).toBe("My app");
  });

  it("is translatable", () => {
    render(
      <PhaseStringsProvider
        strings={{ phaseLabels: { running: "Läuft" }, documentTitle: "{glyph} {label} – {title}" }}
      >
        <Title phase="running" title="Lauf 7" />
      </PhaseStringsProvider>,
    );
    expect(document.title).toBe("● Läuft – Lauf 7");
  });

  it("does nothing while server rendering", () => {
    expect(renderToString(<Title phase="running" title="r1" />)).toBe("");
    expect(document.title).toBe("My app");
  });
});

describe("favicon", () => {
  it("adds a phase icon drawn with the badge's shape and removes it on unmount", () => {
    const { rerender, unmount } = render(<Title phase="failed" options={{ favicon: true }} />);
    expect(iconLinks()).toHaveLength(1);
    // The FAILED cross of PhaseIcon, the same path data.
    expect(svgOf(iconLinks()[0]!)).toContain('d="M3.5 3.5l9 9M12.5 3.5l-9 9"');
    rerender(<Title phase="paused" options={{ favicon: true }} />);
    expect(iconLinks()).toHaveLength(1);
    expect(svgOf(iconLinks()[0]!)).toMatch(/<rect x="3.75" y="2.5" width="3"/);
    unmount();
    expect(iconLinks()).toHaveLength(0);
  });

  it("replaces the page's own icons and puts them back", () => {
    document.head.insertAdjacentHTML(
      "beforeend",
      '<link rel="icon" href="/favicon.ico"><link rel="shortcut icon" href="/a.png" type="image/png">',
    );
    const { unmount } = render(<Title phase="succeeded" options={{ favicon: true }} />);
    expect(iconLinks().map((link) => link.getAttribute("href")!.slice(0, 19))).toEqual([
      "data:image/svg+xml,",
      "data:image/svg+xml,",
    ]);
    unmount();
    expect(iconLinks().map((link) => [link.getAttribute("href"), link.type])).toEqual([
      ["/favicon.ico", ""],
      ["/a.png", "image/png"],
    ]);
  });

  it("draws the question mark for an unknown phase, and nothing without the option", () => {
    const { rerender } = render(<Title phase={99} />);
    expect(iconLinks()).toHaveLength(0);
    rerender(<Title phase={99} options={{ favicon: true }} />);
    expect(svgOf(iconLinks()[0]!)).toContain('<circle cx="8" cy="12.75" r="1"');
  });
});
