import { minisearchInternals, type MiniSearchInternals } from './minisearch-internals.js';

/**
 * Flat copies of MiniSearch's per-document data, made once per index: it does not change once built.
 * A module of its own, apart from the search, because restoring the cache imports it: the cache's
 * fingerprint hashes the code restoring imports, and editing the search must not make caches stale.
 */
export interface IndexLayout {
  internals: MiniSearchInternals;
  fields: string[];
  fieldIds: Record<string, number>;
  /** Per short id and field, the field length: an array read instead of a Map lookup per posting. */
  fieldLengths: Float64Array;
  avgFieldLength: number[];
  documentCount: number;
  /** Short ids run from 0 below this; every document's id is its short id (see `layoutOf`). */
  nextId: number;
}

const layouts = new WeakMap<object, IndexLayout>();

/**
 * The layout of an index whose documents were added in id order from 0, as sections are, so that each
 * document's id is its short id: results and document boosts are by short id, with no mapping to ids.
 */
export function layoutOf(minisearch: object): IndexLayout {
  const internals = minisearchInternals(minisearch);
  const known = layouts.get(internals);
  if (known && known.documentCount === internals._documentCount) return known;
  const fields = internals._options.fields;
  const fieldLengths = new Float64Array(internals._nextId * fields.length);
  for (const [shortId, id] of internals._documentIds) {
    if (id !== shortId) throw new Error(`Onboard: a cached search needs documents added in id order from 0 (id ${String(id)} has short id ${shortId})`);
    const lengths = internals._fieldLength.get(shortId) ?? [];
    for (let field = 0; field < fields.length; field++) fieldLengths[shortId * fields.length + field] = lengths[field] ?? 0;
  }
  return rememberLayout(internals, fieldLengths);
}

/**
 * For an index restored from the cache, which has its per-document field lengths as one array already
 * and ids equal to short ids: its layout made from those, so that the first question after a start does
 * not build it from MiniSearch's Maps (tens of milliseconds over tens of thousands of sections).
 * `fieldLengths` must hold what MiniSearch's `_fieldLength` holds, short id by short id.
 */
export function rememberCachedLayout(minisearch: object, fieldLengths: Float64Array): void {
  rememberLayout(minisearchInternals(minisearch), fieldLengths);
}

function rememberLayout(internals: MiniSearchInternals, fieldLengths: Float64Array): IndexLayout {
  const layout: IndexLayout = {
    internals,
    fields: internals._options.fields,
    fieldIds: internals._fieldIds,
    fieldLengths,
    avgFieldLength: internals._avgFieldLength,
    documentCount: internals._documentCount,
    nextId: internals._nextId,
  };
  layouts.set(internals, layout);
  return layout;
}
