/** 原文: the stored documents, each opening the reader. */
import { api } from '../api/endpoints.js';
import { AsyncView } from '../components/async-view.js';
import { formatDocumentDate } from '../format/document-date.js';
import { formatNumber } from '../format/number.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { documentKindLabel } from './document-kind.js';

export function DocumentsPage() {
  const { t, lang } = useI18n();
  const documents = useApi('documents', (signal) => api.documents(signal));
  return (
    <>
      <h1>{t('documentsListTitle')}</h1>
      <AsyncView resource={documents}>
        {(list) => (
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">{t('filterDocument')}</th>
                <th scope="col">{t('documentKind')}</th>
                <th scope="col">{t('documentDate')}</th>
                <th scope="col">{t('documentChars')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((doc) => (
                <tr key={doc.id}>
                  <td data-label={t('filterDocument')}>
                    <a href={buildHash(['documents', doc.id])} lang="zh-CN">
                      {doc.title}
                    </a>
                  </td>
                  <td data-label={t('documentKind')}>{documentKindLabel(doc.kind, lang)}</td>
                  <td data-label={t('documentDate')}>{formatDocumentDate(doc.date, lang)}</td>
                  <td data-label={t('documentChars')}>{formatNumber(doc.chars, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncView>
    </>
  );
}
