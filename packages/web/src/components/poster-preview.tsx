/**
 * The poster preview: the 1080 px poster drawn at its own width and scaled down to fit the
 * screen (a phone sees the whole title, not its first 390 px), with a spinner while the
 * server renders it.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import '../newcomer.css';

const POSTER_WIDTH = 1080;

export function PosterPreview({ src, title }: { readonly src: string; readonly title: string }) {
  const { t } = useI18n();
  const wrap = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [loaded, setLoaded] = useState(false);
  const [loadedSrc, setLoadedSrc] = useState(src);
  if (loadedSrc !== src) {
    setLoadedSrc(src);
    setLoaded(false);
  }
  useEffect(() => {
    const element = wrap.current;
    if (!element) return undefined;
    const fit = () => setScale(Math.min(1, element.clientWidth / POSTER_WIDTH));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const height = 0.8 * (typeof window === 'undefined' ? 800 : window.innerHeight);
  return (
    <div ref={wrap} className="poster-preview" style={{ height }} aria-busy={!loaded}>
      {loaded ? null : (
        <p className="poster-spinner" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('posterRendering')}
        </p>
      )}
      <iframe
        key={src}
        className="poster-frame"
        title={title}
        src={src}
        onLoad={() => setLoaded(true)}
        style={{
          width: POSTER_WIDTH,
          height: height / scale,
          transform: `scale(${scale})`,
        }}
      />
    </div>
  );
}
