/**
 * A component's own class followed by the caller's, if any: every join this library does (so it
 * needs no class-name package).
 * @internal
 */
export function withClassName(own: string, theirs: string | undefined): string {
  return theirs ? `${own} ${theirs}` : own;
}
