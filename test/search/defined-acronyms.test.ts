import { describe, expect, it } from 'vitest';
import { AcronymCounter, acronymSynonyms, definedAcronyms, type DefinedAcronym } from '../../src/search/defined-acronyms.js';
import { expandSynonyms, parseSynonyms } from '../../src/search/synonyms.js';
import { tokenize } from '../../src/search/tokenize.js';

/** The acronyms defined in these sections' plain text, as "ACRONYM = long form". */
function definitions(...sections: string[]): string[] {
  const counter = new AcronymCounter();
  for (const text of sections) counter.add(text);
  return definedAcronyms([counter.counts()]).map(({ acronym, longForm }) => `${acronym} = ${longForm}`);
}

const defined = (acronym: string, longForm: string, capitalSections = 10): DefinedAcronym => ({ acronym, longForm, definitions: 1, capitalSections });

/** What a question also searches for by these groups, as "from -> to". */
function expansions(question: string, groups: ReturnType<typeof acronymSynonyms>): string[] {
  return expandSynonyms(tokenize(question, { keepCase: true }), groups).map(({ from, to }) => `${from.join(' ')} -> ${to.join(' ')}`);
}

describe('definedAcronyms', () => {
  it('reads the long form from the words before an acronym in parentheses, as handbooks write them', () => {
    expect(
      definitions(
        'Every issue has a Directly Responsible Individual (DRI) who makes the call.',
        'We keep the handbook as our single source of truth (SSoT).',
        'Access is granted through role-based access control (RBAC).',
        'Product sets the Go to Market (GTM) plan with sales.',
      ),
    ).toEqual(['DRI = directly responsible individual', 'GTM = go to market', 'RBAC = role-based access control', 'SSoT = single source of truth']);
  });

  it('keeps an acronym written as a plural in the singular, and one long form however it is inflected', () => {
    expect(definitions('Teams set Objectives and Key Results (OKRs) every quarter.')).toEqual(['OKR = objectives and key results']);
    const [pat] = (() => {
      const counter = new AcronymCounter();
      counter.add('Use Personal Access Tokens (PATs) for scripts.');
      counter.add('Revoke a personal access token (PAT) you leaked.');
      return definedAcronyms([counter.counts()]);
    })();
    expect(pat).toMatchObject({ acronym: 'PAT', definitions: 2 });
  });

  it('ignores parentheses that do not spell out what precedes them', () => {
    expect(
      definitions(
        'Ask in the channel (see below) or read the FAQ (FAQ).',
        'Legal entities are listed per country: GitLab Inc (US), GitLab BV (NL).',
        'Open a merge, request (MR) is not a definition across a comma.',
        'A single capital is a word, not an acronym: plan (A).',
      ),
    ).toEqual([]);
  });

  it('leaves out an acronym spelled out in different ways, none of them most of the time', () => {
    expect(definitions('Project Manager (PM) here.', 'Product Manager (PM) there.')).toEqual([]);
    expect(definitions('Product Manager (PM) here.', 'Product Manager (PM) there.', 'Project Manager (PM) once.')).toEqual(['PM = product manager']);
  });

  it('adds up runs of sections in any order to what one run of them all gives', () => {
    const texts = ['The Engineer on call (EOC) responds.', 'The EOC pages the DRI.', 'Our Directly Responsible Individual (DRI) owns it.', 'The engineer on-call (EOC) hands over.'];
    const run = (from: number, to: number) => {
      const counter = new AcronymCounter();
      for (const text of texts.slice(from, to)) counter.add(text);
      return counter.counts();
    };
    const whole = definedAcronyms([run(0, 4)]);
    expect(definedAcronyms([run(2, 4), run(0, 2)])).toEqual(whole);
    expect(whole).toEqual([
      { acronym: 'DRI', longForm: 'directly responsible individual', definitions: 1, capitalSections: 2 },
      // "engineer on call" and "engineer on-call" are one long form; of equals, the first in code-point order is shown.
      { acronym: 'EOC', longForm: 'engineer on call', definitions: 2, capitalSections: 3 },
    ]);
  });
});

describe('acronymSynonyms', () => {
  const curated = parseSynonyms({ groups: [['mr', 'merge request']] });

  it('lets a question using either form search for the other, in any case', () => {
    const groups = acronymSynonyms([defined('PAT', 'personal access token')], new Map([['pat', 10]]), curated);
    expect(expansions('leaked my pat, now what?', groups)).toEqual(['pat -> pats', 'pat -> personal access token']);
    expect(expansions('I leaked my PATs', groups)).toEqual(['pats -> pat', 'pats -> personal access token']);
    expect(expansions('how do I revoke a personal access token?', groups)).toEqual(['personal access token -> pat', 'personal access token -> pats']);
  });

  it('leaves an acronym the synonyms file has to the file', () => {
    expect(acronymSynonyms([defined('MR', 'merge request'), defined('DRI', 'directly responsible individual')], new Map(), curated)).toHaveLength(1);
  });

  it('matches an acronym that is also a word only in capitals: a stop word, or a word more sections use in lower case', () => {
    const documentFrequency = new Map([
      ['face', 300],
      ['gdk', 50],
    ]);
    const groups = acronymSynonyms(
      [defined('WHO', 'world health organization', 4), defined('FACE', 'functional analytics center of excellence', 11), defined('GDK', 'gitlab development kit', 40), defined('HA', 'high availability', 38)],
      documentFrequency,
      curated,
    );
    expect(expansions('who approves my time off?', groups)).toEqual([]);
    expect(expansions('guidance from the WHO', groups)).toContain('who -> world health organization');
    expect(expansions('face to face meetings', groups)).toEqual([]);
    expect(expansions('gdk wont start', groups)).toEqual(['gdk -> gdks', 'gdk -> gitlab development kit']);
    // The plural of HA reads "has" in lower case.
    expect(expansions('the team has a plan', groups)).toEqual([]);
    expect(expansions('do we run ha?', groups)).toContain('ha -> high availability');
  });
});
