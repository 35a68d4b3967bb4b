import { roleSourceNames, type KnowledgeConfig } from '../knowledge/knowledge-config.js';
import { pathUnderSource } from '../knowledge/resolve-url.js';
import type { Section } from '../knowledge/types.js';
import type { Topics } from './assistant.js';

const AREAS_PER_SOURCE = 8;

/** What the knowledge covers, counted from the sections themselves. */
export function summarizeTopics(sections: Section[], config: KnowledgeConfig): Topics {
  const sources = new Map<string, { pages: Set<string>; sections: number }>();
  const areas = new Map<string, { source: string; name: string; url: string; pages: Set<string>; depth: number }>();
  for (const section of sections) {
    const source = sources.get(section.source) ?? { pages: new Set(), sections: 0 };
    source.pages.add(section.path);
    source.sections++;
    sources.set(section.source, source);

    const sourceConfig = config.sources.find((candidate) => candidate.name === section.source);
    const under = sourceConfig ? pathUnderSource(section.path, sourceConfig) : section.path;
    const folder = under.includes('/') ? under.slice(0, under.indexOf('/')) : '';
    if (!folder) continue;
    const key = `${section.source}\u0000${folder}`;
    const area = areas.get(key) ?? { source: section.source, name: humanize(folder), url: section.url.replace(/#.*$/, ''), pages: new Set(), depth: Infinity };
    // The area links to its shallowest page: the folder's own index where there is one.
    const depth = under.split('/').length;
    if (depth < area.depth) Object.assign(area, { depth, url: section.url.replace(/#.*$/, '') });
    area.pages.add(section.path);
    areas.set(key, area);
  }
  const roleSources = roleSourceNames(config);
  const roles = [...new Set(sections.filter((section) => roleSources.has(section.source)).map((section) => section.pageTitle))].sort((a, b) =>
    a.localeCompare(b),
  );
  const topAreas = [...sources.keys()].flatMap((source) =>
    [...areas.values()]
      .filter((area) => area.source === source)
      .sort((a, b) => b.pages.size - a.pages.size || a.name.localeCompare(b.name))
      .slice(0, AREAS_PER_SOURCE)
      .map((area) => ({ source: area.source, name: area.name, url: area.url, pages: area.pages.size })),
  );
  return {
    sources: [...sources].map(([name, entry]) => ({ name, pages: entry.pages.size, sections: entry.sections })),
    roles,
    areas: topAreas,
    examples: config.examples,
  };
}

function humanize(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
