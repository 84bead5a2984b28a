import { hash, verify } from '@node-rs/argon2';
import type { DialectName, Database } from '@lantu/store';
import { APIError } from 'better-auth/api';
import type { BetterAuthOptions } from 'better-auth';
import type { Kysely } from 'kysely';
import { isTruthyFlag } from './user-row.js';

/** How the server reaches accounts: its public address, secret and sign-in limits. */
export interface AccountsOptions {
  /** The address people open (`https://lantu.example.gov.cn`); cookies and redirects use it. */
  readonly baseUrl: string;
  /** Signs session cookies; at least 32 characters, the same on every instance. */
  readonly secret: string;
  /** Other origins (besides baseUrl's) whose pages may send writes, e.g. a dev server. */
  readonly trustedOrigins?: readonly string[];
  /** Send cookies only over HTTPS. @default true when baseUrl is https */
  readonly secureCookies?: boolean;
  /** Sign-in attempts allowed per client address within `windowSeconds`. @default 5 in 60 s */
  readonly signInLimit?: { readonly max: number; readonly windowSeconds: number };
  /**
   * The request header that carries the client's address (the server sets it from the
   * socket, or from a trusted proxy's X-Forwarded-For). @default x-lantu-client-ip
   */
  readonly clientIpHeader?: string;
}

export const DEFAULT_SIGN_IN_LIMIT = { max: 5, windowSeconds: 60 } as const;
export const CLIENT_IP_HEADER = 'x-lantu-client-ip';
/** The path better-auth's own endpoints are served under. */
export const AUTH_BASE_PATH = '/api/auth';
/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 8;
/** Sessions last a working week and are extended while used. */
const SESSION_DAYS = 7;

/** Snake-case columns for better-auth's camel-case fields (migration 0010). */
const TIMES = { createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/**
 * better-auth over the store's own Kysely connection: the tables of migration 0010,
 * argon2id password hashes (@node-rs/argon2), HttpOnly SameSite=Lax cookies, no public
 * sign-up (an admin creates accounts), database-backed sign-in rate limits so every
 * instance counts together, and disabled users refused a session.
 */
export function authOptions(
  db: Kysely<Database>,
  dialect: DialectName,
  options: AccountsOptions,
): BetterAuthOptions {
  const limit = options.signInLimit ?? DEFAULT_SIGN_IN_LIMIT;
  const baseUrl = new URL(options.baseUrl);
  return {
    appName: 'Lantu 蓝图',
    baseURL: baseUrl.origin,
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    trustedOrigins: [baseUrl.origin, ...(options.trustedOrigins ?? [])],
    database: { db, type: dialect },
    telemetry: { enabled: false },
    // Wrong passwords are expected traffic, not warnings; real failures still log.
    logger: { level: 'error' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      password: {
        hash: (password) => hash(password),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    user: {
      modelName: 'users',
      fields: { emailVerified: 'email_verified', ...TIMES },
      additionalFields: {
        role: { type: 'string', required: true, input: false, fieldName: 'role' },
        unitId: { type: 'string', required: false, input: false, fieldName: 'unit_id' },
        disabled: {
          type: 'boolean',
          required: false,
          defaultValue: false,
          input: false,
          fieldName: 'disabled',
        },
        mustChangePassword: {
          type: 'boolean',
          required: false,
          defaultValue: false,
          input: false,
          fieldName: 'must_change_password',
        },
      },
    },
    session: {
      modelName: 'sessions',
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      fields: {
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        userId: 'user_id',
        ...TIMES,
      },
    },
    account: {
      modelName: 'accounts',
      fields: {
        accountId: 'account_id',
        providerId: 'provider_id',
        userId: 'user_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...TIMES,
      },
    },
    verification: {
      modelName: 'verifications',
      fields: { expiresAt: 'expires_at', ...TIMES },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rate_limits',
      fields: { lastRequest: 'last_request' },
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/*': { window: limit.windowSeconds, max: limit.max },
        '/change-password': { window: limit.windowSeconds, max: limit.max },
      },
    },
    advanced: {
      cookiePrefix: 'lantu',
      useSecureCookies: options.secureCookies ?? baseUrl.protocol === 'https:',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [options.clientIpHeader ?? CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no session, whatever the password.
          async before(session) {
            const user = await db
              .selectFrom('users')
              .select('disabled')
              .where('id', '=', session.userId)
              .executeTakeFirst();
            if (user === undefined || isTruthyFlag(user.disabled)) {
              throw new APIError('FORBIDDEN', { message: ACCOUNT_DISABLED, code: 'DISABLED' });
            }
          },
        },
      },
    },
  };
}

export const ACCOUNT_DISABLED = '该账号已停用，请联系管理员';
