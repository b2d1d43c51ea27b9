// How long a link's LZ-compressed value (lz-string, URI-safe alphabet) would be once expanded, found without
// expanding it: the decoder's steps are followed with lengths instead of strings, and it stops past a limit.
// A few thousand characters can expand to millions, so the codec checks this before it decompresses.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * The length of LZString.decompressFromEncodedURIComponent(input); 'tooLong' as soon as it would exceed
 * `limit`; null when it cannot be decompressed.
 */
export function lzExpandedLength(encoded: string, limit: number): number | 'tooLong' | null {
  const input = encoded.replace(/ /g, '+');
  if (input === '') return null;
  const next = (index: number): number => VALUE.get(input.charAt(index)) ?? 0;
  let val = next(0);
  let position = 32;
  let index = 1;
  const read = (bits: number): number => {
    let out = 0;
    for (let power = 1, n = 0; n < bits; n++, power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = next(index++);
      }
      if (bit > 0) out |= power;
    }
    return out;
  };
  const lengths: number[] = [0, 0, 0];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return 0;
  if (first !== 0 && first !== 1) return null;
  read(first === 0 ? 8 : 16);
  lengths[3] = 1;
  let w = 1;
  let total = 1;
  for (;;) {
    if (index > input.length) return null;
    let c = read(numBits);
    if (c === 0 || c === 1) {
      read(c === 0 ? 8 : 16);
      lengths[dictSize++] = 1;
      c = dictSize - 1;
      enlargeIn--;
    } else if (c === 2) {
      return total;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: number;
    const known = lengths[c];
    if (known !== undefined && c >= 3) entry = known;
    else if (c === dictSize) entry = w + 1;
    else return null;
    total += entry;
    if (total > limit) return 'tooLong';
    lengths[dictSize++] = w + 1;
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
