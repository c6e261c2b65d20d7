import { DataFileError } from "../lib/data/fetch-data-file";
import { useMessages } from "../lib/use-lang";

interface DataErrorProps {
  error: Error;
  /** The part of the page that cannot show anything without the file ("The map"), to say so in its place. */
  region?: string;
}

/** A data file that failed to load, named, in place of what it would have shown; the rest of the page lives on. */
export function DataError({ error, region }: DataErrorProps) {
  const t = useMessages();
  const [file, problem] = error instanceof DataFileError ? [error.file, error.problem] : ["data", error.message];
  return (
    <p className="data-error" role="alert">
      {region ? t.cannotShow(region, file, problem) : t.loadError(file, problem)}
    </p>
  );
}
