/**
 * One word and one colour per status. The words are the status codes' plain Chinese words
 * (docs/status-method.md), not the method's finer wording (超序时, 提前完成): a chip must read
 * the same on every row; the finer word is shown beside it as detail. Colours are semantic
 * accents on the poster's single blue: green done, teal on track, amber/orange/red behind,
 * greys for "cannot say yet". Each text colour has at least 4.5:1 contrast on its background.
 */
import type { StatusCode, TargetStatus } from '@lantu/core';
import type { Bilingual, PosterStatusStyle } from './types.js';

const STYLES: Readonly<Record<StatusCode, PosterStatusStyle>> = {
  achieved: {
    status: 'achieved',
    word: { zh: '已完成', en: 'achieved' },
    colour: '#166534',
    background: '#dcfce7',
  },
  'on-track': {
    status: 'on-track',
    word: { zh: '按序时推进', en: 'on track' },
    colour: '#0f6b63',
    background: '#d5f5ef',
  },
  'at-risk': {
    status: 'at-risk',
    word: { zh: '滞后', en: 'at risk' },
    colour: '#8a4b08',
    background: '#fdefc8',
  },
  'off-track': {
    status: 'off-track',
    word: { zh: '严重滞后', en: 'off track' },
    colour: '#b2400c',
    background: '#ffeadb',
  },
  missed: {
    status: 'missed',
    word: { zh: '未完成', en: 'missed' },
    colour: '#b21c1c',
    background: '#fde3e3',
  },
  'not-yet-due': {
    status: 'not-yet-due',
    word: { zh: '未到期', en: 'not yet due' },
    colour: '#3f4c63',
    background: '#e3e8f0',
  },
  'no-data': {
    status: 'no-data',
    word: { zh: '暂无数据', en: 'no data' },
    colour: '#52607a',
    background: '#f1f4f8',
  },
};

/** The chip word and colours for a status. */
export function statusStyle(status: StatusCode): PosterStatusStyle {
  return STYLES[status];
}

/** The method's own word when it differs from the chip's (超序时 vs 按序时推进); else null. */
export function statusDetail(status: TargetStatus): Bilingual | null {
  const word = STYLES[status.status].word;
  return status.label.zh === word.zh ? null : status.label;
}
