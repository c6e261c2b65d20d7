import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { articleMetaSchema } from "./article-meta";
import { blocSchema } from "./bloc";
import { readerArticleSchema } from "./event-data";

const SOURCE = { title: "A source", url: "https://www.nato.int/" };
const META = { id: "000_90e75e902162ad50", language: "fr", outlet: null, url: null, published: null };
const BLOC = {
  id: "nato",
  names: { en: "North Atlantic Treaty Organization", fr: "Organisation du traité de l'Atlantique nord" },
  shortNames: { en: "NATO", fr: "OTAN" },
  kind: "military-alliance",
  colour: "#1f4e9c",
  description: { en: "d", fr: "d" },
  founded: { date: "1949-04-04", source: SOURCE },
  milestones: [{ date: "1949-04-04", label: { en: "l", fr: "l" }, source: SOURCE }],
  members: [{ country: "FRA", intervals: [{ from: "1949-08-24", status: "member", source: SOURCE }] }],
};
const READER = {
  id: "000_90e75e902162ad50",
  title: "t",
  language: "fr",
  outlet: null,
  url: null,
  published: null,
  text: "x",
  boilerplate: [],
  quotes: [],
  events: [],
  copies: [],
};

/** Every field of every data file that holds an address, with a valid file to put a value into. */
const URL_FIELDS: [file: string, schema: z.ZodMiniType, withUrl: (url: string) => unknown, field: string][] = [
  ["article sidecar", articleMetaSchema, (url) => ({ ...META, url }), "url"],
  ["article sidecar's sources", articleMetaSchema, (url) => ({ ...META, sources: [{ ...SOURCE, url }] }), "sources.0.url"],
  ["bloc founding source", blocSchema, (url) => ({ ...BLOC, founded: { ...BLOC.founded, source: { ...SOURCE, url } } }), "founded.source.url"],
  [
    "bloc milestone source",
    blocSchema,
    (url) => ({ ...BLOC, milestones: [{ ...BLOC.milestones[0], source: { ...SOURCE, url } }] }),
    "milestones.0.source.url",
  ],
  [
    "bloc member source",
    blocSchema,
    (url) => ({ ...BLOC, members: [{ country: "FRA", intervals: [{ from: "1949-08-24", status: "member", source: { ...SOURCE, url } }] }] }),
    "members.0.intervals.0.source.url",
  ],
  ["article sidecar's copies", articleMetaSchema, (url) => ({ ...META, copies: [{ ...SOURCE, url }] }), "copies.0.url"],
  ["reader article", readerArticleSchema, (url) => ({ ...READER, url }), "url"],
  ["reader article's copies", readerArticleSchema, (url) => ({ ...READER, copies: [{ ...SOURCE, url }] }), "copies.0.url"],
];

const HOSTILE = [
  "javascript:alert(document.domain)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "\njavascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/",
];

describe.each(URL_FIELDS)("the %s", (_file, schema, withUrl, field) => {
  it("keeps an http(s) address exactly as written", () => {
    const url = "HTTPS://www.nato.int/cps/en/natohq/official_texts_17120.htm?selectedLocale=en#x";
    expect(schema.safeParse(withUrl(url)).success).toBe(true);
    expect(JSON.stringify(schema.parse(withUrl(url)))).toContain(JSON.stringify(url));
  });

  it.each(HOSTILE)("refuses %j, naming the field", (url) => {
    const issues = schema.safeParse(withUrl(url)).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual([field]);
    expect(issues[0]?.message).toBe("expected an http:// or https:// address");
  });
});
