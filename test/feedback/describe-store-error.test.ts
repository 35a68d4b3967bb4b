import { describe, expect, it } from 'vitest';
import { describeStoreError } from '../../src/feedback/describe-store-error.js';

const PATH = '/srv/onboard/data/feedback.db';
const sqliteError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('describeStoreError', () => {
  it('treats any busy or locked variant as a transient lock', () => {
    expect(describeStoreError(sqliteError('SQLITE_BUSY_SNAPSHOT', 'database is locked'), PATH)).toEqual({
      message: `feedback store: ${PATH} is locked by another process; try again shortly`,
      reconnect: false,
      transient: true,
    });
  });

  it('asks for a reconnect when the file is read-only, since the handle stays read-only', () => {
    expect(describeStoreError(sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'), PATH)).toEqual({
      message: `feedback store: ${PATH} is read-only; check the file's permissions`,
      reconnect: true,
      transient: true,
    });
  });

  it('names the file when it is not a database', () => {
    expect(describeStoreError(sqliteError('SQLITE_NOTADB', 'file is not a database'), PATH)).toEqual({
      message: `feedback store: ${PATH} is corrupt or not a SQLite database`,
      reconnect: true,
      transient: false,
    });
  });

  it('keeps the detail of a file system error', () => {
    expect(describeStoreError(sqliteError('EACCES', "EACCES: permission denied, mkdir '/srv/onboard/data'"), PATH)).toEqual({
      message: `feedback store: cannot use ${PATH}: EACCES: permission denied, mkdir '/srv/onboard/data'`,
      reconnect: true,
      transient: false,
    });
  });

  it('prefixes other errors once', () => {
    expect(describeStoreError(new TypeError('x.trim is not a function'), PATH).message).toBe('feedback store: x.trim is not a function');
    expect(describeStoreError(new Error('feedback store: closed'), PATH).message).toBe('feedback store: closed');
    expect(describeStoreError('thrown string', PATH).message).toBe('feedback store: thrown string');
  });
});
