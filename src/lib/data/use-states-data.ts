import { useQuery } from "@tanstack/react-query";
import { buildStatesIndex } from "../../domain/states";
import { fetchDataFile } from "./fetch-data-file";
import { dataKeys } from "./query-keys";

/** The states through time (data/states): former states, territories, occupations. */
export function useStatesData() {
  return useQuery({
    queryKey: dataKeys.states(),
    queryFn: async ({ signal }) => buildStatesIndex(await fetchDataFile("states.json", (s) => s.appStatesSchema, signal)),
    staleTime: Infinity,
  });
}
