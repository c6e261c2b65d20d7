import type { Lang } from "../../lib/i18n";

/** What a spreadsheet would read as a formula (OWASP's "CSV injection"): a cell must never start with one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 writes it: in double quotes, its own quotes doubled, when it holds the
 * separator, a quote or a line break, or starts or ends with a space a spreadsheet would trim. Text
 * that would start a formula is written after an apostrophe, which spreadsheets show as text.
 */
export function csvField(value: string, separator: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const quoted = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV text, records ended by CRLF (RFC 4180). It starts with a byte-order mark: Excel reads
 * a CSV file without one in the computer's legacy code page (Windows-1252 in Western Europe), so
 * "Türkiye" or "Åland" would come out garbled; with it, Excel reads UTF-8, and LibreOffice, Google
 * Sheets, Numbers and CSV libraries skip it.
 */
export function toCsv(rows: readonly (readonly string[])[], separator: "," | ";"): string {
  return `\ufeff${rows.map((row) => row.map((value) => csvField(value, separator)).join(separator)).join("\r\n")}\r\n`;
}

/**
 * The separator for a language's spreadsheets: Excel splits a CSV file on the list separator of the
 * system's region, which is the semicolon wherever the comma is the decimal mark (France among them),
 * so a comma-separated file opens there as one column.
 */
export function csvSeparator(lang: Lang): "," | ";" {
  return lang === "fr" ? ";" : ",";
}
