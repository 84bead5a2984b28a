import type { Item } from '../model/item.js';
import type { Jurisdiction } from '../model/jurisdiction.js';
import { jurisdictionNameForms, normaliseMetric } from './normalise-metric.js';

export interface JurisdictionLink {
  /** The document's jurisdiction, or the code of a known jurisdiction the metric names. */
  readonly jurisdiction: string;
  /** True when the metric itself named a jurisdiction other than the document's. */
  readonly explicit: boolean;
  readonly reason: string;
}

/**
 * Scope words say who a figure is compared with or where a service reaches,
 * never whose figure it is: 全国第1位 is Yiwu's rank, 全省十强 too.
 */
const SCOPE_WORDS = /^(?:全国|全省|全市|全县|全区|全球|全世界|世界|中国)/u;

/**
 * The jurisdiction an item's figure belongs to. By default the document's:
 * a city's plan states the city's figures, and scope words (全国/全省, the
 * `scope` of a rank) do not change that. Only a metric that opens with the
 * name of another known jurisdiction (金华市生产总值 in a Yiwu report) is
 * assigned to that jurisdiction.
 *
 * @param documentJurisdiction the document's jurisdiction, as a code or a name
 * @param known jurisdictions to recognise by name; without them the answer is
 *   always the document's jurisdiction
 */
export function linkJurisdiction(
  item: Item,
  documentJurisdiction: string,
  known: readonly Jurisdiction[] = [],
): JurisdictionLink {
  const metric = normaliseMetric(item.metric);
  const fallback: JurisdictionLink = {
    jurisdiction: documentJurisdiction,
    explicit: false,
    reason: SCOPE_WORDS.test(metric)
      ? 'a scope word (全国/全省…) says what the figure is compared with, not whose it is'
      : "the document's jurisdiction",
  };
  let best: { jurisdiction: Jurisdiction; name: string } | null = null;
  for (const jurisdiction of known) {
    for (const name of jurisdictionNameForms(jurisdiction.name_zh)) {
      if (metric.startsWith(name) && (best === null || name.length > best.name.length)) {
        best = { jurisdiction, name };
      }
    }
  }
  if (best === null) return fallback;
  const own =
    best.jurisdiction.code === documentJurisdiction ||
    jurisdictionNameForms(documentJurisdiction).includes(best.name) ||
    best.jurisdiction.name_zh === documentJurisdiction;
  if (own) return { ...fallback, reason: "the metric names the document's own jurisdiction" };
  return {
    jurisdiction: best.jurisdiction.code,
    explicit: true,
    reason: `the metric opens with "${best.name}" (${best.jurisdiction.name_zh})`,
  };
}
