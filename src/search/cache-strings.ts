/**
 * Lists of strings as one UTF-8 block plus end offsets: written, read and sent between threads as two
 * typed arrays instead of one object per string.
 */
export interface EncodedStrings {
  bytes: Uint8Array;
  /** Byte offset where each string ends; string i starts where i - 1 ends. */
  ends: Uint32Array;
}

export function encodeCacheStrings(strings: readonly string[]): EncodedStrings {
  let total = 0;
  for (const value of strings) total += Buffer.byteLength(value, 'utf8');
  // Its own ArrayBuffer, not a slice of Buffer's shared pool, so that it can be transferred.
  const buffer = Buffer.allocUnsafeSlow(total);
  const ends = new Uint32Array(strings.length);
  let offset = 0;
  strings.forEach((value, i) => {
    offset += buffer.write(value, offset, 'utf8');
    ends[i] = offset;
  });
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), ends };
}

/**
 * Every string, from one decode of the whole block cut at the ends' character positions: a decode per
 * string costs a call into C++ each, most of the time for tens of thousands of short ones.
 */
export function decodeCacheStrings({ bytes, ends }: EncodedStrings): string[] {
  const block = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const strings = new Array<string>(ends.length);
  let byte = 0;
  let unit = 0;
  for (let i = 0; i < ends.length; i++) {
    const start = unit;
    // Each string was encoded on its own, so its bytes are whole characters: every byte but a continuation
    // byte starts one, and a four-byte character is two UTF-16 units.
    for (const end = ends[i]!; byte < end; byte++) {
      const value = bytes[byte]!;
      if ((value & 0xc0) !== 0x80) unit += value >= 0xf0 ? 2 : 1;
    }
    strings[i] = block.slice(start, unit);
  }
  return strings;
}

/** Strings decoded one at a time, on first use, and kept: a warm start reads few of a cache's texts. */
export class LazyCacheStrings {
  readonly #buffer: Buffer;
  readonly #ends: Uint32Array;
  readonly #decoded: (string | undefined)[];

  constructor({ bytes, ends }: EncodedStrings) {
    this.#buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#ends = ends;
    this.#decoded = new Array<string | undefined>(ends.length);
  }

  get length(): number {
    return this.#ends.length;
  }

  at(i: number): string {
    let value = this.#decoded[i];
    if (value === undefined) {
      if (!(i >= 0 && i < this.#ends.length)) throw new RangeError(`no string ${i} of ${this.#ends.length}`);
      value = this.#decoded[i] = this.#buffer.toString('utf8', i === 0 ? 0 : this.#ends[i - 1], this.#ends[i]);
    }
    return value;
  }
}
