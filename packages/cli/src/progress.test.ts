import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

/** A stream that records what is written and claims to be (or not be) a terminal. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  Object.assign(stream, { isTTY, columns: 80, rows: 24 });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('createProgress', () => {
  it('writes only logged lines when the stream is not a terminal', () => {
    const { stream, text } = fakeStream(false);
    const progress = createProgress(stream, 5);
    progress.log('lantu: a.txt: failed');
    progress.tick('a.txt');
    progress.stop();
    expect(text()).toBe('lantu: a.txt: failed\n');
  });

  it('draws no bar for a single file even on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const progress = createProgress(stream, 1);
    progress.tick('a.txt');
    progress.stop();
    expect(text()).toBe('');
  });

  it('draws a bar for several files on a terminal and keeps logged lines', () => {
    const { stream, text } = fakeStream(true);
    const progress = createProgress(stream, 3);
    progress.tick('a.txt');
    progress.log('lantu: b.txt: failed');
    progress.tick('b.txt');
    progress.stop();
    expect(text()).toContain('/3');
    expect(text()).toContain('lantu: b.txt: failed\n');
  });
});
