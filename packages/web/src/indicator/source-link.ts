/** Where an observation came from, as a link into the reader when it was read from a document. */
import type { StoredObservation } from '../api/types.js';
import { buildHash } from '../router/hash-route.js';

export function observationHref(observation: StoredObservation): string | null {
  const source = observation.source;
  if (source.type !== 'document') return null;
  return buildHash(['documents', source.document_id], { item: source.item_id });
}
