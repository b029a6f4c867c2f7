/**
 * JSON has no bytes: over HTTP a Uint8Array travels as `{ "$bytes": "<base64>" }`.
 * Electron IPC carries Uint8Array natively and does not need this.
 */
const BYTES_KEY = '$bytes';
const CHUNK = 0x8000;

export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first?.[0] === BYTES_KEY && typeof first[1] === 'string') {
      return base64ToBytes(first[1]);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
