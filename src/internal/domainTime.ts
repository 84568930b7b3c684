/**
 * The domain's time helpers, as the components import them: one place to point at if they ever
 * move. (This file held a private stand-in until the domain module gained them.)
 * @internal
 */
export { durationToMillis, elapsedMs, formatDuration, toMillis } from "../phases";
export type { ActionStatusLike } from "../phases";
