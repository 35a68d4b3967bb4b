import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { roleMessage } from '../../../src/slack/blocks/role-message.js';
import { ONBOARD_LIMITS } from '../../../src/slack/blocks/limits.js';
import { developerRole, unknownRole } from '../../fixtures/slack-blocks/topics.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

function sectionTexts(message: { blocks: types.KnownBlock[] }): string[] {
  return message.blocks.filter((b): b is types.SectionBlock => b.type === 'section').map((b) => b.text?.text ?? '');
}

describe('roleMessage', () => {
  it('renders a found role with its parts, specializations and levels', () => {
    expect(roleMessage(developerRole)).toMatchSnapshot();
  });

  it('links the title and quotes each part under its heading', () => {
    const [title, responsibilities, requirements, extras] = sectionTexts(roleMessage(developerRole));
    expect(title).toBe('*<https://about.gitlab.com/job-families/developer/|Developer>*');
    expect(responsibilities?.startsWith('*Responsibilities*\n• Develop features from proposal to polished end result.')).toBe(true);
    expect(requirements?.startsWith('*Requirements*\n• You can reason about software')).toBe(true);
    expect(extras).toBe('*Specializations:* Packaging · Performance · GitLab CI\n*Levels:* Developer · Senior Developer');
  });

  it('cuts a long part at an item and links to it', () => {
    const long = Array.from({ length: 80 }, (_, i) => `- Responsibility ${i}: keep code easy to maintain and easy for others to contribute to.`).join('\n');
    const message = roleMessage({ ...developerRole, parts: [{ heading: 'Responsibilities', text: long, url: 'https://x.com/dev#responsibilities' }] });
    const part = sectionTexts(message)[1] ?? '';
    expect(part.length).toBeLessThanOrEqual(ONBOARD_LIMITS.rolePartText);
    expect(part).toMatch(/\n• Responsibility \d+: keep code easy to maintain and easy for others to contribute to\.\n… <https:\/\/x\.com\/dev#responsibilities\|Read on →>$/);
    expect(part.length).toBeGreaterThan(ONBOARD_LIMITS.rolePartText - 100);
  });

  it('leaves out the extras section for a role without specializations or levels', () => {
    const message = roleMessage({ ...developerRole, specializations: [], levels: [] });
    expect(message.blocks.some((b) => b.type === 'divider')).toBe(false);
  });

  it('says it does not know the role and lists the known ones', () => {
    const message = roleMessage(unknownRole);
    expect(message).toMatchSnapshot();
    expect(message.text).toBe('I don’t know a role called “astronaut &lt;!here&gt;”.');
    expect(sectionTexts(message)[1]).toBe('*Roles I know:*\nBackend Engineer · Developer · Frontend Engineer');
    expect(findUnvettedTokens(message)).toEqual([]);
  });

  it('stays within Slack limits for a huge role', () => {
    const part = { heading: 'H'.repeat(500), text: 'word '.repeat(10_000), url: 'https://x.com/' };
    const message = roleMessage({
      ...developerRole,
      parts: Array.from({ length: 100 }, () => part),
      specializations: Array.from({ length: 1000 }, (_, i) => `Specialization ${i}`),
      levels: Array.from({ length: 1000 }, (_, i) => `Level ${i}`),
    });
    expect(findLimitViolations(message)).toEqual([]);
    expect(findLimitViolations(roleMessage({ ...unknownRole, known: Array.from({ length: 2000 }, (_, i) => `Role ${i}`) }))).toEqual([]);
  });
});
