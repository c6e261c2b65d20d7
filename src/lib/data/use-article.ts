import { useQuery } from "@tanstack/react-query";
import { fetchDataFile } from "./fetch-data-file";
import { dataKeys } from "./query-keys";

/**
 * One article for the reader: verbatim text, page-furniture spans and quote spans. `id` comes from
 * parsed event data (its schema restricts ids to a safe file stem), so it can name a file.
 */
export function useArticle(id: string | null) {
  return useQuery({
    queryKey: dataKeys.article(id ?? ""),
    queryFn: ({ signal }) => fetchDataFile(`articles/${id}.json`, (s) => s.readerArticleSchema, signal),
    enabled: id !== null,
  });
}
