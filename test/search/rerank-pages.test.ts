import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { PAGE_FEATURES, type PageFeature, type PageRanker } from '../../src/search/page-ranker.js';
import { COUNTED_PAGES, pagesToRerank, rerankPages, RERANKED_PAGES } from '../../src/search/rerank-pages.js';
import { placeOf } from '../../src/search/topic-folders.js';
import { countAnswers } from '../../src/eval/train-ranker.js';
import { searchByWords, searchSections, type PageHit } from '../../src/search/search-sections.js';
import { buildSectionIndex, type SectionIndex } from '../../src/search/section-index.js';
import { loadSynonyms } from '../../src/search/synonyms.js';
import { FIXTURE_KNOWLEDGE, loadProjectConfig, SYNONYMS_PATH } from '../knowledge/fixture-paths.js';

let index: SectionIndex;

beforeAll(() => {
  const config = loadProjectConfig();
  index = buildSectionIndex(loadKnowledge([FIXTURE_KNOWLEDGE], config).sections, config, loadSynonyms(SYNONYMS_PATH));
});

const ranker = (weights: Partial<Record<PageFeature, number>>): PageRanker => ({
  weights: Object.fromEntries(PAGE_FEATURES.map((feature) => [feature, weights[feature] ?? 0])) as Record<PageFeature, number>,
});
const paths = (pages: PageHit[]) => pages.map((page) => page.path);

describe('rerankPages', () => {
  it('keeps the word order for a ranker that weighs only it, and for one that weighs nothing (ties keep the order)', () => {
    const { question, pages } = searchByWords(index, 'what do I do when I am on call');
    expect(pages.length).toBeGreaterThan(2);
    expect(paths(rerankPages(index, question, pages, ranker({ scoreRatio: 1, reciprocalRank: 1 })))).toEqual(paths(pages));
    expect(paths(rerankPages(index, question, pages, ranker({})))).toEqual(paths(pages));
  });

  it('orders by the weighted features: by matched sections alone, the page with most of them first', () => {
    const { question, pages } = searchByWords(index, 'review merge request time off on-call engineer');
    const most = Math.max(...pages.map((page) => page.hits.length));
    const expected = pages.filter((page) => page.hits.length === most).concat(pages.filter((page) => page.hits.length < most).sort((a, b) => b.hits.length - a.hits.length));
    expect(pages[0]!.hits.length).toBeLessThan(most);
    expect(paths(rerankPages(index, question, pages, ranker({ matchedSections: 1 })))).toEqual(paths(expected));
  });

  it("gives each reordered page the ranker's probability of being the right one: a softmax of its weighted features", () => {
    const { question, pages } = searchByWords(index, 'review merge request time off on-call engineer');
    const reranked = rerankPages(index, question, pages, ranker({ matchedSections: 1 }));
    const probabilities = reranked.map((page) => page.probability!);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    // One more matched section is e times the odds.
    const [first, second] = reranked;
    expect(first!.probability! / second!.probability!).toBeCloseTo(Math.exp(first!.hits.length - second!.hits.length), 9);
    expect(rerankPages(index, question, pages, ranker({})).every((page) => page.probability === 1 / Math.min(pages.length, RERANKED_PAGES))).toBe(true);
  });

  it('answers a question that names a source from its pages, whatever the ranker weighs: the others follow, with probability 0', () => {
    const { question, pages } = searchByWords(index, 'sourcegraph on call');
    const other = ranker({ namedSource: -5 });
    const reranked = rerankPages(index, question, pages, other);
    expect(reranked[0]).toMatchObject({ path: 'sourcegraph/departments/engineering/dev/process/incidents/on_call.md', probability: 1 });
    expect(reranked.slice(1, RERANKED_PAGES).every((page) => page.probability === 0 && page.hits[0]!.section.source !== 'Sourcegraph handbook')).toBe(true);
    // Where none of the first pages is from the source named, the ranker orders them all.
    const { question: unanswered, pages: elsewhere } = searchByWords(index, 'sg code review');
    expect(rerankPages(index, unanswered, elsewhere, other).every((page) => page.probability! > 0)).toBe(true);
  });

  it(`reorders only the first ${RERANKED_PAGES} pages`, () => {
    const { question, pages } = searchByWords(index, 'review merge request time off on-call engineer');
    // More pages than the fixture has: the same hits under other paths, in falling score order.
    const many = Array.from({ length: RERANKED_PAGES + 3 }, (_, i) => ({ ...pages[i % pages.length]!, path: `page-${i}`, score: 100 - i }));
    const reversed = rerankPages(index, question, many, ranker({ reciprocalRank: -1 }));
    expect(paths(reversed).slice(0, RERANKED_PAGES)).toEqual(paths(many).slice(0, RERANKED_PAGES).reverse());
    expect(paths(reversed).slice(RERANKED_PAGES)).toEqual(paths(many).slice(RERANKED_PAGES));
    expect(reversed.slice(RERANKED_PAGES).every((page) => page.probability === undefined)).toBe(true);
  });
});

describe('pagesToRerank', () => {
  /** Twelve pages the index does not have (no counts fit them), then a real one the words rank 13th. */
  const setUp = () => {
    const { question, pages } = searchByWords(index, 'what do I do when I am on call');
    const onCall = pages.find((page) => page.path.endsWith('on_call.md'))!;
    const many = [...Array.from({ length: 12 }, (_, i) => ({ ...pages[0]!, path: `page-${i}`, score: 100 - i })), { ...onCall, score: 1 }];
    const askedThere = (terms: string[]) => countAnswers([{ place: placeOf(index, onCall.path)!, terms }]);
    return { question, onCall, many, askedThere };
  };

  it(`weighs the word search's first ${RERANKED_PAGES} pages without counts`, () => {
    const { question, many } = setUp();
    expect(pagesToRerank(index, question, many, {})).toEqual(many.slice(0, RERANKED_PAGES));
  });

  it(`puts a page further down that labelled questions were answered from among the last ${COUNTED_PAGES}, in the word order`, () => {
    const { question, onCall, many, askedThere } = setUp();
    const reranked = pagesToRerank(index, question, many, askedThere(question.concepts.map((concept) => concept.term)));
    expect(reranked).toHaveLength(RERANKED_PAGES);
    expect(paths(reranked).slice(0, RERANKED_PAGES - COUNTED_PAGES)).toEqual(paths(many).slice(0, RERANKED_PAGES - COUNTED_PAGES));
    expect(reranked.at(-1)!.path).toBe(onCall.path);
    // rerankPages orders those, and the pages left out follow in the word order.
    const reordered = rerankPages(index, question, many, { ...ranker({ scoreRatio: 1 }), ...askedThere(['call']) });
    expect(paths(reordered).slice(RERANKED_PAGES)).toEqual(paths(many.filter((page) => !reranked.includes(page))));
    expect(reordered.slice(RERANKED_PAGES).every((page) => page.probability === undefined)).toBe(true);
  });
});

describe('searchSections with a ranker on the index', () => {
  it('returns the word search reordered by it, and the word order without one', () => {
    const question = 'what do I do when I am on call';
    const byWords = paths(searchByWords(index, question).pages);
    expect(paths(searchSections(index, question).pages)).toEqual(byWords);
    const ranked = { ...index, ranker: ranker({ reciprocalRank: -1 }) };
    expect(paths(searchSections(ranked, question).pages)).toEqual([...byWords.slice(0, RERANKED_PAGES)].reverse().concat(byWords.slice(RERANKED_PAGES)));
  });
});
