/** What went wrong, said briefly, and what the store should do about it. */
export interface StoreProblem {
  message: string;
  /** The connection is no longer trustworthy (file read-only, gone, corrupt): reopen before the next call. */
  reconnect: boolean;
  /** Likely to pass on its own or with an operator's fix while the bot runs, so opening should not fail for it. */
  transient: boolean;
}

/**
 * Turns an error from better-sqlite3 or the file system into a short message naming the
 * database file, so a log line says what happened and what to do next.
 */
export function describeStoreError(error: unknown, path: string): StoreProblem {
  const code = readErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { message: `feedback store: ${path} is locked by another process; try again shortly`, reconnect: false, transient: true };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return { message: `feedback store: ${path} is read-only; check the file's permissions`, reconnect: true, transient: true };
  }
  if (code === 'SQLITE_FULL') {
    return { message: `feedback store: disk full writing ${path}`, reconnect: false, transient: true };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { message: `feedback store: ${path} is corrupt or not a SQLite database`, reconnect: true, transient: false };
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || /^E[A-Z]+$/u.test(code)) {
    return { message: `feedback store: cannot use ${path}: ${detail}`, reconnect: true, transient: false };
  }
  return { message: detail.startsWith('feedback store: ') ? detail : `feedback store: ${detail}`, reconnect: false, transient: false };
}

function readErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}
