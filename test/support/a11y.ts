// The accessibility check every element test uses: axe-core over the element, its shadow DOM included.
import { expect } from '@open-wc/testing';

/** Fails with axe-core's violations when the element (and its shadow tree) has any. */
export async function expectAccessible(el: Element, ignoredRules: string[] = []): Promise<void> {
  await expect(el).to.be.accessible({ ignoredRules });
}
