/**
 * The poster page: a self-contained HTML document (inline CSS, no scripts, no fonts or
 * images fetched), 1080 px wide: header band, 成绩单, 目标, 任务, 框架, footer.
 */
import { dayText, documentDateText } from './date-text.js';
import { escapeHtml } from './escape-html.js';
import { POSTER_WIDTH, posterCss } from './poster-css.js';
import {
  docText,
  frameworksHtml,
  headlineHtml,
  rowsHtml,
  section,
  totalsHtml,
  type SectionContext,
} from './poster-sections.js';
import { posterWords } from './poster-words.js';
import type { PosterLang, PosterModel } from './types.js';

export interface PosterHtmlOptions {
  readonly lang: PosterLang;
}

/** The year most 成绩单 cards describe (2025 in a 2026 report); null when none says. */
function headlineYear(model: PosterModel): number | null {
  const counts = new Map<number, number>();
  for (const card of model.headline) {
    if (card.year !== null && card.period === null)
      counts.set(card.year, (counts.get(card.year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    if (
      best === null ||
      count > (counts.get(best) ?? 0) ||
      (count === counts.get(best) && year > best)
    )
      best = year;
  }
  return best;
}

function headerHtml(ctx: SectionContext, model: PosterModel): string {
  const { document: doc } = model;
  const eyebrow = [
    doc.jurisdiction === null ? '' : docText(ctx, doc.jurisdiction),
    escapeHtml(doc.kind[ctx.lang]),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const meta = [
    doc.date === null ? '' : escapeHtml(documentDateText(doc.date, ctx.lang)),
    doc.issuer === null ? '' : docText(ctx, doc.issuer),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  return `<header class="band">
<p class="eyebrow">${eyebrow}</p>
<h1>${docText(ctx, model.title)}</h1>
${meta === '' ? '' : `<p class="meta">${meta}</p>`}
</header>`;
}

function footerHtml(ctx: SectionContext, model: PosterModel): string {
  const { footer } = model;
  const { words } = ctx;
  const dates = [
    footer.documentDate === null
      ? ''
      : `${words.documentDate} ${documentDateText(footer.documentDate, ctx.lang)}`,
    footer.asOf === null ? '' : `${words.asOf} ${dayText(footer.asOf, ctx.lang)}`,
    `${words.generated} ${dayText(footer.generatedOn, ctx.lang)}`,
  ].filter((part) => part !== '');
  return `<footer class="foot">
<p class="brand">蓝图 <span>Lantu</span></p>
<p>${escapeHtml(words.source)}：${docText(ctx, footer.source)}</p>
<p>${escapeHtml(dates.join(' · '))}</p>
<p class="note">${escapeHtml(words.note)}</p>
</footer>`;
}

/**
 * Lays a poster model out as one HTML document. Sections without content are left out and
 * the rest numbered in order. All text is escaped; the page loads nothing from the network.
 */
export function posterHtml(model: PosterModel, options: PosterHtmlOptions): string {
  const words = posterWords(options.lang);
  const ctx: SectionContext = { lang: options.lang, words };
  const sections: string[] = [];
  const add = (id: string, title: string, lede: string, body: string): void => {
    sections.push(section(sections.length + 1, id, title, lede, body));
  };
  if (model.headline.length > 0) {
    add(
      'results',
      words.results,
      words.resultsLede(headlineYear(model)),
      headlineHtml(ctx, model.headline),
    );
  }
  // The status totals (targets and milestones together) head whichever list comes first.
  let totals = totalsHtml(ctx, model);
  if (model.targets.length > 0) {
    add(
      'targets',
      words.targets,
      words.targetsLede,
      `${totals}${rowsHtml(ctx, model.targets, model.targetsOmitted, false)}`,
    );
    totals = '';
  }
  if (model.milestones.length > 0) {
    add(
      'tasks',
      words.tasks,
      words.tasksLede,
      `${totals}${rowsHtml(ctx, model.milestones, model.milestonesOmitted, true)}`,
    );
  }
  if (model.frameworks.length > 0 || model.frameworkNames.length > 0) {
    add('frameworks', words.frameworks, words.frameworksLede, frameworksHtml(ctx, model));
  }
  return `<!doctype html>
<html lang="${words.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=${POSTER_WIDTH}">
<title>${escapeHtml(model.title)}</title>
<style>${posterCss()}</style>
</head>
<body>
<div class="poster">
${headerHtml(ctx, model)}
<main>
${sections.join('\n')}
</main>
${footerHtml(ctx, model)}
</div>
</body>
</html>
`;
}
