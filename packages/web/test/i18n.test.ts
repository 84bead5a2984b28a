import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/messages-en.js';
import { zh } from '../src/i18n/messages-zh.js';
import { translator } from '../src/i18n/translate.js';
import { htmlLang, parseLang } from '../src/i18n/lang.js';
import { STATUS_META, STATUS_ORDER } from '../src/status/status-meta.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
  it('fill placeholders and leave unknown ones visible', () => {
    expect(translator('zh')('rowsShown', { total: 5 })).toBe('共 5 项目标');
    expect(translator('en')('rowsShown', { total: 5 })).toBe('Targets: 5');
    expect(translator('en')('rowsShown')).toBe('Targets: {total}');
  });
  it('map languages to lang attributes', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBe('zh');
  });
});

describe('status words', () => {
  it('use the Chinese words of the status method', () => {
    expect(STATUS_ORDER.map((s) => STATUS_META[s].zh)).toEqual([
      '已完成',
      '按序时推进',
      '滞后',
      '严重滞后',
      '未完成',
      '未到期',
      '暂无数据',
    ]);
  });
  it('have text colours readable on their backgrounds (WCAG ≥ 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const status of STATUS_ORDER) {
      const { colour, background } = STATUS_META[status];
      const [light, dark] = [luminance(background), luminance(colour)].sort((a, b) => b - a) as [
        number,
        number,
      ];
      expect((light + 0.05) / (dark + 0.05), status).toBeGreaterThanOrEqual(4.5);
    }
  });
});
