/** Buffer → plain Uint8Array without leaking Node's shared pool through `.buffer`. */
export function toU8(buf: Buffer | Uint8Array): Uint8Array {
  // Buffers under Buffer.poolSize/2 may live inside a shared 8 KiB pool: copy those. Larger ones own
  // their ArrayBuffer, so a view is safe and avoids doubling memory for big entries.
  if (buf.byteLength < 4096 || buf.byteOffset !== 0 || buf.buffer.byteLength !== buf.byteLength) {
    return new Uint8Array(buf);
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
