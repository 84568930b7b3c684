import { composeStories } from "@storybook/react-vite";
import * as badgeStories from "../../stories/PhaseBadge.stories";
import * as indicatorStories from "../../stories/TerminalIndicator.stories";
import * as durationStories from "../../stories/PhaseDuration.stories";
import { expectScreenshot } from "./harness";

// Visual review of the gallery stories, each theme on its own (how references are compared and
// updated: harness.tsx).
const { Gallery } = composeStories(badgeStories);
const { Themes } = composeStories(indicatorStories);
const { Gallery: DurationGallery } = composeStories(durationStories);

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseBadge gallery: ten phases and Unknown × variants × sizes", async () => {
    await expectScreenshot(<Gallery />, theme, `phase-badge-gallery-${theme}`);
  });

  it("TerminalIndicator themes", async () => {
    await expectScreenshot(<Themes />, theme, `terminal-indicator-${theme}`);
  });

  it("PhaseDuration gallery: units, typical line within and past, unknown", async () => {
    await expectScreenshot(
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
      theme,
      `phase-duration-gallery-${theme}`,
    );
  });
});
