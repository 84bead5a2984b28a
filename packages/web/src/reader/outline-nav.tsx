/** The document's outline beside the text; each heading scrolls the text to itself. */
import { useMemo } from 'react';
import type { OutlineEntry } from '../api/types.js';
import { softBreaks, wholeHeading } from './display-marks.js';
import { useI18n } from '../i18n/i18n-context.js';
import { outlineAnchorId } from './document-text.js';

function scrollTo(index: number) {
  const anchor = document.getElementById(outlineAnchorId(index));
  anchor?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function OutlineNav({
  outline,
  text = '',
}: {
  readonly outline: readonly OutlineEntry[];
  /** The document's text: headings cut by a print's line break are shown whole. */
  readonly text?: string;
}) {
  const { t } = useI18n();
  const breaks = useMemo(() => softBreaks(text), [text]);
  if (outline.length === 0) return null;
  const minLevel = Math.min(...outline.map((entry) => entry.level));
  return (
    <nav className="outline" aria-label={t('readerOutline')}>
      <details open>
        <summary>{t('readerOutline')}</summary>
        <ol lang="zh-CN">
          {outline.map((entry, index) => (
            <li key={index} style={{ paddingInlineStart: `${(entry.level - minLevel) * 0.9}rem` }}>
              <button
                type="button"
                className="link-button outline-link"
                onClick={() => scrollTo(index)}
              >
                {entry.label ? <span className="outline-label">{entry.label}</span> : null}
                {wholeHeading(text, entry, breaks)}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
