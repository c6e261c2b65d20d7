/** FNV-1a 32-bit: a short, stable, dependency-free hash (ids must not change between runs). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function shortHash(input: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Stable across runs: derived from the article, the evidence words and where they are, and the date. */
export function eventId(articleId: string, evidence: string, evidenceStart: number, start: string, end: string): string {
  return `${articleId}-${shortHash(`${evidenceStart}|${evidence}|${start}|${end}`)}`;
}
