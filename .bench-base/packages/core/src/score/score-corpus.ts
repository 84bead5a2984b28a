import type { GoldFile } from './gold-file.js';
import { sumPrf } from './prf.js';
import type { FrameworkSummary } from './score-frameworks.js';
import { emptyFieldErrors, type ItemSummary } from './score-items.js';
import type { OutlineSummary } from './score-outline.js';
import { scoreReading, type DocumentScore, type ScoredReading } from './score-reading.js';
import { ITEM_FIELDS } from './item-fields.js';

/** Micro-averaged figures over a corpus: counts summed, ratios recomputed. */
export interface CorpusSummary {
  readonly documents: number;
  readonly items: ItemSummary;
  readonly outline: OutlineSummary;
  readonly frameworks: FrameworkSummary;
}

/** Per-document scores and their corpus micro-average. */
export interface ScoreReport {
  readonly documents: readonly DocumentScore[];
  readonly corpus: CorpusSummary;
}

/** Scores each reading against its gold file and sums the counts. */
export function scoreCorpus(
  pairs: readonly { readonly reading: ScoredReading; readonly gold: GoldFile }[],
): ScoreReport {
  const documents = pairs.map((p) => scoreReading(p.reading, p.gold));
  return { documents, corpus: summarise(documents) };
}

/** The corpus micro-average of already scored documents. */
export function summarise(documents: readonly DocumentScore[]): CorpusSummary {
  const fieldErrors = emptyFieldErrors();
  for (const d of documents) for (const f of ITEM_FIELDS) fieldErrors[f] += d.items.fieldErrors[f];
  const sum = (pick: (d: DocumentScore) => number): number =>
    documents.reduce((n, d) => n + pick(d), 0);
  return {
    documents: documents.length,
    items: {
      value: sumPrf(documents.map((d) => d.items.value)),
      full: sumPrf(documents.map((d) => d.items.full)),
      fieldErrors,
    },
    outline: {
      match: sumPrf(documents.map((d) => d.outline.match)),
      levelAgree: sum((d) => d.outline.levelAgree),
      labelAgree: sum((d) => d.outline.labelAgree),
    },
    frameworks: {
      match: sumPrf(documents.map((d) => d.frameworks.match)),
      repeats: sum((d) => d.frameworks.repeats),
      partsCountAgree: sum((d) => d.frameworks.partsCountAgree),
      listedItems: sumPrf(documents.map((d) => d.frameworks.listedItems)),
    },
  };
}
