/**
 * Streaming decoders for the PDF filters a stream's data can pass through before it is
 * deflated or after (PDF 32000-1 §7.4): each takes its input in chunks and hands its output
 * on in chunks, keeping only a few bytes (or LZW's 4,096-entry table) between them, so a
 * chain of filters can be bounded without ever holding a stream's decoded whole.
 */

/** Receives a stage's output. It may throw to stop the chain (a limit passed). */
export type Emit = (chunk: Uint8Array) => void;

export interface DecodeStage {
  /** Decodes `chunk`; `final` marks the last chunk of the stream. */
  push(chunk: Uint8Array, final: boolean): void;
}

/** Output collected in a small buffer and handed on when full (or at the end). */
class Output {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;
  constructor(private readonly emit: Emit) {}

  byte(value: number): void {
    if (this.length === this.buffer.byteLength) this.flush();
    this.buffer[this.length++] = value;
  }

  flush(): void {
    if (this.length === 0) return;
    this.emit(this.buffer.slice(0, this.length));
    this.length = 0;
  }
}

function isPdfWhiteSpace(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === 0x09 ||
    byte === 0x0c ||
    byte === 0x00
  );
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** ASCIIHexDecode: pairs of hex digits, white space ignored, `>` ends the data. */
export function asciiHexStage(emit: Emit): DecodeStage {
  const out = new Output(emit);
  let high = -1;
  let ended = false;
  return {
    push(chunk, final) {
      for (let i = 0; i < chunk.byteLength && !ended; i++) {
        const byte = chunk[i] ?? 0;
        if (byte === 0x3e) {
          ended = true;
          break;
        }
        const value = hexValue(byte);
        if (value < 0) {
          if (isPdfWhiteSpace(byte)) continue;
          throw new CorruptData('ASCIIHexDecode');
        }
        if (high < 0) high = value;
        else {
          out.byte((high << 4) | value);
          high = -1;
        }
      }
      // An odd last digit is followed by an implied 0.
      if ((final || ended) && high >= 0) {
        out.byte(high << 4);
        high = -1;
      }
      out.flush();
    },
  };
}

/** ASCII85Decode: five characters `!`…`u` per four bytes, `z` for four zeros, `~>` ends. */
export function ascii85Stage(emit: Emit): DecodeStage {
  const out = new Output(emit);
  const group: number[] = [];
  let ended = false;
  const write = (digits: readonly number[], bytes: number): void => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (digits[k] ?? 84);
    if (value > 0xffffffff) throw new CorruptData('ASCII85Decode');
    for (let k = 0; k < bytes; k++) out.byte((value >>> (24 - 8 * k)) & 0xff);
  };
  return {
    push(chunk, final) {
      for (let i = 0; i < chunk.byteLength && !ended; i++) {
        const byte = chunk[i] ?? 0;
        if (byte === 0x7e) {
          ended = true;
          break;
        }
        if (isPdfWhiteSpace(byte)) continue;
        if (byte === 0x7a && group.length === 0) {
          for (let k = 0; k < 4; k++) out.byte(0);
          continue;
        }
        if (byte < 0x21 || byte > 0x75) throw new CorruptData('ASCII85Decode');
        group.push(byte - 0x21);
        if (group.length === 5) {
          write(group, 4);
          group.length = 0;
        }
      }
      // A last group of n characters (2 ≤ n ≤ 4) gives n − 1 bytes.
      if ((final || ended) && group.length > 0) {
        if (group.length > 1) write(group, group.length - 1);
        group.length = 0;
      }
      out.flush();
    },
  };
}

/** RunLengthDecode: a length byte, then that many + 1 literal bytes, or one byte repeated. */
export function runLengthStage(emit: Emit): DecodeStage {
  const out = new Output(emit);
  let literal = 0; // literal bytes still to copy
  let repeat = 0; // the next byte is to be written this many times
  let ended = false;
  return {
    push(chunk) {
      for (let i = 0; i < chunk.byteLength && !ended; i++) {
        const byte = chunk[i] ?? 0;
        if (literal > 0) {
          out.byte(byte);
          literal--;
        } else if (repeat > 0) {
          for (let k = 0; k < repeat; k++) out.byte(byte);
          repeat = 0;
        } else if (byte === 128) ended = true;
        else if (byte < 128) literal = byte + 1;
        else repeat = 257 - byte;
      }
      out.flush();
    },
  };
}

/**
 * LZWDecode: 9–12-bit codes, most significant bit first; 256 clears the table, 257 ends;
 * with EarlyChange 1 (the default) codes widen one code early. Each table entry is its
 * prefix entry, its last byte and its length, so an entry is written out by walking back.
 */
export function lzwStage(emit: Emit, earlyChange = 1): DecodeStage {
  const out = new Output(emit);
  const prefix = new Int16Array(4096);
  const last = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const scratch = new Uint8Array(4096);
  for (let code = 0; code < 256; code++) {
    prefix[code] = -1;
    last[code] = code;
    lengths[code] = 1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let bits = 0;
  let ended = false;
  const firstByte = (code: number): number => {
    let at = code;
    while ((prefix[at] ?? -1) >= 0) at = prefix[at] ?? 0;
    return last[at] ?? 0;
  };
  const writeEntry = (code: number): void => {
    const length = lengths[code] ?? 0;
    let at = code;
    for (let k = length - 1; k >= 0; k--) {
      scratch[k] = last[at] ?? 0;
      at = prefix[at] ?? 0;
    }
    for (let k = 0; k < length; k++) out.byte(scratch[k] ?? 0);
  };
  return {
    push(chunk) {
      for (let i = 0; i < chunk.byteLength && !ended; i++) {
        buffer = ((buffer << 8) | (chunk[i] ?? 0)) & 0xffffff;
        bits += 8;
        while (bits >= width && !ended) {
          const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
          bits -= width;
          if (code === 256) {
            next = 258;
            width = 9;
            previous = -1;
            continue;
          }
          if (code === 257) {
            ended = true;
            break;
          }
          if (previous < 0) {
            if (code > 255) throw new CorruptData('LZWDecode');
            writeEntry(code);
          } else {
            if (code > next) throw new CorruptData('LZWDecode');
            const known = code < next;
            if (next < 4096) {
              // The new entry: the previous entry plus the first byte of this one.
              prefix[next] = previous;
              last[next] = known ? firstByte(code) : firstByte(previous);
              lengths[next] = (lengths[previous] ?? 0) + 1;
              next++;
            } else if (!known) throw new CorruptData('LZWDecode');
            writeEntry(code);
          }
          previous = code;
          if (next + earlyChange >= 1 << width && width < 12) width++;
        }
      }
      out.flush();
    },
  };
}

/** Data a decoder cannot read: counting ends there and pdf.js is left to judge the stream. */
export class CorruptData extends Error {
  constructor(filter: string) {
    super(`corrupt ${filter} data`);
    this.name = 'CorruptData';
  }
}
