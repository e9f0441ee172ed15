/**
 * The part of CBOR (RFC 8949) that WebAuthn's attestation objects and COSE keys use: unsigned and
 * negative integers, byte and text strings, arrays, maps, and the simple values, all of definite length.
 * Anything else, or a length past the data, throws: the caller answers as Cognito does for a credential
 * it cannot read.
 */
export type Cbor =
  | number
  | bigint
  | Uint8Array
  | string
  | Cbor[]
  | Map<Cbor, Cbor>
  | boolean
  | null
  | undefined;

export function decodeCbor(bytes: Uint8Array): { value: Cbor; end: number } {
  let offset = 0;
  const take = (count: number) => {
    if (offset + count > bytes.length) throw new RangeError("CBOR: past the end of the data");
    const part = bytes.subarray(offset, offset + count);
    offset += count;
    return part;
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new RangeError("CBOR: indefinite or reserved length");
    let value = 0;
    for (const byte of take(size)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) throw new RangeError("CBOR: length too large");
    return value;
  };
  const item = (depth: number): Cbor => {
    if (depth > 16) throw new RangeError("CBOR: nested too deep");
    const [initial = 0] = take(1);
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
        return take(length(info)).slice();
      case 3:
        return new TextDecoder("utf-8", { fatal: true }).decode(take(length(info)));
      case 4: {
        const count = length(info);
        const items: Cbor[] = [];
        for (let index = 0; index < count; index += 1) items.push(item(depth + 1));
        return items;
      }
      case 5: {
        const count = length(info);
        const map = new Map<Cbor, Cbor>();
        for (let index = 0; index < count; index += 1) map.set(item(depth + 1), item(depth + 1));
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        throw new RangeError("CBOR: unsupported simple value or float");
      default:
        throw new RangeError("CBOR: tags are not supported");
    }
  };
  const value = item(0);
  return { value, end: offset };
}
