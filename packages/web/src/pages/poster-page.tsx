/** 一图读懂: the server's poster of one document, previewed in a frame, with PNG and PDF downloads. */
import { useId } from 'react';
import { api, posterUrl } from '../api/endpoints.js';
import type { DocumentSummary } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { PosterPreview } from '../components/poster-preview.js';

/** The name the browser saves a download under: the document's title, not poster.png. */
function posterDownloadName(title: string, format: 'png' | 'pdf', lang: 'zh' | 'en'): string {
  const safe = title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80);
  if (lang === 'en') return `${safe}-poster-en.${format}`;
  return `${safe.includes('一图读懂') ? safe : `${safe}-一图读懂`}.${format}`;
}

function Poster({
  documents,
  chosen,
}: {
  readonly documents: readonly DocumentSummary[];
  readonly chosen: string | null;
}) {
  const { t, lang } = useI18n();
  const selectId = useId();
  // Default to the newest document: the latest work report is what a poster is made for.
  const newest = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  const current = documents.find((doc) => doc.id === chosen) ?? newest;
  if (!current) return <p className="muted">{t('none')}</p>;
  return (
    <>
      <div className="poster-bar">
        <label htmlFor={selectId}>{t('posterDocument')}</label>
        <select
          id={selectId}
          name="document"
          value={current.id}
          onChange={(event) =>
            navigate(buildHash(['poster'], { document: event.target.value }), { replace: true })
          }
        >
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
            </option>
          ))}
        </select>
        <a
          className="button-link"
          href={posterUrl(current.id, 'png', lang)}
          download={posterDownloadName(current.title, 'png', lang)}
        >
          {t('posterDownloadPng')}
        </a>
        <a
          className="button-link"
          href={posterUrl(current.id, 'pdf', lang)}
          download={posterDownloadName(current.title, 'pdf', lang)}
        >
          {t('posterDownloadPdf')}
        </a>
      </div>
      <p className="muted small">{t('posterHint')}</p>
      <PosterPreview
        title={`${t('posterPreview')}${t('colon')}${current.title}`}
        src={posterUrl(current.id, 'html', lang)}
      />
    </>
  );
}

export function PosterPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useI18n();
  const documents = useApi('documents', (signal) => api.documents(signal));
  return (
    <>
      <h1>{t('posterTitle')}</h1>
      <AsyncView resource={documents}>
        {(list) => <Poster documents={list} chosen={params.get('document')} />}
      </AsyncView>
    </>
  );
}
