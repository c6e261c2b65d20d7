/** A line of the text with its offsets; `end` excludes the line break. Articles put one paragraph per line. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    const body = part.endsWith("\r") ? part.slice(0, -1) : part;
    lines.push({ start, end: start + body.length, text: body });
    start += part.length + 1;
  }
  return lines;
}

/** The line's span without its leading and trailing white space (null for a blank line). */
export function trimmedSpan(line: Line): { start: number; end: number } | null {
  const lead = line.text.length - line.text.trimStart().length;
  const trimmed = line.text.trim();
  if (trimmed === "") return null;
  return { start: line.start + lead, end: line.start + lead + trimmed.length };
}
