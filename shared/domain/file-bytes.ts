import { z } from 'zod';

/**
 * File bytes in a response, recognised by their type tag rather than `instanceof`: a Node Buffer
 * made by a handler and a Uint8Array from another realm (a browser test's) both pass.
 */
export const fileBytesSchema = z.custom<Uint8Array>(
  (value) => Object.prototype.toString.call(value) === '[object Uint8Array]',
  'expected file bytes',
);
