/** Small helpers for walking parsed XML subtrees by local name (prefix-agnostic). */
import { isElement } from './read';
import type { XmlElement } from './read';

/** Child elements, optionally only those with the given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (isElement(c) && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** First child element with the given local name, or undefined. */
export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (isElement(c) && c.local === local) return c;
  return undefined;
}
