import type { Answer } from './types.js';

/** Options for one question. */
export interface AskOptions {
  /**
   * Earlier question of the same conversation (a Slack thread's first question), so a
   * follow-up such as "and for senior devs?" is answered in its context.
   */
  context?: string;
}

/** What the knowledge covers, derived from the index itself. */
export interface Topics {
  sources: { name: string; pages: number; sections: number }[];
  /** Titles of role / job-family pages, alphabetical. */
  roles: string[];
  /** Largest areas (top-level folders of each source) with a representative URL. */
  areas: { source: string; name: string; url: string; pages: number }[];
  /** Starter questions from the knowledge config, for help, App Home and welcome messages. */
  examples: string[];
}

/** One part of a role summary ("Responsibilities", "Requirements", ...). */
export interface RolePart {
  heading: string;
  /** Light markdown, trimmed. */
  text: string;
  url: string;
}

export type RoleSummary =
  | { found: true; title: string; url: string; path: string; parts: RolePart[]; specializations: string[]; levels: string[] }
  | { found: false; query: string; known: string[] };

/** Size and freshness of the loaded index, for `/healthz` and `index`. */
export interface IndexInfo {
  pages: number;
  sections: number;
  /** ISO time the index was built. */
  builtAt: string;
  /** Content fingerprint of the knowledge the index was built from. */
  fingerprint: string;
}

/** Everything a surface (CLI, Slack) needs from the core; surfaces never touch the index directly. */
export interface Assistant {
  answer(question: string, options?: AskOptions): Answer;
  topics(): Topics;
  role(name?: string): RoleSummary;
  info(): IndexInfo;
}
