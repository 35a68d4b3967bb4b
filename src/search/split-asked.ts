import { normalizeTerm } from './normalize-term.js';
import { tokenize } from './tokenize.js';

/** Content words the asking part says at least, where the message has them: "what do i do right now??" asks about the sentence before it. */
const MIN_ASKED_WORDS = 3;
/** Where a sentence ends: after . ! ? and space, after their CJK forms (no space follows them), or at a line break. */
const SENTENCE_BREAK = /(?<=[.!?。！？])\s+|(?<=[。！？])(?=\S)|\s*\n+\s*/u;
const ASKS = /[?？]/u;

/**
 * The sentences of a chat message that ask: the last with a question mark (the last sentence if none
 * has one), with the ones before it until they say `MIN_ASKED_WORDS` content words; `undefined` where
 * that is the whole message. A long message ("hey! so i just joined the plan team last week and my EM
 * is out. i found a bug in prod… who do i tell?") is mostly the asker's situation, which no section
 * repeats: the section that answers what is asked covers too little of the whole message to be
 * trusted, unless its coverage is read on the asking part too.
 */
export function splitAsked(message: string): string | undefined {
  const sentences = message.split(SENTENCE_BREAK).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return undefined;
  let last = sentences.findLastIndex((sentence) => ASKS.test(sentence));
  if (last < 0) last = sentences.length - 1;
  let first = last;
  let words = contentWords(sentences[last]!);
  while (words < MIN_ASKED_WORDS && first > 0) words += contentWords(sentences[--first]!);
  return first === 0 && last === sentences.length - 1 ? undefined : sentences.slice(first, last + 1).join(' ');
}

function contentWords(sentence: string): number {
  return tokenize(sentence).filter((token) => normalizeTerm(token) !== null).length;
}
