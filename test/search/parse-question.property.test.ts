import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_TOKENS, parseQuestion } from '../../src/search/parse-question.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { hostileQuestion } from '../fixtures/hostile/hostile-markdown.js';
import { loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

const config = loadProjectConfig();
const synonyms = loadSynonyms(SYNONYMS_PATH);
const sourceNames = config.sources.map((source) => source.name);

describe('parseQuestion on arbitrary questions', () => {
  it('yields at most 64 distinct concepts, each searched at full weight, and only configured sources', () => {
    fc.assert(
      fc.property(hostileQuestion, fc.option(hostileQuestion, { nil: undefined }), (question, context) => {
        const parsed = parseQuestion(question, config, synonyms, context);
        const terms = parsed.concepts.map((concept) => concept.term);
        expect(terms.length).toBeLessThanOrEqual(MAX_QUESTION_TOKENS);
        expect(new Set(terms).size).toBe(terms.length);
        for (const concept of parsed.concepts) {
          expect(concept.alternatives[0]).toEqual([concept.term]);
          expect(parsed.weights.get(concept.term)).toBe(1);
        }
        for (const weight of parsed.weights.values()) {
          expect(weight).toBeGreaterThan(0);
          expect(weight).toBeLessThanOrEqual(1);
        }
        for (const source of parsed.sources) expect(sourceNames).toContain(source);
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing to search in stop words, punctuation and whitespace alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'of', 'and', 'a', 'is', '?', '*', '~', '(', '"', ' ', '\n', '\t'), { maxLength: 20 }), (parts) => {
        expect(parseQuestion(parts.join(' '), config, synonyms).weights.size).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
