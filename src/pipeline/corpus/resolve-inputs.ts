import { createHash } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import type { IngestArgs } from "./cli-args";
import { readArticleText } from "./decode-text";
import { detectLanguage } from "./detect-language";
import { articlePaths, type CorpusArticle, listArticleIds, readCorpusArticle } from "./read-corpus";

export interface ResolvedInput extends CorpusArticle {
  /** The path as given on the command line. */
  file: string;
  /** The corpus id when the file is (or has the same text as) a corpus article. */
  corpusId: string | null;
}

/** An outside article's id: the first 16 hex digits of its text's SHA-256. */
export function contentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

async function corpusLookup(dataDir: string) {
  const ids = await listArticleIds(dataDir);
  const entries = await Promise.all(
    ids.map(async (id) => {
      const path = articlePaths(dataDir, id).text;
      return { id, path: await realpath(path), hash: contentId(await readFile(path, "utf8")) };
    }),
  );
  return {
    byPath: new Map(entries.map((e) => [e.path, e.id])),
    byContent: new Map(entries.map((e) => [e.hash, e.id])),
  };
}

function outsideMeta(text: string, args: IngestArgs): ArticleMeta {
  return {
    id: contentId(text),
    language: args.lang ?? detectLanguage(text),
    outlet: null,
    url: null,
    published: args.published ? { ...args.published, basis: "given on the command line" } : null,
  };
}

export interface InputText {
  /** The path as given on the command line. */
  file: string;
  text: string;
}

/** Reads and validates every file before anything is done with any of them (all or nothing). */
export async function readInputs(files: readonly string[]): Promise<InputText[]> {
  const texts = [];
  for (const file of files) texts.push({ file, text: await readArticleText(file) });
  return texts;
}

/**
 * What each input is: a corpus file, found by path or by identical text, brings its sidecar and
 * curation; any other file gets a content id and the metadata of the command line.
 */
export async function matchCorpus(texts: readonly InputText[], args: IngestArgs, dataDir: string): Promise<ResolvedInput[]> {
  const corpus = await corpusLookup(dataDir);
  return Promise.all(
    texts.map(async ({ file, text }): Promise<ResolvedInput> => {
      const corpusId = corpus.byPath.get(await realpath(file)) ?? corpus.byContent.get(contentId(text)) ?? null;
      if (corpusId) return { file, corpusId, ...(await readCorpusArticle(dataDir, corpusId)) };
      return { file, corpusId: null, text, meta: outsideMeta(text, args), curation: null };
    }),
  );
}

export async function resolveInputs(args: IngestArgs, dataDir: string): Promise<ResolvedInput[]> {
  return matchCorpus(await readInputs(args.files), args, dataDir);
}
