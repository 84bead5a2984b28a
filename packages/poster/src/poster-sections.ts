/**
 * The poster's sections as HTML fragments. Every text goes through `escapeHtml`; on an
 * English poster, text copied from the document is marked `lang="zh-Hans"` so screen
 * readers and the font fallback treat it as Chinese.
 */
import { escapeHtml } from './escape-html.js';
import type { PosterWords } from './poster-words.js';
import type {
  PosterFigure,
  PosterFramework,
  PosterHeadline,
  PosterLang,
  PosterModel,
  PosterTarget,
} from './types.js';

/** What every section renderer needs. */
export interface SectionContext {
  readonly lang: PosterLang;
  readonly words: PosterWords;
}

/** Document text: escaped, and marked Chinese on an English page. */
export function docText(ctx: SectionContext, text: string): string {
  return ctx.lang === 'zh' ? escapeHtml(text) : `<span lang="zh-Hans">${escapeHtml(text)}</span>`;
}

function figureHtml(figure: PosterFigure): string {
  const part = (cls: string, text: string, inner = ''): string =>
    text === '' && inner === '' ? '' : `<span class="${cls}">${escapeHtml(text)}${inner}</span>`;
  // The suffix sits inside the unit's box so 以上 follows % without the flex gap.
  const unit = part('unit', figure.unit, part('suffix', figure.suffix));
  return `<p class="figure">${part('prefix', figure.prefix)}${part('value', figure.value)}${unit}</p>`;
}

/** A section with a numbered heading; `id` ties the heading to the region. */
export function section(no: number, id: string, title: string, lede: string, body: string): string {
  const num = String(no).padStart(2, '0');
  return `<section class="section" aria-labelledby="${id}">
<h2 id="${id}"><span class="no" aria-hidden="true">${num}</span>${escapeHtml(title)}</h2>
<p class="lede">${escapeHtml(lede)}</p>
${body}
</section>`;
}

function cardHtml(ctx: SectionContext, card: PosterHeadline): string {
  const notes = card.notes.map((note) => `<li>${docText(ctx, note[ctx.lang])}</li>`).join('');
  return `<li class="card">
<h3 class="label">${docText(ctx, card.label)}</h3>
${figureHtml(card.figure[ctx.lang])}
${notes === '' ? '' : `<ul class="notes">${notes}</ul>`}
</li>`;
}

/** The 成绩单 cards. */
export function headlineHtml(ctx: SectionContext, cards: readonly PosterHeadline[]): string {
  return `<ul class="cards">\n${cards.map((card) => cardHtml(ctx, card)).join('\n')}\n</ul>`;
}

/** The chips counting rows per status. */
export function totalsHtml(ctx: SectionContext, model: PosterModel): string {
  if (model.totals.length === 0) return '';
  const chips = model.totals.map(
    ({ style, count }) =>
      `<li class="chip s-${style.status}"><span class="count">${count}</span>${escapeHtml(style.word[ctx.lang])}</li>`,
  );
  return `<ul class="totals" aria-label="${escapeHtml(ctx.words.totalsLabel)}">${chips.join('')}</ul>`;
}

function rowHtml(ctx: SectionContext, row: PosterTarget): string {
  const sub = [
    row.year === null ? '' : `<span>${escapeHtml(ctx.words.deadline(row.year))}</span>`,
    row.latest === null ? '' : `<span>${docText(ctx, row.latest[ctx.lang])}</span>`,
  ].join('');
  const label =
    ctx.lang === 'en' && row.label.en !== row.label.zh
      ? escapeHtml(row.label.en)
      : docText(ctx, row.label.zh);
  const goal =
    row.kind === 'milestone'
      ? ''
      : row.goal === null
        ? '<p class="figure"></p>'
        : figureHtml(row.goal[ctx.lang]);
  // The method's finer word (超序时) sits under the chip it refines.
  const detail =
    row.detail === null ? '' : `<p class="detail">${escapeHtml(row.detail[ctx.lang])}</p>`;
  return `<li class="row s-${row.style.status}">
<div><h3 class="name">${label}</h3>${sub === '' ? '' : `<p class="sub">${sub}</p>`}</div>
${goal}
<div class="state"><p class="chip">${escapeHtml(row.style.word[ctx.lang])}</p>${detail}</div>
</li>`;
}

/** A 目标 or 任务 list, with a line for rows left off. */
export function rowsHtml(
  ctx: SectionContext,
  rows: readonly PosterTarget[],
  omitted: number,
  tasks: boolean,
): string {
  const more = omitted > 0 ? `<p class="more">${escapeHtml(ctx.words.omitted(omitted))}</p>` : '';
  return `<ol class="rows${tasks ? ' tasks' : ''}">\n${rows.map((row) => rowHtml(ctx, row)).join('\n')}\n</ol>${more}`;
}

function frameworkHtml(ctx: SectionContext, fw: PosterFramework): string {
  const items = fw.items.map((item) => `<li>${docText(ctx, item)}</li>`).join('');
  const count: PosterFigure = { prefix: '', value: String(fw.count), unit: fw.label, suffix: '' };
  return `<li class="fw">
<div class="fw-head"><h3>${docText(ctx, fw.name)}</h3>${figureHtml(count)}</div>
${items === '' ? '' : `<ol class="fw-items">${items}</ol>`}
</li>`;
}

/** The 框架 cards and the tags naming the other frameworks. */
export function frameworksHtml(ctx: SectionContext, model: PosterModel): string {
  const cards =
    model.frameworks.length === 0
      ? ''
      : `<ul class="frameworks">\n${model.frameworks.map((fw) => frameworkHtml(ctx, fw)).join('\n')}\n</ul>`;
  const tags =
    model.frameworkNames.length === 0
      ? ''
      : `<h3 class="tags-title">${escapeHtml(ctx.words.frameworkNames)}</h3><ul class="tags">${model.frameworkNames
          .map((name) => `<li>${docText(ctx, name)}</li>`)
          .join('')}</ul>`;
  return `${cards}${tags}`;
}
