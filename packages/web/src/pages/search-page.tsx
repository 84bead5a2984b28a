/** 搜索: substring search over documents and read items (Chinese works: no word splitting needed). */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/endpoints.js';
import type { SearchHit } from '../api/types.js';
import { AsyncView } from '../components/async-view.js';
import { useApi } from '../hooks/use-api.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { useLatest } from '../hooks/use-latest.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { splitMatches } from '../search/split-matches.js';
import { inlineText } from '../format/inline-text.js';
import { formatYear } from '../format/date.js';
import { StatusBadge } from '../components/status-badge.js';
import { isStatusCode } from '../status/status-meta.js';

function hitLink(hit: SearchHit): string {
  return hit.item_id
    ? buildHash(['documents', hit.document_id], { item: hit.item_id })
    : buildHash(['documents', hit.document_id], { at: hit.start, end: hit.end });
}

function Results({ hits, query }: { readonly hits: readonly SearchHit[]; readonly query: string }) {
  const { t, lang } = useI18n();
  if (hits.length === 0) return <p className="muted">{t('searchEmpty')}</p>;
  return (
    <>
      <p role="status">{t('searchResults', { count: hits.length })}</p>
      <ol className="search-results">
        {hits.map((hit, index) => (
          <li
            key={`${hit.document_id}:${hit.item_id ?? ''}:${hit.start}:${index}`}
            data-hit-type={hit.type}
          >
            <a href={hitLink(hit)}>
              <span className={`hit-type hit-${hit.type}`}>
                {hit.type === 'item' ? t('searchTypeItem') : t('searchTypeDocument')}
              </span>
              <span className="hit-title" lang="zh-CN">
                {hit.document_title}
              </span>
            </a>
            {hit.type === 'item' && (isStatusCode(hit.status) || hit.deadline) ? (
              <span className="hit-status">
                {isStatusCode(hit.status) ? <StatusBadge status={hit.status} /> : null}
                {hit.deadline ? (
                  <span className="muted small">
                    {' '}
                    {t('deadline')} {formatYear(hit.deadline, lang)}
                  </span>
                ) : null}
              </span>
            ) : null}
            <p className="hit-snippet" lang="zh-CN">
              {splitMatches(inlineText(hit.snippet), query).map((piece, i) =>
                piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function SearchPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useI18n();
  const query = params.get('q')?.trim() ?? '';
  const [text, setText] = useState(query);
  const debounced = useDebounced(text.trim(), 300);

  // `query` follows the URL this effect writes; reacting to its changes would undo typing.
  const queryRef = useLatest(query);
  useEffect(() => {
    if (debounced !== queryRef.current)
      navigate(buildHash(['search'], { q: debounced }), { replace: true });
  }, [debounced, queryRef]);

  const hits = useApi(query === '' ? null : `search:${query}`, (signal) =>
    api.search(query, signal),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(buildHash(['search'], { q: text.trim() }), { replace: true });
  };

  return (
    <>
      <h1>{t('searchTitle')}</h1>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-q">{t('searchLabel')}</label>
        <div className="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={text}
            placeholder={t('searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('searchButton')}</button>
        </div>
      </form>
      {query === '' ? null : (
        <AsyncView resource={hits}>{(data) => <Results hits={data} query={query} />}</AsyncView>
      )}
    </>
  );
}
