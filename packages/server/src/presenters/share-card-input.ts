import { LantuError } from '@lantu/core';
import type { LantuApp } from '@lantu/app';
import type { ShareCardInput } from '@lantu/poster';

type Status = ShareCardInput['status'];
type Observation = Status['observations'][number];

/** The observation the latest figure was read from: the one matching the latest value. */
function latestFromDocument(status: Status): Observation | undefined {
  const read = status.observations.filter((o) => o.source.type === 'document');
  const n = status.numbers;
  return (
    read.find(
      (o) =>
        o.year === n.latest_year && Math.abs(o.value - (n.latest_value ?? NaN)) <= 1e-9 * o.value,
    ) ?? [...read].sort((a, b) => b.year - a.year)[0]
  );
}

/**
 * What one target's share card shows: its status and explanation, its own sentence and
 * document, the latest figure's sentence and document, and the place by name.
 */
export async function buildShareCardInput(
  app: LantuApp,
  itemId: string,
  lang: 'zh' | 'en',
): Promise<ShareCardInput> {
  const [scorecard, documents, places] = await Promise.all([
    app.scorecard({ limit: 100_000 }),
    app.documents(),
    app.store.jurisdictions.list(),
  ]);
  const row = scorecard.rows.find((r) => r.item.id === itemId);
  if (!row) throw new LantuError('NOT_FOUND', `没有这一目标：${itemId}`);
  const place = places.find((p) => p.code === row.document.jurisdiction_code);
  const observation = latestFromDocument(row.status);
  const source = observation?.source;
  const figureDocument =
    source?.type === 'document' ? documents.find((d) => d.id === source.document_id) : undefined;
  return {
    status: row.status,
    // In English the indicator's English name; an item without one keeps its own words (a quotation).
    metric: (lang === 'en' ? row.indicator?.name_en : undefined) ?? row.item.metric,
    place: (lang === 'zh' ? place?.name_zh : place?.name_en) ?? '',
    target: { sentence: row.item.text, document: row.document.title, date: row.document.date },
    figure:
      source?.type === 'document' && figureDocument
        ? { sentence: source.text, document: figureDocument.title, date: figureDocument.date }
        : null,
  };
}
