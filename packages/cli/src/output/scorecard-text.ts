import type { Scorecard, ScorecardRow } from '@lantu/app';
import {
  formatZh,
  STATUS_CODES,
  statusLabel,
  type ClaimConflict,
  type GoalpostChange,
  type RetiredTarget,
} from '@lantu/core';
import { squashWhitespace } from './text-width.js';

/** Item text for a terminal: whitespace folded, Markdown bold markers dropped. */
function plain(text: string): string {
  return squashWhitespace(text.replace(/\*\*|__/gu, ''));
}

function documentHeading(row: ScorecardRow): string {
  const parts = [row.document.title, row.document.kind, row.document.date ?? 'undated'];
  return `== ${parts.join(' · ')} ==`;
}

function sectionHeading(row: ScorecardRow): string {
  return row.section === null
    ? '  (no section)'
    : `  ${plain(`${row.section.label}${row.section.title}`)}`;
}

function rowLines(row: ScorecardRow): string[] {
  const { label, explanation } = row.status;
  return [
    `    [${label.zh} ${label.en}] ${plain(row.item.text)}`,
    `      ${explanation.zh}`,
    `      ${explanation.en}`,
  ];
}

/** `2693.3亿元` for a base-unit value, scaled the way Chinese readers expect. */
function figure(value: number, baseUnit: string | null): string {
  return formatZh(value, { unit: null, baseUnit, factor: 1 });
}

function sourceName(
  source: ClaimConflict['observations'][number]['source'],
  titles: ReadonlyMap<string, string>,
): string {
  switch (source.type) {
    case 'document':
      return titles.get(source.document_id) ?? source.document_id;
    case 'table':
      return `${source.file} row ${source.row}`;
    case 'manual':
      return `entered by ${source.actor}`;
    case 'report':
      return `report ${source.report_id} accepted by ${source.actor}`;
  }
}

function findingLines(card: Scorecard, titles: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  const changes = card.goalpost_changes as readonly GoalpostChange[];
  if (changes.length > 0) {
    lines.push('', `Goal-post changes (${changes.length}):`);
    for (const c of changes) lines.push(`  ${c.explanation.zh}`, `  ${c.explanation.en}`);
  }
  const retired = (card.retired_targets ?? []) as readonly RetiredTarget[];
  if (retired.length > 0) {
    lines.push('', `Targets a newer plan no longer mentions (${retired.length}):`);
    for (const r of retired) {
      const last = r.last_mentioned[0]?.document.title ?? '';
      lines.push(
        `  ${r.indicator_code} (${r.jurisdiction}): in ${last}, not in ${r.dropped_in.title ?? r.dropped_in.id}`,
      );
    }
  }
  const conflicts = card.claim_conflicts as readonly ClaimConflict[];
  if (conflicts.length > 0) {
    lines.push('', `Conflicting claims (${conflicts.length}):`);
    for (const c of conflicts) {
      const when = `${c.year}${c.period === null ? '' : ` ${c.period}`}`;
      lines.push(`  ${c.indicator_code} (${c.jurisdiction}) ${when} ${c.measure}:`);
      for (const o of c.observations) {
        const sign = o.comparator === '=' ? '' : `${o.comparator} `;
        lines.push(`    ${sign}${figure(o.value, o.base_unit)} — ${sourceName(o.source, titles)}`);
      }
    }
  }
  return lines;
}

/**
 * The scorecard as text: targets grouped by document and section, each with its status
 * word in Chinese and English, its sentence and both explanations; then goal-post changes,
 * dropped targets and conflicting claims; totals at the end.
 */
export function renderScorecard(card: Scorecard): string {
  const lines: string[] = [];
  let documentId: string | null = null;
  let section: number | null | undefined;
  for (const row of card.rows) {
    if (row.document.id !== documentId) {
      if (documentId !== null) lines.push('');
      lines.push(documentHeading(row));
      documentId = row.document.id;
      section = undefined;
    }
    const index = row.section?.index ?? null;
    if (index !== section) {
      lines.push(sectionHeading(row));
      section = index;
    }
    lines.push(...rowLines(row));
  }
  if (card.rows.length === 0) lines.push('No targets match.');
  const titles = new Map(card.rows.map((r) => [r.document.id, r.document.title]));
  lines.push(...findingLines(card, titles));
  const totals = STATUS_CODES.map((code) => {
    const label = statusLabel(code, 'none');
    return `${label.zh} ${label.en} ${card.totals[code]}`;
  });
  lines.push('', `Totals as of ${card.as_of}: ${totals.join(' · ')} · total ${card.total}`);
  return `${lines.join('\n')}\n`;
}
