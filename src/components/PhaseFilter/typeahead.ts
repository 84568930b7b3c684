/**
 * The WAI-ARIA listbox typeahead: the index of the label that `typed` leads to, or -1.
 *
 * One character moves to the next label starting with it, after the active one and wrapping, so
 * "r" then "r" cycles Running → Recovered. Several different characters ("ti") match the whole
 * prefix starting at the active label itself, so typing on refines rather than jumps. Several
 * copies of one character ("rr") act like pressing it repeatedly. Case is folded the default way,
 * which is right for the labels' languages; a locale would only matter for Turkish dotted i.
 * @internal
 */
export function typeaheadIndex(
  labels: readonly string[],
  typed: string,
  activeIndex: number,
): number {
  const text = typed.toLocaleLowerCase();
  if (text === "" || labels.length === 0) return -1;
  const first = text[0] as string;
  const repeated = [...text].every((char) => char === first);
  const prefix = repeated ? first : text;
  // A new search starts after the active label; a refinement includes it.
  const start = repeated ? activeIndex + 1 : Math.max(activeIndex, 0);
  for (let step = 0; step < labels.length; step++) {
    const index = (start + step) % labels.length;
    if ((labels[index] as string).toLocaleLowerCase().startsWith(prefix)) return index;
  }
  return -1;
}

/**
 * Whether a key press continues the typeahead: any single printable character, and Space only
 * while a search is being typed ("timed o"), as the WAI-ARIA listbox practice asks; otherwise
 * Space toggles the active option.
 * @internal
 */
export function continuesTypeahead(key: string, typed: string): boolean {
  if (key === " ") return typed !== "";
  return key.length === 1;
}
