const CJK_OR_DIGIT = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef0-9.%]';
const INNER_SPACE = new RegExp(`(?<=${CJK_OR_DIGIT})\\s+(?=${CJK_OR_DIGIT})`, 'gu');

/**
 * A source sentence as a report prints it: newspaper line breaks and the spaces typeset
 * around numbers (`达到 2000 亿元`) removed between Chinese characters and digits, while a
 * space between Latin words stays. Offsets are not needed here: the sentence is quoted.
 */
export function readableSentence(text: string): string {
  return text
    .replace(/\s*\n\s*/gu, (match, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + match.length] ?? '';
      return /[A-Za-z]/u.test(before) && /[A-Za-z]/u.test(after) ? ' ' : '';
    })
    .replace(INNER_SPACE, '')
    .trim();
}
