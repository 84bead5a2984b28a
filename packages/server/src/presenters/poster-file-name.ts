/**
 * The file name of a downloaded poster: the document's title, so ten downloads are not ten
 * `poster.png`s (一图读懂2026义乌市政府工作报告-一图读懂.png; English: …-poster-en.png).
 */
export function posterFileName(title: string, format: 'png' | 'pdf', lang: 'zh' | 'en'): string {
  const safe =
    [...title]
      .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .trim()
      .slice(0, 80) || 'lantu';
  const suffix = lang === 'en' ? 'poster-en' : '一图读懂';
  const name = safe.includes('一图读懂') && lang === 'zh' ? safe : `${safe}-${suffix}`;
  return `${name}.${format}`;
}
