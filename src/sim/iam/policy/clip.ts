/** Keeps user text quoted in messages short: a pasted megabyte must not become the message. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A list of values for a sentence: `"a", "b" or "c"`. */
export function quoteList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.slice(0, 5).map((v) => JSON.stringify(clip(v)));
  if (values.length > 5) quoted.push(`${values.length - 5} more`);
  if (quoted.length <= 1) return quoted[0] ?? '(none)';
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
