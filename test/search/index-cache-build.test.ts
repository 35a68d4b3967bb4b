import { describe, expect, it } from 'vitest';
import type { KnowledgeFile } from '../../src/knowledge/find-knowledge-files.js';
import { splitKnowledge } from '../../src/search/build-index-cache.js';

const file = (path: string, size: number): KnowledgeFile => ({ absolute: `/k/${path}`, path, size, mtimeMs: 0 });
const names = (parts: ReturnType<typeof splitKnowledge>) => parts.map((part) => part.map((run) => `${run.root}:${run.files.map((f) => f.path).join(',')}`));

describe('splitKnowledge', () => {
  it('cuts the files into runs of about equal size, in order, across roots', () => {
    const listed = [
      { root: 'a', files: [file('1', 10), file('2', 10), file('3', 10)] },
      { root: 'b', files: [file('4', 10), file('5', 10), file('6', 10)] },
    ];
    expect(names(splitKnowledge(listed, 3))).toEqual([['a:1,2'], ['a:3', 'b:4'], ['b:5,6']]);
  });

  it('keeps a big file whole and never makes an empty run', () => {
    const listed = [{ root: 'a', files: [file('big', 100), file('1', 1), file('2', 1)] }, { root: 'empty', files: [] }];
    expect(names(splitKnowledge(listed, 4))).toEqual([['a:big'], ['a:1,2']]);
  });

  it('makes the first run longer by the lead it is given, for the thread that starts on it at once', () => {
    const listed = [{ root: 'a', files: ['1', '2', '3', '4', '5', '6', '7', '8'].map((path) => file(path, 10)) }];
    expect(names(splitKnowledge(listed, 3, 20))).toEqual([['a:1,2,3,4'], ['a:5,6'], ['a:7,8']]);
    expect(names(splitKnowledge(listed, 3, 80))).toEqual([['a:1,2,3,4,5,6,7,8']]);
  });

  it('makes one run when asked for one', () => {
    const listed = [{ root: 'a', files: [file('1', 5)] }, { root: 'b', files: [file('2', 5)] }];
    expect(names(splitKnowledge(listed, 1))).toEqual([['a:1', 'b:2']]);
  });
});
