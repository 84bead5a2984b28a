/**
 * A one-target share card (issue 12 point 5, "share the broken promise"): a 1080 px square
 * with one target's status, its sentence and document, and the latest figure's sentence and
 * document — what a journalist posts, with its sources on the picture itself. HTML, or a PNG
 * drawn by the poster's browser.
 */
import type { TargetStatus } from '@lantu/core';
import { documentDateText } from './date-text.js';
import { escapeHtml } from './escape-html.js';
import { FONT_STACK, POSTER_WIDTH } from './poster-css.js';
import { withPosterPage } from './poster-page.js';
import { statusStyle } from './status-style.js';
import type { PosterLang } from './types.js';

/** A sentence as written, with the document it stands in. */
export interface CardSource {
  readonly sentence: string;
  readonly document: string;
  /** ISO date of the document, or null. */
  readonly date: string | null;
}

export interface ShareCardInput {
  readonly status: TargetStatus;
  /** What is measured (全市生产总值), as written. */
  readonly metric: string;
  /** The place's name in the card's language (义乌市 / Yiwu). */
  readonly place: string;
  readonly target: CardSource;
  /** The sentence the latest figure was read from; null when none was reported. */
  readonly figure: CardSource | null;
}

const WORDS = {
  zh: {
    target: '目标原文',
    figure: '最新数据原文',
    noFigure: '尚无公开数据',
    footer: '蓝图 · 规划目标监测 — 每项结论附原文出处',
  },
  en: {
    target: 'The target, as written',
    figure: 'The latest figure, as written',
    noFigure: 'No figure published yet',
    footer: 'Lantu · plan target monitor — every verdict with its source',
  },
} as const;

const BREAK_BETWEEN_CJK =
  /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/**
 * A sentence as a reader sees it in the app's reader: Markdown emphasis marks and a print's
 * line breaks between Chinese characters (跃居全\n国第一) dropped; every word kept.
 */
export function cardSentence(text: string): string {
  return text.replace(/\*\*/g, '').replace(BREAK_BETWEEN_CJK, '').trim();
}

function sourceBlock(label: string, source: CardSource, lang: PosterLang): string {
  const when = documentDateText(source.date, lang);
  return `<figure class="src"><figcaption>${escapeHtml(label)}</figcaption>
<blockquote>${escapeHtml(cardSentence(source.sentence))}</blockquote>
<p class="doc">《${escapeHtml(source.document)}》${when ? ` · ${escapeHtml(when)}` : ''}</p></figure>`;
}

export function shareCardHtml(card: ShareCardInput, lang: PosterLang = 'zh'): string {
  const words = WORDS[lang];
  const style = statusStyle(card.status.status);
  const figure = card.figure
    ? sourceBlock(words.figure, card.figure, lang)
    : `<p class="none">${escapeHtml(words.noFigure)}</p>`;
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8" />
<title>${escapeHtml(`${card.place} · ${card.metric}`)}</title>
<style>
*{box-sizing:border-box}
body{margin:0;width:${POSTER_WIDTH}px;min-height:${POSTER_WIDTH}px;background:#eef3fa;color:#1a2333;font-family:${FONT_STACK};}
.card{min-height:${POSTER_WIDTH}px;padding:72px 80px;display:flex;flex-direction:column;gap:28px;border-top:24px solid ${style.colour};}
.place{font-size:30px;color:#3f4c63;margin:0}
h1{font-size:56px;line-height:1.25;margin:0}
.chip{align-self:flex-start;font-size:44px;font-weight:700;padding:10px 28px;border-radius:14px;color:${style.colour};background:${style.background}}
.why{font-size:34px;line-height:1.5;margin:0}
.src{margin:0;background:#fff;border-radius:16px;padding:24px 32px;border-left:10px solid #1f4f9a}
.src figcaption{font-size:24px;color:#3f4c63}
.src blockquote{margin:8px 0;font-size:32px;line-height:1.5}
.doc{margin:0;font-size:24px;color:#3f4c63}
.none{font-size:28px;color:#52607a;margin:0}
footer{margin-top:auto;font-size:24px;color:#3f4c63}
</style></head><body><main class="card">
<p class="place">${escapeHtml(card.place)}</p>
<h1>${escapeHtml(card.metric)}</h1>
<p class="chip">${escapeHtml(style.word[lang])}</p>
<p class="why">${escapeHtml(card.status.explanation[lang])}</p>
${sourceBlock(words.target, card.target, lang)}
${figure}
<footer>${escapeHtml(words.footer)}</footer>
</main></body></html>`;
}

/** The card as a PNG 1080 px wide (and at least as tall), drawn by the poster's browser. */
export async function renderShareCardPng(
  card: ShareCardInput,
  lang: PosterLang = 'zh',
  timeoutMs = 30_000,
): Promise<Uint8Array> {
  const html = shareCardHtml(card, lang);
  return withPosterPage(timeoutMs, async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return page.screenshot({ type: 'png', fullPage: true });
  });
}
