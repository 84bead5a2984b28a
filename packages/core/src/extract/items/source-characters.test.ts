import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

function metrics(text: string): string[] {
  return readDocument({
    text,
    meta: { title: '政府工作報告', date: '2023-03-05', kind: 'work-report' },
  }).items.map((i) => i.metric);
}

describe('metric names in the source characters', () => {
  it('names a traditional-character target as the source writes it', () => {
    expect(
      metrics('今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人左右。'),
    ).toEqual(['國內生產總值', '城鎮新增就業']);
  });

  it('does so in a communiqué-style sentence too', () => {
    expect(metrics('全年糧食產量13731億斤，比上年增加74億斤。')[0]).toBe('糧食產量');
  });

  it('leaves a simplified-character document as read', () => {
    expect(metrics('今年主要预期目标是：国内生产总值增长5%左右。')).toEqual(['国内生产总值']);
  });
});
