import { composeStories } from "@storybook/react-vite";
import * as timelineStories from "../../stories/PhaseTimeline.stories";
import { expectScreenshot } from "./harness";

// Visual reference of the PhaseTimeline, each theme on its own. The story is frozen
// (`live={false}`), so it holds still.
const { Themes } = composeStories(timelineStories);

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseTimeline: retried, paused and messy attempts", async () => {
    await expectScreenshot(<Themes />, theme, `phase-timeline-${theme}`);
  });
});
