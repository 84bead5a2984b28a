import { z } from '@hono/zod-openapi';
import { ROLES } from '@lantu/core';
import { listEnum } from './closed-enum.js';

export const roleSchema = listEnum(ROLES).openapi({
  description: 'reviewer (发改局), reporter (a department), supervisor (督查室), admin.',
});

/** A user as the user and admins see it (never a password or its hash). */
export const userAccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    unit_id: z.string().nullable(),
    unit_name: z.string().nullable(),
    disabled: z.boolean(),
    must_change_password: z
      .boolean()
      .openapi({ description: 'Signed in with a one-time password: must choose a new one.' }),
    created_at: z.string(),
  })
  .openapi('UserAccount');

/** What the public portal shows (LANTU_UNREVIEWED). */
export const portalSchema = z
  .object({
    unreviewed: z
      .enum(['mark', 'hide'])
      .openapi({ description: 'Unreviewed items: marked 未经审核, or hidden from visitors.' }),
  })
  .openapi('Portal');

/** `GET /api/session`: the signed-in user (or null) and the portal's settings. */
export const sessionSchema = z
  .object({ user: userAccountSchema.nullable(), portal: portalSchema.optional() })
  .openapi('Session');

const emailSchema = z
  .string({ message: '请输入邮箱' })
  .trim()
  .min(3, { message: '请输入邮箱' })
  .max(254)
  .openapi({ example: 'reviewer@example.gov.cn' });

const passwordSchema = z
  .string({ message: '请输入密码' })
  .min(1, { message: '请输入密码' })
  .max(200, { message: '密码太长' });

export const signInBodySchema = z
  .object({ email: emailSchema, password: passwordSchema })
  .openapi('SignIn');

export const changePasswordBodySchema = z
  .object({
    current_password: passwordSchema,
    new_password: z
      .string()
      .min(8, { message: '新密码至少 8 个字符' })
      .max(200, { message: '密码太长' }),
  })
  .openapi('ChangePassword');

const nameSchema = z.string().trim().min(1, { message: '姓名不能为空' }).max(100);

export const newUserBodySchema = z
  .strictObject({
    email: emailSchema,
    name: nameSchema,
    role: roleSchema,
    unit_id: z.string().min(1).max(100).nullable().optional(),
  })
  .openapi('NewUser');

export const userChangeBodySchema = z
  .strictObject({
    name: nameSchema,
    role: roleSchema,
    unit_id: z.string().min(1).max(100).nullable(),
    disabled: z.boolean().openapi({ description: 'A disabled user is signed out everywhere.' }),
  })
  .partial()
  .refine((change) => Object.keys(change).length > 0, { message: '没有要修改的内容' })
  .openapi('UserChange');

/** A created or reset account with the one-time password to hand over (shown once). */
export const oneTimePasswordSchema = z
  .object({
    user: userAccountSchema,
    one_time_password: z
      .string()
      .openapi({ description: 'Shown once; the user must change it at the first sign-in.' }),
  })
  .openapi('OneTimePassword');
