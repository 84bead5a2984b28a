/** Shows its children to signed-in users; visitors get a sign-in link. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { useSession } from '../session/session-context.js';
import type { Role } from '../session/session-types.js';
import { wordsFor } from './words.js';

export function SignedInGate({
  title,
  roles,
  children,
}: {
  readonly title: string;
  readonly roles?: readonly Role[];
  readonly children: ReactNode;
}) {
  const { lang } = useI18n();
  const session = useSession();
  if (session.user === undefined) return <h1>{title}</h1>;
  if (session.user === null || (roles !== undefined && !roles.includes(session.user.role))) {
    return (
      <>
        <h1>{title}</h1>
        <p>
          {session.user === null ? (
            <a href={buildHash(['sign-in'])}>{wordsFor(lang).signInFirst}</a>
          ) : (
            wordsFor(lang).notForRole
          )}
        </p>
      </>
    );
  }
  return children;
}
