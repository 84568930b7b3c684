/**
 * `flyteidl2.core.CatalogCacheStatus`, by protobuf number: the index in this list is the number
 * protobuf-es sends, the name is what proto3 JSON sends.
 */
export const CATALOG_CACHE_STATUSES = [
  "CACHE_DISABLED",
  "CACHE_MISS",
  "CACHE_HIT",
  "CACHE_POPULATED",
  "CACHE_LOOKUP_FAILURE",
  "CACHE_PUT_FAILURE",
  "CACHE_SKIPPED",
  "CACHE_EVICTED",
] as const;

/** A `CatalogCacheStatus` by its protobuf name, e.g. `"CACHE_HIT"`. */
export type CatalogCacheStatusName = (typeof CATALOG_CACHE_STATUSES)[number];

/**
 * The name of a cache status given as protobuf number (`2`) or name (`"CACHE_HIT"`);
 * `undefined` for anything else, so a status a newer server adds is ignored, not shown wrongly.
 * @internal
 */
export function readCacheStatus(value: unknown): CatalogCacheStatusName | undefined {
  if (typeof value === "number") return CATALOG_CACHE_STATUSES[value];
  if (typeof value === "string") {
    return (CATALOG_CACHE_STATUSES as readonly string[]).includes(value)
      ? (value as CatalogCacheStatusName)
      : undefined;
  }
  return undefined;
}
