// Structural DOM comparison: same elements, same attributes (in any order), same text.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ReactNode } from "react";

function describe(node: Node, path: string): string {
  return `${path} <${node.nodeName.toLowerCase()}>`;
}

/** `undefined` when `a` and `b` are the same DOM, else where they first differ. */
export function domDifference(a: Node, b: Node, path = ""): string | undefined {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) {
    return `${describe(a, path)} vs ${describe(b, path)}`;
  }
  if (a.nodeType === Node.TEXT_NODE) {
    return a.textContent === b.textContent
      ? undefined
      : `${path}: text "${a.textContent}" vs "${b.textContent}"`;
  }
  if (a instanceof Element && b instanceof Element) {
    const attributes = (element: Element) =>
      [...element.attributes]
        .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
        .sort()
        .join(" ");
    if (attributes(a) !== attributes(b)) {
      return `${describe(a, path)} attributes [${attributes(a)}] vs [${attributes(b)}]`;
    }
  }
  if (a.childNodes.length !== b.childNodes.length) {
    return `${describe(a, path)} has ${a.childNodes.length} vs ${b.childNodes.length} children`;
  }
  for (let i = 0; i < a.childNodes.length; i++) {
    const difference = domDifference(a.childNodes[i]!, b.childNodes[i]!, `${path}/${i}`);
    if (difference) return difference;
  }
  return undefined;
}

function renderOffScreen(node: ReactNode) {
  const host = document.createElement("div");
  const root = createRoot(host);
  flushSync(() => root.render(node));
  return { host, unmount: () => root.unmount() };
}

/** Renders `a` and `b` off screen and compares their DOM: `undefined` when it is the same. */
export function renderedDifference(a: ReactNode, b: ReactNode): string | undefined {
  const first = renderOffScreen(a);
  const second = renderOffScreen(b);
  const difference = domDifference(first.host, second.host);
  first.unmount();
  second.unmount();
  return difference;
}
