/** One heading-delimited part of a knowledge page: the unit we index and quote. */
export interface Section {
  /** Position in the knowledge base's section list; stable for one build. */
  id: number;
  /** Name of the source this file belongs to (from the knowledge config), e.g. "GitLab handbook". */
  source: string;
  /** File path relative to the knowledge root it came from, with `/` separators. */
  path: string;
  /** The page title (front matter `title`, else the first heading, else the file name). */
  pageTitle: string;
  /** Headings from the page title down to this section: `['Backend Engineer', 'Specialties', 'Geo']`. */
  headings: string[];
  /** The heading's anchor (explicit `{#id}` or slugified text); empty for a page's opening text. */
  anchor: string;
  /** Public URL of the exact section. */
  url: string;
  /**
   * The section's text as light markdown: one paragraph, list item or table row a line
   * (`- item`, `1. item`), `**bold**` and `[text](absolute-url)` kept, everything else plain.
   */
  text: string;
  /** BCP 47 primary language: front matter `html_lang`, else detected from the script ("en", "ja"...). */
  lang: string;
}

/** A file the loader could not use, or used with a warning. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The result of reading one or more knowledge roots. */
export interface KnowledgeBase {
  sections: Section[];
  /** Number of files read into sections. */
  files: number;
  /** Files skipped or only partly read, each with why. */
  skipped: SkippedFile[];
}
