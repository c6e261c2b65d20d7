/** One factory for every query key, so loaders and prefetchers agree. */
export const dataKeys = {
  blocs: () => ["blocs"] as const,
  states: () => ["states"] as const,
  countries: () => ["countries"] as const,
  countryPoints: () => ["country-points"] as const,
  eventIndex: () => ["events", "index"] as const,
  eventShard: (shard: string) => ["events", "shard", shard] as const,
  searchFile: (file: string) => ["events", "search", file] as const,
  article: (id: string) => ["article", id] as const,
};
