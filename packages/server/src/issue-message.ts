import type { z } from '@hono/zod-openapi';
import type { Language } from './request-language.js';

type Issue = z.core.$ZodIssue;

/** Field names people know, for the Chinese message (the path still names the field). */
const FIELD_ZH: Readonly<Record<string, string>> = {
  metric: '指标名称',
  unit: '单位',
  base_unit: '基准单位',
  scope: '范围',
  period: '期间',
  limit: '每页条数',
  offset: '跳过条数',
  q: '搜索词',
  year: '年份',
  status: '状态',
  kind: '类别',
  title: '标题',
  name: '名称',
  body: '正文',
  reason: '理由',
  note: '备注',
  progress: '进展',
  problems: '问题',
  next_steps: '下一步',
  document: '文件',
  jurisdiction: '地区',
  indicator: '指标',
};

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '对象',
  array: '列表',
};

/** Zod's own English messages start so; a schema's custom message (often Chinese) does not. */
const ZOD_DEFAULT = /^(Too big|Too small|Invalid|Unrecognized key)/u;

/**
 * What is wrong with one value, in the person's language: zod's own English message for
 * English, a short Chinese sentence for Chinese. A schema's own message is kept as is.
 */
export function issueMessage(issue: Issue, language: Language): string {
  if (language === 'en' || !ZOD_DEFAULT.test(issue.message)) return issue.message;
  const field = FIELD_ZH[String(issue.path.at(-1) ?? '')];
  const subject = field === undefined ? '' : field;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `${subject}太长：最多 ${String(issue.maximum)} 个字`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `${subject}太多：最多 ${String(issue.maximum)} 项`
          : `${subject}太大：不能超过 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `${subject}不能为空`
          : `${subject}太短：至少 ${String(issue.minimum)} 个字`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `${subject}太少：至少 ${String(issue.minimum)} 项`
          : `${subject}太小：不能小于 ${String(issue.minimum)}`;
    case 'invalid_type':
      return /received undefined$/u.test(issue.message)
        ? `缺少${subject}`
        : `${subject}应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${subject}应为以下之一：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return `${subject}格式不对`;
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return `${subject}不符合要求`;
  }
}
