/** 规划评估: every plan with its period and documents, each opening its review. */
import { api } from '../api/endpoints.js';
import { AsyncView } from '../components/async-view.js';
import { useApi } from '../hooks/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ROLE_MESSAGES } from '../plans/plan-words.js';
import { buildHash } from '../router/hash-route.js';

export function PlansPage() {
  const { t } = useI18n();
  const plans = useApi('plans', (signal) => api.plans(signal));
  return (
    <>
      <h1>{t('plansTitle')}</h1>
      <p className="muted">{t('plansIntro')}</p>
      <AsyncView resource={plans}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('plansEmpty')}</p>
          ) : (
            <ul className="plan-list">
              {list.map((plan) => (
                <li key={plan.id} className="plan-card">
                  <h2>
                    <a href={buildHash(['plans', plan.id])} lang="zh-CN">
                      {plan.name}
                    </a>
                  </h2>
                  <p>{t('planPeriod', { start: plan.start_year, end: plan.end_year })}</p>
                  <p className="muted">
                    {t('planDocuments')}：
                    {plan.documents.map((doc, i) => (
                      <span key={doc.id}>
                        {i > 0 ? '、' : ''}
                        <a href={buildHash(['documents', doc.id])} lang="zh-CN">
                          {doc.title}
                        </a>
                        （{t(ROLE_MESSAGES[doc.role])}）
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </>
  );
}
