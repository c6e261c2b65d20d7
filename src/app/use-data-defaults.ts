import { useEffect } from "react";
import { today } from "../domain/day";
import { useBlocData } from "../lib/data/use-bloc-data";
import { useViewActions } from "../lib/view-store";

/**
 * Once the data is known: the default date. Without the blocs (a file that cannot be read) it is
 * today, so the timeline and the events work on.
 */
export function useDataDefaults(): void {
  const { data, error } = useBlocData();
  const { dataDated } = useViewActions();

  useEffect(() => {
    if (data) dataDated(data.lastDay);
    else if (error) dataDated(today());
  }, [data, error, dataDated]);
}
