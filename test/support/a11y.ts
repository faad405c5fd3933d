// The accessibility check every element test uses: axe-core over the element, its shadow DOM included.
import { expect } from '@open-wc/testing';

/** Fails with axe-core's violations when the element (and its shadow tree) has any. */
export async function expectAccessible(el: Element, ignoredRules: string[] = []): Promise<void> {
  await expect(el).to.be.accessible({ ignoredRules });
}

/** Describes a node for a failure message (chai's own inspection of a live DOM node can run for minutes). */
function describeNode(node: Element | null): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${part ? ` part="${part}"` : ''}>`;
}

/** Fails unless `expected` has the focus inside `root` (a shadow root or the document). */
export function expectFocused(root: DocumentOrShadowRoot, expected: Element | null): void {
  const active = root.activeElement;
  expect(active === expected, `focus on ${describeNode(expected)}, found ${describeNode(active)}`).to.equal(true);
}
