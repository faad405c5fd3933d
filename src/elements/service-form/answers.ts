// Reading and writing answers by dot path, immutably, so every change is a new object Lit notices.

export type Answers = Record<string, unknown>;

export function getPath(answers: Answers, path: string): unknown {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function setPath(answers: Answers, path: string, value: unknown): Answers {
  const [head, ...rest] = path.split('.');
  const next = { ...answers };
  if (rest.length === 0) {
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  const child = answers[head];
  next[head] = setPath(typeof child === 'object' && child !== null ? (child as Answers) : {}, rest.join('.'), value);
  return next;
}

/** The DOM id of a field's input (paths are safe: letters, digits and dots). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
