import type { Item } from '../model/item.js';
import type { CatalogName, IndicatorCatalog } from './catalog.js';
import { catalogIndex, discriminatorMask, type IndexedName } from './catalog-index.js';
import { metricForms, type MetricForm } from './normalise-metric.js';
import { bigramDiceOf, bigramsOf, type Bigrams } from './similarity.js';
import { unitFamilyOf } from './unit-family.js';

/** What the linker knows besides the item. */
export interface LinkContext {
  /**
   * Names of the document's jurisdiction and its parents (义乌市, 金华市 …).
   * Their full and short forms are stripped as prefixes: nothing place-specific
   * is built in.
   */
  readonly jurisdictionNames?: readonly string[];
  /** Links scoring below this are not returned. Default `DEFAULT_MIN_LINK_CONFIDENCE`. */
  readonly minConfidence?: number;
}

/** How a link was made, best first. */
export type LinkMatch = 'exact' | 'containment' | 'fuzzy';

export interface IndicatorLink {
  readonly indicator_code: string;
  /** 0..1: 1 for an exact name, lower for prefixes removed, containment or similarity. */
  readonly confidence: number;
  readonly match: LinkMatch;
  /** One English sentence naming the spelling matched and what was removed. */
  readonly reason: string;
}

/** Below this a link is more likely wrong than right; review finds it instead. */
export const DEFAULT_MIN_LINK_CONFIDENCE = 0.5;
/** Bigram Dice at or above which two spellings count as the same name. */
export const FUZZY_THRESHOLD = 0.75;

/**
 * Metrics longer than this are not names of anything in a catalog (the longest indicator
 * name is about 20 characters; a metric with its scope may reach 60): they are left
 * unlinked at once, so the linker's work is bounded whatever a correction puts there.
 */
export const MAX_LINKABLE_METRIC_CHARS = 200;

const EXACT = 1;
const EXACT_STRIPPED = 0.95;
const EXACT_GUESSED = 0.85;
const CONTAINMENT_MAX = 0.9;
const FUZZY_MAX = 0.75;

interface Candidate {
  readonly name: CatalogName;
  readonly form: MetricForm;
  readonly match: LinkMatch;
  readonly confidence: number;
  readonly similarity: number;
}

/**
 * Links an item to a catalog indicator, or returns null. Tiers, best first:
 * an exact (normalised) name or alias; containment of one in the other; a
 * similar spelling. Outside the exact tier, metric and name must agree on every
 * discriminator (规上, 增加值/产值, 占…比重, 人均 … see `DISCRIMINATORS`), and the
 * item's unit must fit the indicator's family, so a share is never linked to
 * its level. A growth (`增速`) or ranking (`排名`) word is the item's measure,
 * not part of the indicator: 全市GDP增速 links to GDP and keeps measure `rank`.
 */
export function linkItem(
  item: Item,
  catalog: IndicatorCatalog,
  context: LinkContext = {},
): IndicatorLink | null {
  if (item.metric.length > MAX_LINKABLE_METRIC_CHARS) return null;
  const forms = metricForms(item.metric, context.jurisdictionNames ?? []).map(
    (form): ScoredForm => ({ form, mask: discriminatorMask(form.text), bigrams: null }),
  );
  // Only names of indicators the item's unit fits, in catalog order (the order breaks ties).
  const names = catalogIndex(catalog).fitting(item.measure, unitFamilyOf(item.base_unit));

  const candidates: Candidate[] = [];
  for (const name of names) {
    for (const form of forms) {
      const candidate = score(form, name);
      if (candidate !== null) candidates.push(candidate);
    }
  }
  const best = pickBest(candidates);
  const min = context.minConfidence ?? DEFAULT_MIN_LINK_CONFIDENCE;
  if (best === null || best.confidence < min) return null;
  return {
    indicator_code: best.name.code,
    confidence: round(best.confidence),
    match: best.match,
    reason: reasonFor(best),
  };
}

/** A metric form with what is compared with every name, computed once per form. */
interface ScoredForm {
  readonly form: MetricForm;
  readonly mask: number;
  /** Its bigrams, made when a name first needs them (most pairs never get that far). */
  bigrams: Bigrams | null;
}

function score(scored: ScoredForm, indexed: IndexedName): Candidate | null {
  const { form } = scored;
  const { name } = indexed;
  if (form.text === name.text) {
    const confidence = form.guessed
      ? EXACT_GUESSED
      : form.removed.length > 0
        ? EXACT_STRIPPED
        : EXACT;
    return { name, form, match: 'exact', confidence, similarity: 1 };
  }
  // A guessed place prefix is too weak a reading for anything but an exact match; and
  // metric and name must agree on every discriminator (`discriminatorConflicts` is empty
  // exactly when the masks are equal).
  if (form.guessed || scored.mask !== indexed.mask) return null;
  const shorter = Math.min(form.text.length, name.text.length);
  const longer = Math.max(form.text.length, name.text.length);
  // A one-character name (or metric) is contained in too much to mean anything.
  if (shorter >= 2 && (form.text.includes(name.text) || name.text.includes(form.text))) {
    // The more text left over, the likelier the metric is something narrower
    // (对RCEP国家进出口 is not total trade): scale by the share that matched.
    const coverage = shorter / longer;
    return {
      name,
      form,
      match: 'containment',
      confidence: CONTAINMENT_MAX * coverage,
      similarity: coverage,
    };
  }
  // Dice can reach the threshold only when the bigram counts are close enough
  // (2·shared/(l+r) ≤ 2·min(l,r)/(l+r)): the rest are skipped without counting shared ones.
  const left = (scored.bigrams ??= bigramsOf(form.text));
  const right = indexed.bigrams;
  const l = left.list.length;
  const r = right.list.length;
  if (l > 0 && r > 0 && (2 * Math.min(l, r)) / (l + r) < FUZZY_THRESHOLD) return null;
  const similarity = bigramDiceOf(left, right);
  if (similarity >= FUZZY_THRESHOLD) {
    return { name, form, match: 'fuzzy', confidence: FUZZY_MAX * similarity, similarity };
  }
  return null;
}

function pickBest(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (
      best === null ||
      c.confidence > best.confidence ||
      // On a tie the longer name is the more specific reading (进出口 over 出口).
      (c.confidence === best.confidence && c.name.text.length > best.name.text.length)
    ) {
      best = c;
    }
  }
  return best;
}

function reasonFor(c: Candidate): string {
  const removed = c.form.removed.length > 0 ? ` after removing ${c.form.removed.join(', ')}` : '';
  switch (c.match) {
    case 'exact':
      return `exact name "${c.name.written}" (normalised "${c.name.text}")${removed}`;
    case 'containment':
      return `"${c.form.text}" and "${c.name.written}" contain one another (${Math.round(c.similarity * 100)}% of the longer)${removed}`;
    case 'fuzzy':
      return `"${c.form.text}" is spelled like "${c.name.written}" (bigram similarity ${c.similarity.toFixed(2)})${removed}`;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
