import { LantuError } from '@lantu/core';

/** Chromium pages (or office conversions) at once, by default. */
export const DEFAULT_RENDER_SLOTS = 2;
/** Renders that may wait for a slot, by default; the next one is turned away. */
export const DEFAULT_RENDER_QUEUE = 8;

/**
 * A render refused because every slot is busy and the wait queue is full: 503 with
 * Retry-After (the error handler answers it), so a client tries again instead of piling up.
 */
export class RenderBusyError extends LantuError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, message = renderBusyMessage(retryAfterSeconds)) {
    super('RATE_LIMITED', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function renderBusyMessage(seconds: number): string {
  return `正在生成的图片和报告太多，请 ${seconds} 秒后再试 (too many renders at once; retry in ${seconds} s)`;
}

export function isRenderBusy(error: unknown): error is RenderBusyError {
  return error instanceof RenderBusyError;
}

export interface RenderGateOptions {
  /** Renders running at once: the number of Chromium pages open for rendering. */
  readonly slots?: number;
  /** Renders waiting for a slot; beyond that a render is refused (RenderBusyError). */
  readonly queue?: number;
  /** What Retry-After tells a refused client. */
  readonly retryAfterSeconds?: number;
  /** What a refused client is told, in both languages (default: about renders). */
  readonly busyMessage?: (retryAfterSeconds: number) => string;
}

/**
 * The one queue every poster, wall chart and report goes through: at most `slots` run at
 * once, at most `queue` wait (first come, first served), the rest are refused at once.
 * Memory and CPU spent on rendering are thereby bounded whatever the number of requests.
 */
export class RenderGate {
  readonly #slots: number;
  readonly #queue: number;
  readonly #retryAfter: number;
  readonly #busyMessage: (retryAfterSeconds: number) => string;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: RenderGateOptions = {}) {
    this.#slots = Math.max(1, options.slots ?? DEFAULT_RENDER_SLOTS);
    this.#queue = Math.max(0, options.queue ?? DEFAULT_RENDER_QUEUE);
    this.#retryAfter = options.retryAfterSeconds ?? 5;
    this.#busyMessage = options.busyMessage ?? renderBusyMessage;
  }

  /** Renders running and waiting now. */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  /** Runs `render` when a slot is free; RenderBusyError when the wait queue is full. */
  async run<T>(render: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await render();
    } finally {
      release();
    }
  }

  /**
   * A slot, for work that outlives one promise (a download streamed after its answer has
   * begun): the returned function frees it, once, when the work ends however it ends.
   * RenderBusyError when the wait queue is full.
   */
  async acquire(): Promise<() => void> {
    if (this.#running >= this.#slots) {
      if (this.#waiting.length >= this.#queue) {
        throw new RenderBusyError(this.#retryAfter, this.#busyMessage(this.#retryAfter));
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter; only when none waits is it freed.
      if (next === undefined) this.#running -= 1;
      else next();
    };
  }
}
