import { Parser } from 'htmlparser2';
import { LantuError } from '@lantu/core';

/**
 * Refuses HTML nested deeper than `maxDepth` before the block builder walks it (deep trees
 * make recursive walkers overflow the stack or take quadratic time). One linear SAX pass.
 */
export function checkHtmlDepth(html: string, fileName: string, maxDepth: number): void {
  let depth = 0;
  let tooDeep = false;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > maxDepth && !tooDeep) {
        tooDeep = true;
        parser.pause();
      }
    },
    onclosetag() {
      depth = Math.max(0, depth - 1);
    },
  });
  parser.end(html);
  if (tooDeep) {
    throw new LantuError(
      'FILE_TOO_COMPLEX',
      `${fileName}: 网页标签嵌套超过 ${maxDepth} 层，拒绝读取 / HTML nested deeper than ${maxDepth} elements`,
    );
  }
}
