import { LantuError } from '@lantu/core';

/**
 * A write made from a version that is no longer current (CONFLICT, 409), with the record
 * as it is now, so the person can see what changed and retry from it.
 */
export class VersionConflictError<T = unknown> extends LantuError {
  readonly current: T;
  constructor(message: string, current: T) {
    super('CONFLICT', message);
    this.name = 'VersionConflictError';
    this.current = current;
  }
}

export function isVersionConflict(value: unknown): value is VersionConflictError {
  return value instanceof VersionConflictError;
}
