import { describe, expect, it } from 'vitest';
import { compact, encodeGbk } from '../test/fixtures.js';
import { declaredCharset, htmlReader } from './html-reader.js';

/** Shaped like a saved 义乌商报 article page: chrome, scripts, nested divs, captions, a table. */
const NOISY_PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>
    义乌市政府工作报告 &mdash; 义乌商报
  </title>
  <style>.content p { text-indent: 2em } body::before { content: "不要这段" }</style>
  <script>var ad = "<p>广告脚本</p>"; if (a < b && c > d) { track('全市生产总值9999亿元'); }</script>
</head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul></nav>
<div class="wrap"><div class="header"><div class="logo"><img src="logo.png" alt="义乌商报"></div>
<button>分享</button></div>
<div class="main"><div class="left"><div class="article">
  <h1 class="title">一图读懂2026义乌市政府工作报告</h1>
  <div class="info"><span>来源：义乌商报</span>&nbsp;&nbsp;<span>2026-01-20</span></div>
  <div class="content">
    <h2>2025年主要工作</h2>
    <p>\u3000\u3000全市生产总值<strong>2693.3</strong>亿元，增长<b>7.9%</b>，增速居全省县（市、区）第2位。</p>
    <p>出口7307亿元，
       增长24.1%&#xff1b;进口1058亿元，增长32.3%&#65307;R&amp;D经费投入强度3.2%。</p>
    <div class="pic"><img src="a.jpg"><div class="caption">图为义乌国际商贸城（记者 张三 摄）</div></div>
    <p>到2030年，地区生产总值突破3800亿元，<br>人均地区生产总值达到发达经济体水平。</p>
    <ul><li>以比拼夺冠为驱动</li><li><p>以国贸改革为引领</p></li></ul>
    <ol><li>第一项</li><li>第二项</li></ol>
    <table class="data"><tr><th>指标</th><th>2025年</th></tr><tr><td>生产总值（亿元）</td><td><p>2693.3</p></td></tr></table>
    <div style="display: none">隐藏的重复正文</div>
    <p>（下转第四版）</p>
  </div>
</div></div></div>
<div class="footer">版权所有 &copy; 义乌商报社</div>
<noscript>请启用脚本</noscript>
</div>
</body>
</html>`;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('htmlReader', () => {
  it('turns a noisy article page into readable lines', async () => {
    const read = await htmlReader.read(utf8(NOISY_PAGE), 'article.html');
    expect(read.format).toBe('html');
    expect(read.title).toBe('义乌市政府工作报告 — 义乌商报');
    expect(read.text.split('\n')).toEqual([
      '# 一图读懂2026义乌市政府工作报告',
      '来源：义乌商报 2026-01-20',
      '## 2025年主要工作',
      '全市生产总值2693.3亿元，增长7.9%，增速居全省县（市、区）第2位。',
      '出口7307亿元，增长24.1%；进口1058亿元，增长32.3%；R&D经费投入强度3.2%。',
      '图为义乌国际商贸城（记者 张三 摄）',
      '到2030年，地区生产总值突破3800亿元，',
      '人均地区生产总值达到发达经济体水平。',
      '- 以比拼夺冠为驱动',
      '- 以国贸改革为引领',
      '1. 第一项',
      '2. 第二项',
      '指标 2025年',
      '生产总值（亿元） 2693.3',
      '（下转第四版）',
      '版权所有 © 义乌商报社',
    ]);
  });

  it('maps each block to an ordered, numbered segment that slices out exactly that line', async () => {
    const read = await htmlReader.read(utf8(NOISY_PAGE), 'article.html');
    const lines = read.text.split('\n');
    expect(read.segments).toHaveLength(lines.length);
    read.segments.forEach((segment, index) => {
      expect(segment.paragraph).toBe(index + 1);
      expect(segment.page).toBeUndefined();
      expect(read.text.slice(segment.start, segment.end)).toBe(lines[index]);
    });
    expect(read.segments.at(-1)?.end).toBe(read.text.length);
  });

  it('drops script, style, head, nav, hidden and noscript content', async () => {
    const { text } = await htmlReader.read(utf8(NOISY_PAGE), 'article.html');
    for (const noise of [
      '广告脚本',
      '9999',
      '不要这段',
      '首页',
      '分享',
      '隐藏',
      '请启用脚本',
      'text-indent',
    ]) {
      expect(text).not.toContain(noise);
    }
  });

  it('keeps a whole article in a layout-table cell as separate paragraphs', async () => {
    const body = '<p>第一段，内容较长。</p>'.repeat(2) + `<p>${'长'.repeat(250)}</p>`;
    const page = `<table><tr><td>栏目</td><td>${body}</td></tr></table>`;
    const { text } = await htmlReader.read(utf8(page), 'layout.htm');
    expect(text.split('\n')).toEqual([
      '栏目',
      '第一段，内容较长。',
      '第一段，内容较长。',
      '长'.repeat(250),
    ]);
  });

  it('decodes a GBK page that declares its charset in a meta tag', async () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>工作报告</title></head><body><p>全市生产总值 2693.3 亿元</p></body></html>';
    const bytes = encodeGbk(page);
    expect(declaredCharset(bytes)).toBe('gb2312');
    const read = await htmlReader.read(bytes, 'gbk.html');
    expect(read.title).toBe('工作报告');
    expect(compact(read.text)).toBe('全市生产总值2693.3亿元');
  });

  it('trusts valid UTF-8 over a stale charset declaration', async () => {
    // Sites migrated to UTF-8 often keep their old gb2312 meta tag.
    const page = '<meta charset="gb2312"><p>全市生产总值2693.3亿元</p>';
    expect((await htmlReader.read(utf8(page), 'migrated.html')).text).toBe(
      '全市生产总值2693.3亿元',
    );
  });

  it('ignores an SVG icon title and leaves title undefined when the page has none', async () => {
    const read = await htmlReader.read(
      utf8('<p>正文<svg><title>图标</title><path d="M0 0"/></svg></p>'),
      'x.html',
    );
    expect(read.title).toBeUndefined();
    expect(read.text).toBe('正文');
  });

  it('keeps <pre> line structure', async () => {
    const { text } = await htmlReader.read(
      utf8('<pre>第一行\n  第二行\n\n第三行</pre>'),
      'pre.html',
    );
    expect(text).toBe('第一行\n第二行\n第三行');
  });
});
