import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

interface Manifest {
  features: { app_home: Record<string, boolean>; slash_commands: { command: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

// gray-matter is already a dependency and parses YAML front matter; the manifest is plain YAML.
const manifest = matter(`---\n${readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')}\n---\n`).data as Manifest;

describe('manifest.yml', () => {
  it('subscribes to exactly the events the listeners handle', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'member_joined_channel',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
  });

  it('asks for exactly the scopes those events and calls need', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'channels:read',
      'chat:write',
      'chat:write.public',
      'commands',
      'groups:history',
      'groups:read',
      'im:history',
    ]);
  });

  it('declares /onboard, interactivity, the Home tab and Socket Mode', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/onboard', should_escape: false })]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
