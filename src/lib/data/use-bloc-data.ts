import { useQuery } from "@tanstack/react-query";
import { buildMembershipIndex, type MembershipIndex } from "../../domain/membership";
import type { Bloc } from "../../domain/schemas/bloc";
import { useBlocParam } from "../view-store";
import { fetchDataFile } from "./fetch-data-file";
import { dataKeys } from "./query-keys";

/** The bloc highlighted when the link names none. */
export const DEFAULT_BLOC = "nato";

export interface BlocData {
  blocs: Bloc[];
  byId: ReadonlyMap<string, Bloc>;
  index: MembershipIndex;
}

function prepare(blocs: Bloc[]): BlocData {
  return { blocs, byId: new Map(blocs.map((b) => [b.id, b])), index: buildMembershipIndex(blocs) };
}

export function useBlocData() {
  return useQuery({
    queryKey: dataKeys.blocs(),
    queryFn: async ({ signal }) => prepare((await fetchDataFile("blocs.json", (s) => s.blocsFileSchema, signal)).blocs),
    staleTime: Infinity,
  });
}

/** The highlighted bloc's id: the link's when it exists in the data, else the default. */
export function highlightedBlocId(data: BlocData, param: string | null): string {
  return param !== null && data.byId.has(param) ? param : DEFAULT_BLOC;
}

export function useHighlightedBloc(): Bloc | undefined {
  const { data } = useBlocData();
  const param = useBlocParam();
  return data?.byId.get(highlightedBlocId(data, param));
}
