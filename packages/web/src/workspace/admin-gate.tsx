/** Shows its children to admins only; others get a sentence and a sign-in link. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { useSession } from '../session/session-context.js';

export function AdminGate({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const session = useSession();
  if (session.user === undefined) return <h1>{title}</h1>;
  if (session.user === null || session.user.role !== 'admin') {
    return (
      <>
        <h1>{title}</h1>
        <p>
          {session.user === null ? (
            <a href={buildHash(['sign-in'])}>{t('signInRequired')}</a>
          ) : (
            t('adminOnly')
          )}
        </p>
      </>
    );
  }
  return children;
}
