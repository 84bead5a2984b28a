import { MultiBar, Presets } from 'cli-progress';
import type { Progress, Writer } from './io.js';

/** Progress that draws nothing: `log` still prints, everything else is a no-op. */
export function plainProgress(stderr: Writer): Progress {
  return {
    tick: () => undefined,
    log: (line) => void stderr.write(`${line}\n`),
    stop: () => undefined,
  };
}

/**
 * A progress bar on `stream` for a batch of `total` files. Drawn only when the
 * stream is a terminal and there is more than one file: a bar for one file is
 * noise, and in a pipe or log file its control codes are garbage.
 */
export function createProgress(stream: NodeJS.WriteStream, total: number): Progress {
  if (stream.isTTY !== true || total < 2) return plainProgress(stream);
  // MultiBar rather than SingleBar for its log(), which prints above the bar
  // instead of through it; SingleBar would also restore the cursor over logged lines.
  const bars = new MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total} {file}',
      clearOnComplete: true,
      hideCursor: true,
      autopadding: true,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  return {
    tick: (label) => bar.increment(1, { file: label }),
    log: (line) => bars.log(`${line}\n`),
    stop: () => {
      // update() flushes lines logged since the last redraw; stop() alone drops them.
      bars.update();
      bars.stop();
    },
  };
}
