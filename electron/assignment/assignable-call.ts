import type { Db } from '../../db/connection';
import { findAssignmentCall, type AssignmentCallRow } from '../../db/repositories/assignments';
import { AppError } from '../../shared/errors';

/** The call named by id or code, refused when unknown or when it is decided or archived. */
export function requireAssignableCall(db: Db, callRef: string): AssignmentCallRow {
  const call = findAssignmentCall(db, callRef);
  if (!call) throw new AppError('assignment.errors.callNotFound', { call: callRef });
  if (call.status === 'decided' || call.status === 'archived') {
    throw new AppError('assignment.errors.callClosed', { call: call.code, status: call.status });
  }
  return call;
}
