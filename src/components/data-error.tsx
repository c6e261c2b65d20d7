import { DataFileError } from "../lib/data/fetch-data-file";
import { useLang, useMessages } from "../lib/use-lang";

interface DataErrorProps {
  error: Error;
  /** The part of the page that cannot show anything without the file ("The map"), to say so in its place. */
  region?: string;
}

/**
 * A data file that failed to load, named, in place of what it would have shown; the rest of the
 * page lives on. In French, the schema's or the browser's English wording follows, marked as English.
 */
export function DataError({ error, region }: DataErrorProps) {
  const t = useMessages();
  const lang = useLang();
  const [file, problem, detail] =
    error instanceof DataFileError
      ? [error.file, t.dataProblem(error.problem), "detail" in error.problem ? error.problem.detail : null]
      : ["data", error.message, null];
  return (
    <p className="data-error" role="alert">
      {region ? t.cannotShow(region, file, problem) : t.loadError(file, problem)}
      {lang !== "en" && detail && (
        <>
          {" "}
          <span lang="en">{detail}</span>
        </>
      )}
    </p>
  );
}
