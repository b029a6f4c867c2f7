import path from 'node:path';

/**
 * The folder holding package.json and out/ (inside the packaged app: app.asar). This file sits two
 * levels below it in the sources (electron/core/) and so does every bundle it is built into
 * (out/electron/*), so the same relative path holds when running from source and from a build.
 */
export const appRoot = path.resolve(import.meta.dirname, '../..');
