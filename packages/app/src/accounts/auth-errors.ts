import { LantuError } from '@lantu/core';

/** better-auth's error body: `{ code, message }`. */
async function authErrorCode(response: Response): Promise<string> {
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : '';
  } catch {
    return '';
  }
}

/**
 * Turns a refused better-auth answer into a LantuError with a message people can act on
 * (zh-CN; the web app shows English for the same codes). Never says whether an e-mail
 * address has an account.
 */
export async function authFailure(response: Response, what: 'sign-in' | 'password') {
  const code = await authErrorCode(response);
  switch (response.status) {
    case 429: {
      const seconds = Number(response.headers.get('x-retry-after') ?? '60');
      return new LantuError(
        'RATE_LIMITED',
        `尝试次数过多，请 ${Number.isFinite(seconds) && seconds > 0 ? seconds : 60} 秒后再试`,
      );
    }
    case 403:
      return new LantuError('FORBIDDEN', '该账号已停用，请联系管理员');
    case 401:
      return what === 'sign-in'
        ? new LantuError('UNAUTHENTICATED', '邮箱或密码不正确')
        : new LantuError('UNAUTHENTICATED', '请先登录');
    case 400:
      if (code === 'INVALID_PASSWORD') return new LantuError('INPUT_INVALID', '当前密码不正确');
      if (code === 'PASSWORD_TOO_SHORT') {
        return new LantuError('INPUT_INVALID', '新密码太短：至少 8 个字符');
      }
      if (code === 'PASSWORD_TOO_LONG') return new LantuError('INPUT_INVALID', '新密码太长');
      return what === 'sign-in'
        ? new LantuError('UNAUTHENTICATED', '邮箱或密码不正确')
        : new LantuError('INPUT_INVALID', '密码无效');
    default:
      return new LantuError('INTERNAL', `authentication answered ${response.status} ${code}`);
  }
}
