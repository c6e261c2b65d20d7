/** A run of a text: a piece to isolate (one of the quotes it holds) or the text between pieces. */
export interface TextRun {
  text: string;
  piece: boolean;
}

/**
 * Cuts `text` at the first occurrence of each of `pieces` (the quotes a summary holds), left to
 * right, never overlapping: each piece can then be isolated from the rest for bidirectional layout.
 * The runs joined are `text` exactly.
 */
export function splitPieces(text: string, pieces: readonly string[]): TextRun[] {
  const found = pieces
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: TextRun[] = [];
  let at = 0;
  for (const { start, end } of found) {
    if (start < at) continue;
    if (start > at) runs.push({ text: text.slice(at, start), piece: false });
    runs.push({ text: text.slice(start, end), piece: true });
    at = end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), piece: false });
  return runs;
}

/** `text` cut to its first `maxChars` characters with an ellipsis, or whole when it is no longer. */
export function clipText(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}
