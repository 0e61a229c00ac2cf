/**
 * What people paste is rarely the bare token: an `Authorization: Bearer …` value, a JSON string
 * with its quotes, a file with its trailing newline. The checker takes the token out of that
 * and says what it removed, without touching the text in the field.
 */
export interface CleanedToken {
  token: string;
  /** What was removed, as a sentence for the Token field; null when the text was the token. */
  removed: string | null;
}

/** Quotes, "Bearer " and whitespace can nest (`"Bearer eyJ…"`, `Bearer 'eyJ…'`): a few rounds. */
const ROUNDS = 4;

export function cleanPastedToken(text: string): CleanedToken {
  let token = text;
  let bearer = false;
  let quotes = false;
  let whitespace = false;
  for (let round = 0; round < ROUNDS; round++) {
    const before = token;
    const trimmed = token.trim();
    if (trimmed !== token) whitespace = true;
    token = trimmed;
    const first = token[0];
    if (token.length >= 2 && (first === '"' || first === "'") && token.endsWith(first)) {
      token = token.slice(1, -1);
      quotes = true;
    }
    const prefix = /^bearer\s+/i.exec(token);
    if (prefix) {
      token = token.slice(prefix[0].length);
      bearer = true;
    }
    if (token === before) break;
  }
  const parts = [
    bearer ? 'a leading "Bearer "' : '',
    quotes ? 'surrounding quotes' : '',
    whitespace ? 'surrounding whitespace' : '',
  ].filter(Boolean);
  return {
    token,
    removed: parts.length ? `Removed ${joinWords(parts)} before checking.` : null,
  };
}

function joinWords(parts: string[]): string {
  return parts.length === 1
    ? parts[0]!
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}
