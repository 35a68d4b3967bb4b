import { describe, expect, it } from 'vitest';
import { mentionsAnyone } from '../../../src/slack/text/mentions-anyone.js';
import { mentionsUser } from '../../../src/slack/text/mentions-user.js';

describe('mentionsUser', () => {
  it('finds plain and labelled mentions', () => {
    expect(mentionsUser('hi <@UBOT> there', 'UBOT')).toBe(true);
    expect(mentionsUser('hi <@UBOT|onboard>', 'UBOT')).toBe(true);
  });

  it('ignores other users and look-alike ids', () => {
    expect(mentionsUser('hi <@UBOT2>', 'UBOT')).toBe(false);
    expect(mentionsUser('hi @UBOT', 'UBOT')).toBe(false);
  });
});

describe('mentionsAnyone', () => {
  it('finds user mentions only', () => {
    expect(mentionsAnyone('<@U123ABC> can you check?')).toBe(true);
    expect(mentionsAnyone('<!here> can someone check?')).toBe(false);
    expect(mentionsAnyone('see <#C123|general>')).toBe(false);
  });
});
