import type { MethodId, StatusCode } from './types.js';

export interface LabelDetail {
  /** Achieved before the deadline (提前完成). */
  readonly early?: boolean;
  /** Achieved after the deadline (逾期完成). */
  readonly late?: boolean;
  /** On track with room to spare (超序时 / 快于预期). */
  readonly ahead?: boolean;
}

/**
 * The status word readers know for a status and method. 序时进度 words come
 * from county practice (寿县: 已完成年度目标任务 / 序时推进 / 滞后序时; 连云港:
 * 超序时进度 / 按序时推进; china-users.md §1.2); trajectory words from the
 * 十四五 mid-term review (提前实现 / 快于预期 / 基本符合预期 / 滞后, §1.1);
 * year-end words 完成 / 未完成. 严重滞后 is 会昌's word for the worst band.
 */
export function statusLabel(
  status: StatusCode,
  method: MethodId,
  detail: LabelDetail = {},
): { readonly zh: string; readonly en: string } {
  const xushi = method === 'xushi-progress';
  const trajectory = method === 'eurostat-cagr-ratio' || method === 'linear-ratio';
  switch (status) {
    case 'achieved':
      if (detail.early === true) return { zh: '提前完成', en: 'achieved early' };
      if (detail.late === true) return { zh: '逾期完成', en: 'achieved late' };
      return { zh: '已完成', en: 'achieved' };
    case 'on-track':
      if (xushi) {
        return detail.ahead === true
          ? { zh: '超序时', en: 'ahead of schedule' }
          : { zh: '按序时推进', en: 'on schedule' };
      }
      if (trajectory) {
        return detail.ahead === true
          ? { zh: '快于预期', en: 'ahead of pace' }
          : { zh: '符合预期', en: 'on track' };
      }
      return { zh: '按序时推进', en: 'on track' };
    case 'at-risk':
      return xushi ? { zh: '滞后序时', en: 'behind schedule' } : { zh: '滞后', en: 'at risk' };
    case 'off-track':
      return xushi
        ? { zh: '严重滞后序时', en: 'far behind schedule' }
        : { zh: '严重滞后', en: 'off track' };
    case 'missed':
      return { zh: '未完成', en: 'missed' };
    case 'not-yet-due':
      return { zh: '未到期', en: 'not yet due' };
    case 'no-data':
      return { zh: '暂无数据', en: 'no data' };
  }
}

/** The band a progress ratio falls in (Eurostat/StatCan: ≥ 0.95 on track, ≥ 0.60 at risk). */
export function bandOf(
  ratio: number,
  thresholds: { readonly onTrackRatio: number; readonly atRiskRatio: number },
): Extract<StatusCode, 'on-track' | 'at-risk' | 'off-track'> {
  if (ratio >= thresholds.onTrackRatio) return 'on-track';
  if (ratio >= thresholds.atRiskRatio) return 'at-risk';
  return 'off-track';
}
