// Storybook's controls come from custom-elements.json (setCustomElementsManifest in .storybook/preview.ts):
// one per attribute and per public property of the element. bindArgs applies the args a story has
// to the element the way a host page would (attributes as attributes, properties as properties),
// so changing a control changes the element.
import manifest from '../../custom-elements.json';

type Attribute = { name: string; fieldName?: string };
type Member = { kind: string; name: string; readonly?: boolean; static?: boolean; privacy?: string };
type Declaration = { tagName?: string; attributes?: Attribute[]; members?: Member[] };

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/** Applies the story's args that name an attribute or a writable public property of the element. */
export function bindArgs<T extends HTMLElement>(el: T, args: Record<string, unknown>, skip: readonly string[] = []): T {
  const declaration = declarations.find((d) => d.tagName === el.localName);
  if (!declaration) return el;
  const done = new Set<string>(skip);
  for (const attribute of declaration.attributes ?? []) {
    if (done.has(attribute.name) || !Object.hasOwn(args, attribute.name)) continue;
    const value = args[attribute.name];
    done.add(attribute.name);
    if (attribute.fieldName) done.add(attribute.fieldName);
    if (value === undefined || value === null || value === false) el.removeAttribute(attribute.name);
    else if (value === true) el.setAttribute(attribute.name, '');
    else if (typeof value === 'string' || typeof value === 'number') el.setAttribute(attribute.name, String(value));
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.readonly || member.static || member.privacy || done.has(member.name)) continue;
    if (!Object.hasOwn(args, member.name) || args[member.name] === undefined) continue;
    (el as unknown as Record<string, unknown>)[member.name] = args[member.name];
  }
  return el;
}
