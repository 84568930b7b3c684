// A million phase values as they arrive in a real UI: protobuf-es numbers (some unknown, some 0),
// proto3 JSON names, SDK strings, keys, the odd padded or mixed-case spelling, numbers as URL
// text, and junk. Seeded, so every run and every contender sees the same list.
import { ACTION_PHASES, toProtobufName, toProtobufValue } from "../../src";
import { seededRandom } from "./harness";

const JUNK: readonly unknown[] = [null, undefined, Number.NaN, "", "bogus", -1, 3.5, {}, "0"];

export function wireValues(count: number, seed = 1): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const values: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const phase = pick(ACTION_PHASES);
    const kind = random();
    if (kind < 0.3) {
      // Numbers, with 0 (UNSPECIFIED) and numbers from newer servers now and then.
      values[i] = random() < 0.9 ? toProtobufValue(phase) : pick([0, 11, 12]);
    } else if (kind < 0.55) values[i] = phase;
    else if (kind < 0.75) values[i] = toProtobufName(phase);
    else if (kind < 0.85) values[i] = phase.toUpperCase();
    else if (kind < 0.9) values[i] = ` ${toProtobufName(phase).toLowerCase()} `;
    else if (kind < 0.95) values[i] = String(toProtobufValue(phase));
    else values[i] = pick(JUNK);
  }
  return values;
}
