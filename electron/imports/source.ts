import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AttachmentSource, FileSource } from '../../shared/domain/import-report';

/** Larger spreadsheets are refused before they are parsed. */
export const MAX_TABLE_BYTES = 100 * 1024 * 1024;
/** One attachment larger than this is refused (a scanned application rarely exceeds 50 MB). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/**
 * A spreadsheet to import, not yet read: its bytes are read by `readTable` and dropped once decoded,
 * so an import never holds the file's bytes and its text at the same time longer than it must.
 */
export interface TableFile {
  /** The name as shown to the officer: the base name, or the relative path inside a folder. */
  name: string;
  read: () => Promise<Uint8Array>;
  /** The bytes in pieces of at most `size`, read again on each call: a file on disk is not held whole. */
  pieces: (size: number) => Iterable<Uint8Array>;
}

function* piecesOfBytes(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let from = 0; from < bytes.length; from += size) yield bytes.subarray(from, from + size);
}

function* piecesOfFile(file: string, size: number): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (cause) {
    throw new AppError('office.import.errors.fileUnreadable', { path: file }, cause);
  }
  try {
    for (;;) {
      const piece = new Uint8Array(size);
      const read = readSync(fd, piece, 0, size, null);
      if (read === 0) return;
      yield piece.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

export async function loadFile(source: FileSource): Promise<TableFile> {
  if ('bytes' in source) {
    if (source.bytes.byteLength > MAX_TABLE_BYTES)
      throw new AppError('office.import.errors.fileTooLarge', { name: source.name });
    return {
      name: source.name,
      read: async () => source.bytes,
      pieces: (size) => piecesOfBytes(source.bytes, size),
    };
  }
  const file = path.resolve(source.path);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    throw new AppError('office.import.errors.fileUnreadable', { path: file }, cause);
  }
  if (size > MAX_TABLE_BYTES) throw new AppError('office.import.errors.fileTooLarge', { name: file });
  return {
    name: path.basename(file),
    pieces: (size) => piecesOfFile(file, size),
    read: async () => {
      try {
        // A view of the Buffer, not `new Uint8Array(buffer)`, which would copy the whole file.
        const data = await readFile(file);
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      } catch (cause) {
        throw new AppError('office.import.errors.fileUnreadable', { path: file }, cause);
      }
    },
  };
}

/** A file of an attachment folder, before it is read. */
export interface PendingFile {
  name: string;
  size: number;
  read: () => Promise<Uint8Array>;
}

/**
 * The files of an attachment source, sorted by name: every file under a folder (recursively, names
 * relative to it, symbolic links not followed), or the uploaded files as named.
 */
export async function listAttachmentFiles(source: AttachmentSource): Promise<PendingFile[]> {
  if ('files' in source) {
    return source.files
      .map((file) => ({ name: file.name, size: file.bytes.byteLength, read: async () => file.bytes }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  const root = path.resolve(source.folder);
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (cause) {
    throw new AppError('office.import.errors.folderUnreadable', { path: root }, cause);
  }
  const files: PendingFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(root, full).split(path.sep).join('/');
    files.push({
      name,
      size: (await stat(full)).size,
      read: async () => new Uint8Array(await readFile(full)),
    });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
