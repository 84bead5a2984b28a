/**
 * One word, one colour and one symbol per status. The words are the plain Chinese words of
 * docs/status-method.md; the method's finer word (超序时, 提前完成) is shown as detail. The
 * colours match the 一图读懂 poster (packages/poster/src/status-style.ts) so screen and poster
 * agree; every text colour has ≥ 4.5:1 contrast on its background. The symbol keeps the
 * status readable without colour.
 */
import type { StatusCode } from '../api/types.js';

export interface StatusMeta {
  readonly zh: string;
  readonly en: string;
  readonly colour: string;
  readonly background: string;
  readonly symbol: string;
}

export const STATUS_META: Readonly<Record<StatusCode, StatusMeta>> = {
  achieved: { zh: '已完成', en: 'achieved', colour: '#166534', background: '#dcfce7', symbol: '✓' },
  'on-track': {
    zh: '按序时推进',
    en: 'on track',
    colour: '#0f6b63',
    background: '#d5f5ef',
    symbol: '→',
  },
  'at-risk': { zh: '滞后', en: 'at risk', colour: '#8a4b08', background: '#fdefc8', symbol: '!' },
  'off-track': {
    zh: '严重滞后',
    en: 'off track',
    colour: '#b2400c',
    background: '#ffeadb',
    symbol: '‼',
  },
  missed: { zh: '未完成', en: 'missed', colour: '#b21c1c', background: '#fde3e3', symbol: '✗' },
  'not-yet-due': {
    zh: '未到期',
    en: 'not yet due',
    colour: '#3f4c63',
    background: '#e3e8f0',
    symbol: '◷',
  },
  'no-data': {
    zh: '暂无数据',
    en: 'no data',
    colour: '#52607a',
    background: '#f1f4f8',
    symbol: '–',
  },
};

/** Display order: done, going well, behind, failed, cannot say yet. */
export const STATUS_ORDER: readonly StatusCode[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'not-yet-due',
  'no-data',
];

/** Sort order for “worst first”: what a planning office must act on comes first. */
export const STATUS_SEVERITY: Readonly<Record<StatusCode, number>> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  'no-data': 3,
  'on-track': 4,
  'not-yet-due': 5,
  achieved: 6,
};

export function isStatusCode(value: string | null | undefined): value is StatusCode {
  return value !== null && value !== undefined && value in STATUS_META;
}
