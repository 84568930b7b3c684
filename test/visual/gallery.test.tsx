import { act } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { ReactNode } from "react";
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { page } from "vitest/browser";
import preview from "../../.storybook/preview";
import * as badgeStories from "../../stories/PhaseBadge.stories";
import * as indicatorStories from "../../stories/TerminalIndicator.stories";
import * as durationStories from "../../stories/PhaseDuration.stories";

// Visual review of the gallery stories, each theme on its own: the references are PNGs in
// test/visual/references/, compared with a small tolerance (vitest.config.ts, project "visual").
// After an intended visual change: `npm run test:update-screenshots`, look at the new PNGs, commit.
setProjectAnnotations(preview);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { Gallery } = composeStories(badgeStories);
const { Themes } = composeStories(indicatorStories);
const { Gallery: DurationGallery } = composeStories(durationStories);

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  // The galleries show "Unknown" on purpose; the components' development warning is expected.
  const warn = console.warn.bind(console);
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("which is not a phase it knows")) warn(...args);
  });
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  vi.restoreAllMocks();
});

async function show(node: ReactNode) {
  await act(async () => {
    root = createRoot(container);
    root.render(node);
  });
  await document.fonts.ready;
}

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseBadge gallery: ten phases and Unknown × variants × sizes", async () => {
    await show(<Gallery />);
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`phase-badge-gallery-${theme}`);
  });

  it("TerminalIndicator themes", async () => {
    await show(<Themes />);
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`terminal-indicator-${theme}`);
  });

  it("PhaseDuration gallery: units, typical line within and past, unknown", async () => {
    await show(
      <section
        aria-label={`${theme} theme`}
        data-theme={theme}
        style={{
          display: "inline-block",
          padding: 16,
          background: "Canvas",
          color: "var(--fpu-surface-fg)",
        }}
      >
        <DurationGallery />
      </section>,
    );
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`phase-duration-gallery-${theme}`);
  });
});
