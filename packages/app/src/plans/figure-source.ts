import type { ObservationSource } from '@lantu/core';
import type { DocumentSummary } from '@lantu/store';
import type { FigureSource } from './plan-types.js';
import { readableSentence } from './readable-sentence.js';

/** 《义乌市…建议》（2021-01-01）: how a report names a document. */
export function documentLabel(doc: Pick<DocumentSummary, 'title' | 'date'> | undefined): string {
  if (doc === undefined) return '（来源文件已删除）';
  return doc.date === null ? `《${doc.title}》` : `《${doc.title}》（${doc.date}）`;
}

/** Where an observation came from, in words a reader of the report understands. */
export function observationSource(
  source: ObservationSource,
  documents: ReadonlyMap<string, DocumentSummary>,
): FigureSource {
  switch (source.type) {
    case 'document':
      return {
        label: documentLabel(documents.get(source.document_id)),
        document_id: source.document_id,
        sentence: readableSentence(source.text),
      };
    case 'table':
      return {
        label: `导入表格 ${source.file} 第${source.row}行`,
        document_id: null,
        sentence: null,
      };
    case 'manual':
      return {
        label: `${source.actor} 录入${source.note === undefined ? '' : `：${source.note}`}`,
        document_id: null,
        sentence: null,
      };
    case 'report':
      // A department's report, accepted by the supervision office.
      return { label: `部门填报（${source.actor} 审核通过）`, document_id: null, sentence: null };
  }
}
