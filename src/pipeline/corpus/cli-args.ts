import { type IsoDay, isIsoDay } from "../../domain/day";
import { type Language, languageSchema } from "../../domain/schemas/ingest";
import { CorpusError } from "./corpus-error";

export interface IngestArgs {
  json: boolean;
  published: IsoDay | null;
  lang: Language | null;
  files: string[];
}

export const USAGE = "npm run --silent ingest -- [--json] [--published YYYY-MM-DD] [--lang fr|en] FILE...";

function flagValue(flag: string, value: string | undefined): string {
  if (value === undefined || value === "") throw new CorpusError(flag, "missing value");
  return value;
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
      const value = flagValue(flag, take());
      if (!isIsoDay(value)) throw new CorpusError(flag, `${JSON.stringify(value)} is not a calendar day as YYYY-MM-DD`);
      args.published = value;
    } else {
      throw new CorpusError(flag, `unknown option (usage: ${USAGE})`);
    }
  }
  if (args.files.length === 0) throw new CorpusError("FILE", `no input file (usage: ${USAGE})`);
  return args;
}
