export { TerminalIndicator } from "./TerminalIndicator";
export type { TerminalIndicatorProps } from "./TerminalIndicator";
