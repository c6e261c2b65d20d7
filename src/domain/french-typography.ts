/** U+202F, the narrow no-break space French typography puts before « : ; ! ? » and inside « ». */
export const NARROW_NBSP = "\u202f";

/**
 * French typography on words of the interface: a narrow no-break space before « : ; ! ? » and
 * inside guillemets, whatever space (or none) the source had. Never applied to text from articles,
 * which is shown as written.
 */
export function frenchTypography(words: string): string {
  return words.replace(/[ \u00a0\u202f]*([:;!?»])/gu, `${NARROW_NBSP}$1`).replace(/«[ \u00a0\u202f]*/gu, `«${NARROW_NBSP}`);
}

/**
 * A template tag for French messages with values: the template's own words are set by
 * `frenchTypography`, the values (names, article text) are left as they are.
 */
export function typeset(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return setParts(strings).reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ""), "");
}

/** A template's words set once: a tagged template passes the same strings array on every call from one place in the code. */
const setTemplates = new WeakMap<TemplateStringsArray, readonly string[]>();

function setParts(strings: TemplateStringsArray): readonly string[] {
  let parts = setTemplates.get(strings);
  if (!parts) setTemplates.set(strings, (parts = strings.map(frenchTypography)));
  return parts;
}

type Typeset<T> = T extends string ? string : T extends (...args: never[]) => unknown ? T : { [K in keyof T]: Typeset<T[K]> };

/**
 * A French catalogue with `frenchTypography` applied to every plain string in it, nested ones too.
 * Messages with values are functions and set their own words with the `typeset` tag.
 */
export function frenchCatalogue<T extends object>(catalogue: T): Typeset<T> {
  const entries = Object.entries(catalogue).map(([key, value]: [string, unknown]) => [
    key,
    typeof value === "string" ? frenchTypography(value) : typeof value === "object" && value !== null ? frenchCatalogue(value) : value,
  ]);
  return Object.fromEntries(entries) as Typeset<T>;
}
