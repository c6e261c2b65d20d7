import { splitPieces } from "../lib/text-pieces";

/**
 * Text from an article, shown verbatim but isolated for bidirectional layout: a right-to-left override
 * or embedding in it (U+202A–U+202E, U+2066–U+2069) cannot reorder anything outside it, and each of
 * `pieces` (the quotes a summary holds) is isolated within it, so one in a quote ends with the quote.
 */
export function IsolatedText({ text, pieces = [] }: { text: string; pieces?: readonly string[] }) {
  if (pieces.length === 0) return <bdi>{text}</bdi>;
  return (
    <bdi>
      {splitPieces(text, pieces).map((run, i) => (run.piece ? <bdi key={i}>{run.text}</bdi> : run.text))}
    </bdi>
  );
}
