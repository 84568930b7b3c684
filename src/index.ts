/** flyte-phase-ui: show and filter the phases of Flyte actions. */
export * from "./phases";
