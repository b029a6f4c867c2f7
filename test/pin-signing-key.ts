import { createMergeStore } from '../db/repositories/merge';
import type { Dispatcher } from '../electron/core/registry';

/** For component tests: pins `publicKey` for a reviewer, as merging their first bundle does. */
export function pinSigningKey(dispatcher: Dispatcher, reviewerId: string, publicKey: string): void {
  createMergeStore(dispatcher.session.require('office').db).enrol(reviewerId, publicKey);
}
