import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSchema } from '../../src/feedback/migrate-schema.js';
import { cleanUp, makeDatabasePath } from './store-harness.js';

afterEach(cleanUp);

const tableNames = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((table) => table.name);

describe('migrateSchema', () => {
  it('applies every migration to an empty database and records the version', () => {
    const db = new Database(makeDatabasePath());
    migrateSchema(db);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(tableNames(db)).toEqual(['threads', 'unanswered', 'votes', 'welcomes']);
    db.close();
  });

  it('applies only the migrations appended since the last run', () => {
    const path = makeDatabasePath();
    const db = new Database(path);
    migrateSchema(db, ['CREATE TABLE first (id INTEGER)']);
    db.prepare('INSERT INTO first VALUES (1)').run();
    migrateSchema(db, ['CREATE TABLE first (id INTEGER)', 'CREATE TABLE second (id INTEGER)']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toEqual(['first', 'second']);
    expect(db.prepare('SELECT id FROM first').all()).toEqual([{ id: 1 }]);
    db.close();
  });

  it('leaves the file untouched when a migration fails', () => {
    const db = new Database(makeDatabasePath());
    expect(() => migrateSchema(db, ['CREATE TABLE first (id INTEGER)', 'THIS IS NOT SQL'])).toThrow('near "THIS": syntax error');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('does nothing for an up-to-date database', () => {
    const db = new Database(makeDatabasePath());
    migrateSchema(db, ['CREATE TABLE first (id INTEGER)']);
    expect(() => migrateSchema(db, ['CREATE TABLE first (id INTEGER)'])).not.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
