import { composeStories } from "@storybook/react-vite";
import * as countBarStories from "../../stories/PhaseCountBar.stories";
import * as historyStories from "../../stories/PhaseHistory.stories";
import { expectScreenshot } from "./harness";

// Visual review of the PhaseCountBar and PhaseHistory galleries, each theme on its own.
const { Gallery: CountBarGallery } = composeStories(countBarStories);
const { Gallery: HistoryGallery } = composeStories(historyStories);

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseCountBar gallery: bar, clickable bar, compact, one in 10,000, empty", async () => {
    await expectScreenshot(<CountBarGallery />, theme, `phase-count-bar-${theme}`);
  });

  it("PhaseHistory gallery: every phase, 20 runs as links, empty", async () => {
    await expectScreenshot(<HistoryGallery />, theme, `phase-history-${theme}`);
  });
});
