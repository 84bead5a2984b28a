/**
 * The counted structures of the plans (“138”, 八个典范, 十大行动) as disclosure widgets,
 * grouped by document: the summary gives name and counts, the body lists the named parts,
 * and a part whose list is shorter or longer than its count is flagged (a reading gap or a
 * drafting slip).
 */
import type { DocumentFramework, Framework } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { frameworkMismatch, partCountMismatch } from '../status/framework-check.js';

function FrameworkEntry({
  documentId,
  framework,
}: {
  readonly documentId: string;
  readonly framework: Framework;
}) {
  const { t } = useI18n();
  const mismatch = frameworkMismatch(framework.parts);
  return (
    <li className="framework" data-mismatch={mismatch || undefined}>
      <details>
        <summary>
          <span className="framework-name" lang="zh-CN">
            {framework.name}
          </span>
          <span className="framework-counts">
            {/* A name's numerals without a counted noun (千万工程, 八八战略) are no quantity: never shown as digits. */}
            {framework.parts
              .filter((part) => part.label !== '')
              .map((part) => `${part.count}${part.label}`)
              .join(' · ')}
          </span>
          {mismatch ? <span className="flag">{t('frameworkMismatch')}</span> : null}
        </summary>
        <div className="framework-body">
          {framework.parts.map((part, index) => (
            <div key={index} className="framework-part">
              <p>
                {part.label === '' ? null : (
                  <strong>
                    {part.count}
                    {part.label}
                  </strong>
                )}
                {partCountMismatch(part) ? (
                  <span className="flag">
                    {t('frameworkMismatchDetail', { count: part.count, listed: part.items.length })}
                  </span>
                ) : null}
              </p>
              {part.items.length > 0 ? (
                <ol lang="zh-CN">
                  {part.items.map((name, i) => (
                    <li key={i}>{name}</li>
                  ))}
                </ol>
              ) : (
                <p className="muted">{t('frameworkNotListed')}</p>
              )}
            </div>
          ))}
          <p className="small">
            <a
              href={buildHash(['documents', documentId], {
                at: framework.start,
                end: framework.end,
              })}
            >
              {t('sourceOpenReader')}
            </a>
          </p>
        </div>
      </details>
    </li>
  );
}

export function FrameworkTree({
  frameworks,
}: {
  readonly frameworks: readonly DocumentFramework[];
}) {
  const { t } = useI18n();
  if (frameworks.length === 0) return <p className="muted">{t('frameworksEmpty')}</p>;
  const byDocument = new Map<string, { title: string; entries: Framework[] }>();
  for (const { document_id, document_title, framework } of frameworks) {
    const group = byDocument.get(document_id) ?? { title: document_title, entries: [] };
    group.entries.push(framework);
    byDocument.set(document_id, group);
  }
  return (
    <div className="framework-groups">
      {[...byDocument].map(([documentId, group]) => (
        <section key={documentId} className="framework-group" aria-label={group.title}>
          <h3 lang="zh-CN">
            {group.title} <span className="muted small">({group.entries.length})</span>
          </h3>
          <ul className="framework-list">
            {group.entries.map((framework) => (
              <FrameworkEntry key={framework.start} documentId={documentId} framework={framework} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
