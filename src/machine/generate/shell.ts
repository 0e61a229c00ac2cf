/** Shell helpers shared by the command generators. */

/**
 * A shell word: bare when it is only characters no shell treats specially, single-quoted
 * otherwise. Validated names never need quotes; this keeps the commands safe all the same.
 */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A command split over lines with `\` continuations, one flag (and its value) a line. */
export function command(head: string, flags: [string, string?][]): string {
  const lines = flags.map(([flag, value]) =>
    value === undefined ? `  ${flag}` : `  ${flag} ${shellWord(value)}`,
  );
  return [head, ...lines].join(' \\\n');
}

/** A file written by the script itself, so the script is whole: `cat > name <<'EOF' … EOF`. */
export function fileHeredoc(name: string, text: string): string {
  return `cat > ${name} <<'EOF'\n${text}\nEOF`;
}
