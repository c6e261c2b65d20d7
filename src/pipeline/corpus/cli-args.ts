import { type IsoDay, daysInOrder, isIsoDay } from "../../domain/day";
import { type Language, languageSchema } from "../../domain/schemas/ingest";
import { CorpusError } from "./corpus-error";

export interface IngestArgs {
  json: boolean;
  /** A day (`start == end`) or a range when the day is not known. */
  published: { start: IsoDay; end: IsoDay } | null;
  lang: Language | null;
  files: string[];
}

export const USAGE = "npm run --silent ingest -- [--json] [--published YYYY-MM-DD|YYYY-MM-DD..YYYY-MM-DD] [--lang fr|en] FILE...";

function flagValue(flag: string, value: string | undefined): string {
  if (value === undefined || value === "") throw new CorpusError(flag, "missing value");
  return value;
}

/** `YYYY-MM-DD`, or `START..END` when only a range is known; a reversed range is refused. */
function parsePublished(value: string): { start: IsoDay; end: IsoDay } {
  const [start = "", end = start, extra] = value.split("..");
  const shown = JSON.stringify(value);
  if (extra !== undefined || !isIsoDay(start) || !isIsoDay(end)) {
    throw new CorpusError("--published", `${shown} is not a calendar day as YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD`);
  }
  if (!daysInOrder(start, end)) throw new CorpusError("--published", `${shown} ends before it starts`);
  return { start, end };
}

/**
 * Parses the CLI's arguments (after `--`); `--flag value` and `--flag=value` both work. Throws a
 * CorpusError whose "file" is the flag at fault, so the message reads `ingest: --lang: …`.
 */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const args: IngestArgs = { json: false, published: null, lang: null, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const take = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--json" && inline === undefined) {
      args.json = true;
    } else if (flag === "--lang") {
      const value = flagValue(flag, take());
      const lang = languageSchema.safeParse(value);
      if (!lang.success) throw new CorpusError(flag, `unknown language ${JSON.stringify(value)} (expected fr or en)`);
      args.lang = lang.data;
    } else if (flag === "--published") {
      args.published = parsePublished(flagValue(flag, take()));
    } else {
      throw new CorpusError(flag, `unknown option (usage: ${USAGE})`);
    }
  }
  if (args.files.length === 0) throw new CorpusError("FILE", `no input file (usage: ${USAGE})`);
  return args;
}
