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

export function decodeCacheStrings({ bytes, ends }: EncodedStrings): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    strings[i] = buffer.toString('utf8', start, end);
    start = end;
  }
  return strings;
}
