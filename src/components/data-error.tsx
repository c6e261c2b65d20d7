import { DataFileError } from "../lib/data/fetch-data-file";
import { useMessages } from "../lib/use-lang";

/** A data file that failed to load, named, in place of what it would have shown; the rest of the page lives on. */
export function DataError({ error }: { error: Error }) {
  const t = useMessages();
  const text =
    error instanceof DataFileError ? t.loadError(error.file, error.problem) : t.loadError("data", error.message);
  return (
    <p className="data-error" role="alert">
      {text}
    </p>
  );
}
