/**
 * An artifact as read from the back of a room. The bytes are the run's; only the cut is ours:
 * the lines containing one of the slide's `keep` strings (all lines when it has none), "…" where
 * lines were left out, long opaque runs (keys, signatures, ids) shortened in the middle, and a
 * line that is still too long for the column shortened in the middle too.
 */
import { keptLines } from '../../machine/slide-artifact';

/** Opaque runs: at least 21 characters of base64/hex with both letters and digits. */
const OPAQUE = /[A-Za-z0-9+/_]{21,}={0,2}/g;
const isOpaque = (run: string) => /[0-9]/.test(run) && /[A-Za-z]/.test(run);

/** An HTTP message's body made readable: JSON indented, a form's parameters one per line. */
export function readableHttp(text: string): string {
  const normal = text.replace(/\r\n/g, '\n');
  const at = normal.indexOf('\n\n');
  if (at < 0) return normal;
  const head = normal.slice(0, at);
  const body = normal.slice(at + 2);
  try {
    return `${head}\n\n${JSON.stringify(JSON.parse(body), null, 2)}`;
  } catch {
    // Not JSON: a form body (`a=1&b=2`) reads one parameter per line; anything else as it is.
  }
  if (/^[\w.-]+=[^&\s]*(&[\w.-]+=[^&\s]*)+$/.test(body.trim()))
    return `${head}\n\n${body.trim().replace(/&/g, '\n&')}`;
  return normal;
}

/** The lines kept ("…" once for each gap), without trailing space or their common indentation. */
function pick(text: string, keep: readonly string[] | undefined): string[] {
  const kept = keptLines(text.replace(/\r\n/g, '\n'), keep).map((l) => l.replace(/\s+$/, ''));
  const indents = kept.filter((l) => l !== '…' && l.trim()).map((l) => /^ */.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return kept.map((l) => (l === '…' ? l : l.slice(common)));
}

/** Rows a line takes in a column `width` characters wide, continuation rows indented by 2. */
export function rowsOf(line: string, width: number): number {
  return 1 + Math.max(0, Math.ceil((line.length - width) / (width - 2)));
}

/**
 * The lines to show in a column `width` characters wide and `maxRows` rows high: a long line
 * may wrap to three rows; if that is more than the column holds, every line gets one row.
 */
export function excerptLines(
  text: string,
  keep: readonly string[] | undefined,
  width: number,
  maxRows = Infinity,
): string[] {
  const lines = pick(text, keep).map((l) =>
    l.replace(OPAQUE, (run) => (isOpaque(run) ? `${run.slice(0, 8)}…${run.slice(-6)}` : run)),
  );
  const wrapped = lines.map((l) => shorten(l, width * 3 - 4));
  if (wrapped.reduce((sum, l) => sum + rowsOf(l, width), 0) <= maxRows) return wrapped;
  return lines.map((l) => shorten(l, width));
}

/** A line no longer than `width` characters: its start and its end, joined by "…". */
export function shorten(line: string, width: number): string {
  const trimmed = line.replace(/\s+$/, '');
  if (trimmed.length <= width) return trimmed;
  const tail = Math.max(4, Math.floor((width - 1) / 3));
  return `${trimmed.slice(0, width - 1 - tail)}…${trimmed.slice(-tail)}`;
}
