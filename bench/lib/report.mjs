// Turns measurements into the results table (console text and Markdown) and the goals list.
import { median, summarize } from "./stats.mjs";

export const formatMs = (ms) =>
  `${ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
export const formatRatio = (ratio) => `${ratio.toFixed(2)}×`;

/**
 * One row per comparison × metric × contender, with the ratio of its median to the baseline's
 * median measured in the same run.
 */
export function tableRows(comparison, results) {
  const baseline = comparison.contenders.find((contender) => contender.baseline);
  const rows = [];
  for (const [metric, metricLabel] of Object.entries(comparison.metrics)) {
    const base = summarize(results[baseline.id][metric] ?? []);
    for (const contender of comparison.contenders) {
      const summary = summarize(results[contender.id][metric] ?? []);
      rows.push({
        benchmark: `${comparison.title}: ${metricLabel}`,
        contender: contender.baseline ? `${contender.label} (baseline)` : contender.label,
        median: formatMs(summary.median),
        iqr: `${formatMs(summary.p25)} – ${formatMs(summary.p75)}`,
        n: String(summary.n),
        ratio: formatRatio(summary.median / base.median),
      });
    }
  }
  return rows;
}

const meets = (goal, ratio) => ratio <= goal.max && (!goal.strict || ratio < goal.max);

/**
 * "met" or "MISSED" when both ways of reading the run agree; "unclear (noisy run)" when the ratio
 * of medians and the per-round ratios disagree, which on a busy machine happens near the line.
 */
function verdict(goal, ratio, paired) {
  if (meets(goal, ratio) && meets(goal, paired)) return "met";
  if (!meets(goal, ratio) && !meets(goal, paired)) return "MISSED";
  return "unclear (noisy run)";
}

/** Each goal of a comparison, measured: `{ goal, measured, paired, met }`. */
export function goalRows(comparison, results) {
  const label = (id) => comparison.contenders.find((contender) => contender.id === id).label;
  return (comparison.goals ?? []).map((goal) => {
    const ours = results[goal.contender][goal.metric] ?? [];
    const theirs = results[goal.versus][goal.metric] ?? [];
    const ratio = median(ours) / median(theirs);
    // Both ran in every round, next to each other: the median of the per-round ratios is less
    // sensitive to load that drifts over the whole run.
    const paired = median(ours.map((ms, round) => ms / theirs[round]));
    return {
      goal: `${comparison.title}, ${comparison.metrics[goal.metric]}: ${label(goal.contender)} vs ${label(goal.versus)} ${goal.text}`,
      measured: formatRatio(ratio),
      paired: formatRatio(paired),
      met: verdict(goal, ratio, paired),
    };
  });
}

const TABLE_COLUMNS = [
  ["benchmark", "Benchmark"],
  ["contender", "Contender"],
  ["median", "Median"],
  ["iqr", "Middle half (p25 – p75)"],
  ["n", "n"],
  ["ratio", "Ratio to baseline"],
];
const GOAL_COLUMNS = [
  ["goal", "Goal"],
  ["measured", "Ratio of medians"],
  ["paired", "Median of per-round ratios"],
  ["met", "Result"],
];

/** A Markdown table (Prettier aligns it when the file is written). */
export function markdownTable(rows, columns) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map(([, title]) => title)),
    line(columns.map(() => "---")),
    ...rows.map((row) => line(columns.map(([key]) => row[key]))),
  ].join("\n");
}

/** The same table as aligned plain text for the terminal. */
export function textTable(rows, columns) {
  const widths = columns.map(([key, title]) =>
    Math.max(title.length, ...rows.map((row) => row[key].length)),
  );
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ");
  return [
    line(columns.map(([, title]) => title)),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map((row) => line(columns.map(([key]) => row[key]))),
  ].join("\n");
}

export { TABLE_COLUMNS, GOAL_COLUMNS };
