import { act } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { page } from "vitest/browser";
import preview from "../../.storybook/preview";
import * as timelineStories from "../../stories/PhaseTimeline.stories";

// Visual reference of the PhaseTimeline, each theme on its own (see gallery.test.tsx for how the
// references are compared and updated). The story is frozen (`live={false}`), so it holds still.
setProjectAnnotations(preview);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { Themes } = composeStories(timelineStories);

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseTimeline: retried, paused and messy attempts", async () => {
    await act(async () => {
      root = createRoot(container);
      root.render(<Themes />);
    });
    await document.fonts.ready;
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`phase-timeline-${theme}`);
  });
});
