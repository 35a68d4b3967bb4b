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

/** In the Latin-1 reading of UTF-8 bytes, any byte of a non-ASCII character shows as U+0080-U+00FF. */
const NON_ASCII = /[\u0080-\u00ff]/;

/**
 * Nearly every string is ASCII, whose UTF-8 bytes are its characters: one Latin-1 decode of the whole
 * block (a plain copy) gives those as slices, and only the few others are decoded as UTF-8. Decoding
 * tens of thousands of byte ranges one by one, or the whole block as UTF-8 (which makes every slice a
 * two-byte string once the block has one non-Latin-1 character), took several times longer.
 */
export function decodeCacheStrings({ bytes, ends }: EncodedStrings): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = buffer.toString('latin1');
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    const piece = latin1.slice(start, end);
    strings[i] = NON_ASCII.test(piece) ? buffer.toString('utf8', start, end) : piece;
    start = end;
  }
  return strings;
}
