import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/escape-html.js';
import { posterHtml, posterModel } from '../src/index.js';
import { framework, item, row, sampleInput } from './support/sample-input.js';

const html = (input = sampleInput(), lang: 'zh' | 'en' = 'zh'): string =>
  posterHtml(posterModel(input), { lang });

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('posterHtml', () => {
  it('escapes every text taken from the document', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const page = html(
      sampleInput({
        document: { ...sampleInput().document, title: `报告${evil}`, issuer: '"政府"&' },
        rows: [row('missed', { metric: `指标${evil}` })],
        actuals: [item({ metric: `数${evil}` })],
        frameworks: [framework(`框${evil}`, 1, [{ count: 1, label: '', items: [`项${evil}`] }])],
        source: `源${evil}`,
      }),
    );
    expect(page).not.toContain('<img');
    expect(page.match(/&lt;img src=x onerror=alert\(1\)&gt;/gu)?.length).toBeGreaterThanOrEqual(6);
    expect(page).toContain('&quot;政府&quot;&amp;');
  });

  it('is self-contained: no scripts, links, imports or URLs', () => {
    const page = html();
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(|https?:/iu);
    expect(page).toMatch(/^<!doctype html>/u);
    expect(page).toContain('<meta charset="utf-8">');
  });

  it('asks for Noto Sans CJK SC first and lays out 1080 px', () => {
    const page = html();
    expect(page).toMatch(/font-family:"Noto Sans CJK SC",/u);
    expect(page).toContain('width:1080px');
  });

  it('uses headings and lists: one h1, an h2 per section in order', () => {
    const page = html();
    expect(page.match(/<h1>/gu)).toHaveLength(1);
    const h2 = [...page.matchAll(/<h2 id="([a-z]+)">/gu)].map((m) => m[1]);
    expect(h2).toEqual(['results', 'targets', 'tasks', 'frameworks']);
    expect(page).toContain('<ul class="cards">');
    expect(page).toContain('<ol class="rows">');
    expect(page).toMatch(/<section class="section" aria-labelledby="results">/u);
  });

  it('shows each target with its status word and status class', () => {
    const page = html();
    expect(page).toMatch(
      /<li class="row s-missed">[\s\S]*?进口增长[\s\S]*?<p class="chip">未完成<\/p>/u,
    );
    expect(page).toMatch(/<li class="chip s-achieved"><span class="count">1<\/span>已完成<\/li>/u);
    expect(page).toContain('<span class="value">2693.3</span><span class="unit">亿元</span>');
    expect(page).toContain(
      '<span class="value">7</span><span class="unit">%<span class="suffix">以上</span></span>',
    );
  });

  it('leaves out sections without content and renumbers the rest', () => {
    const page = html(sampleInput({ actuals: [], frameworks: [] }));
    expect(
      [...page.matchAll(/<h2 id="([a-z]+)"><span class="no" aria-hidden="true">(\d+)/gu)].map(
        (m) => `${m[1]}${m[2]}`,
      ),
    ).toEqual(['targets01', 'tasks02']);
  });

  it('still has a header and a footer when the document gave nothing to show', () => {
    const page = html(sampleInput({ rows: [], actuals: [], frameworks: [] }));
    expect(page).not.toContain('<section');
    expect(page).toContain('<h1>一图读懂2026某市政府工作报告</h1>');
    expect(page).toContain('来源：某市人民政府《一图读懂2026某市政府工作报告》');
  });

  it('writes its own words in English and marks document text as Chinese', () => {
    const page = html(sampleInput(), 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('>Results</h2>');
    expect(page).toContain('<p class="chip">missed</p>');
    expect(page).toContain('<h1><span lang="zh-Hans">一图读懂2026某市政府工作报告</span></h1>');
    expect(page).toContain(
      '<span class="value">269.33</span><span class="unit"> billion yuan</span>',
    );
    expect(page).not.toContain('成绩单');
  });
});
