/**
 * The poster's stylesheet, inlined so the page needs no network: a 1080 px long image in one
 * dominant blue (the 政务 一图读懂 convention: one main colour, few accents), big numbers,
 * and text no smaller than 22 px, since the image is read scaled down to a phone's width.
 * Fonts are the system's: Noto Sans CJK SC first (fonts-noto-cjk), then common CJK fonts.
 */
import { STATUS_CODES } from '@lantu/core';
import { statusStyle } from './status-style.js';

/** The poster's width in CSS pixels (WeChat long images are 1080 px wide). */
export const POSTER_WIDTH = 1080;

export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/** One class per status (`.s-on-track`) with its chip colours. */
function statusRules(): string {
  return STATUS_CODES.map((code) => {
    const style = statusStyle(code);
    return `.s-${code}{--c:${style.colour};--bg:${style.background}}`;
  }).join('\n');
}

const BASE = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{width:${POSTER_WIDTH}px;background:#eef3fa;color:#1a2333;font-family:${FONT_STACK};
  font-size:26px;line-height:1.5;-webkit-font-smoothing:antialiased;
  -webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{margin:0}
h1,h2,h3,p,ol,ul{margin:0;padding:0}
ol,ul{list-style:none}
.poster{width:${POSTER_WIDTH}px;overflow:hidden}

.band{position:relative;color:#fff;padding:84px 64px 72px;
  background-color:#0b3a82;
  background-image:
    linear-gradient(rgba(255,255,255,.06) 1px,transparent 1px),
    linear-gradient(90deg,rgba(255,255,255,.06) 1px,transparent 1px),
    linear-gradient(160deg,#0b3a82 0%,#1556b0 100%);
  background-size:40px 40px,40px 40px,100% 100%}
.eyebrow{display:inline-block;font-size:28px;font-weight:700;letter-spacing:.18em;
  color:#f3c554;padding-bottom:10px;border-bottom:4px solid #f3c554}
.band h1{font-size:60px;line-height:1.3;font-weight:700;margin:28px 0 24px;
  overflow-wrap:anywhere;letter-spacing:.02em}
.band .meta{font-size:26px;color:rgba(255,255,255,.86)}

.section{margin:0 40px;padding:64px 0 8px}
.section h2{display:flex;align-items:center;gap:20px;font-size:46px;line-height:1.2;
  color:#0b3a82;font-weight:700}
.section h2 .no{font-size:26px;color:#fff;background:#0b3a82;border-radius:10px;
  padding:6px 14px;letter-spacing:.05em}
.lede{font-size:26px;color:#566176;margin:12px 0 32px}

.cards{display:grid;grid-template-columns:repeat(2,1fr);gap:24px}
.card{background:#fff;border-radius:20px;padding:32px 36px 30px;border-left:10px solid #0b3a82;
  box-shadow:0 3px 0 rgba(11,58,130,.08);min-width:0}
.card .label{font-size:30px;font-weight:700;line-height:1.35;overflow-wrap:anywhere}
.figure{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:6px;color:#0b3a82;
  font-weight:700;font-variant-numeric:tabular-nums}
.card .figure{margin:14px 0 10px}
.card .value{font-size:84px;line-height:1.05;letter-spacing:-.01em}
.card .unit,.card .prefix{font-size:32px}
.card .suffix{font-size:28px}
.notes li{font-size:24px;color:#566176;line-height:1.5;overflow-wrap:anywhere}
.notes li::before{content:"";display:inline-block;width:10px;height:10px;border-radius:50%;
  background:#f3c554;margin-right:12px;vertical-align:middle}

.totals{display:flex;flex-wrap:wrap;gap:14px;margin:0 0 28px}
.chip{display:inline-block;color:var(--c);background:var(--bg);border:2px solid var(--c);
  border-radius:999px;font-size:24px;font-weight:700;line-height:1.3;padding:8px 20px;
  white-space:nowrap}
.totals .count{font-size:30px;margin-right:8px;font-variant-numeric:tabular-nums}

.rows li.row{display:grid;grid-template-columns:minmax(0,1fr) auto 196px;align-items:center;
  gap:28px;background:#fff;border-radius:16px;padding:26px 32px;margin-bottom:16px;
  border-left:10px solid var(--c)}
.rows.tasks li.row{grid-template-columns:minmax(0,1fr) 196px}
.row .name{font-size:30px;font-weight:700;line-height:1.35;overflow-wrap:anywhere}
.row .sub{font-size:22px;color:#566176;margin-top:6px;line-height:1.5}
.row .sub span+span::before{content:"·";margin:0 10px}
.row .figure{justify-content:flex-end;white-space:nowrap;flex-wrap:nowrap}
.row .value{font-size:54px;line-height:1.1}
.row .unit{font-size:28px}
.row .prefix,.row .suffix{font-size:24px}
.suffix{margin-left:2px}
.row .sub span{white-space:nowrap}
.row .state{display:flex;flex-direction:column;align-items:stretch;gap:8px}
.row .chip{text-align:center}
.row .detail{font-size:22px;font-weight:700;color:var(--c);text-align:center;line-height:1.3}
.more{font-size:24px;color:#566176;text-align:center;margin:8px 0 0}

.frameworks{display:grid;gap:24px}
.fw{background:#fff;border-radius:20px;padding:32px 36px 34px;border-left:10px solid #0b3a82}
.fw-head{display:flex;align-items:baseline;justify-content:space-between;gap:24px}
.fw h3{font-size:38px;color:#0b3a82;line-height:1.3;overflow-wrap:anywhere}
.fw .figure{flex:none}
.fw .value{font-size:64px;line-height:1}
.fw .unit{font-size:28px}
.fw-items{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:14px 28px;
  margin-top:22px;counter-reset:fw}
.fw-items li{counter-increment:fw;font-size:26px;line-height:1.4;display:flex;gap:14px;
  align-items:flex-start;overflow-wrap:anywhere;min-width:0}
.fw-items li::before{content:counter(fw);flex:none;width:40px;height:40px;border-radius:50%;
  background:#0b3a82;color:#fff;font-size:22px;font-weight:700;display:flex;
  align-items:center;justify-content:center;margin-top:-2px}
.tags-title{font-size:26px;font-weight:700;color:#566176;margin:32px 0 16px}
.tags{display:flex;flex-wrap:wrap;gap:14px}
.tags li{font-size:24px;color:#0b3a82;background:#fff;border:2px solid #b9cbe8;
  border-radius:999px;padding:6px 20px}

.foot{margin-top:72px;background:#0b3a82;color:rgba(255,255,255,.88);padding:44px 64px 52px;
  font-size:22px;line-height:1.7}
.foot .brand{font-size:28px;font-weight:700;color:#fff;margin-bottom:12px;letter-spacing:.08em}
.foot .brand span{color:#f3c554}
.foot p+p{margin-top:6px}
.foot .note{color:rgba(255,255,255,.7);margin-top:16px}
`;

/** The whole stylesheet. */
export function posterCss(): string {
  return `${BASE}\n${statusRules()}\n`;
}
