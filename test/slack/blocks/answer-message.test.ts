import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { answerMessage } from '../../../src/slack/blocks/answer-message.js';
import { ACTION_IDS } from '../../../src/slack/blocks/action-ids.js';
import { decodeFeedbackValue } from '../../../src/slack/blocks/decode-feedback-value.js';
import { SLACK_LIMITS } from '../../../src/slack/blocks/limits.js';
import type { KnownBlock } from '../../../src/slack/blocks/slack-message.js';
import { findLiveMentions } from '../../../src/slack/format/find-live-mentions.js';
import { declinedAnswer, hostileAnswer, hugeListAnswer, onCallAnswer, reviewSloAnswer, twoPassageAnswer } from '../../fixtures/slack-blocks/answers.js';
import { findLimitViolations } from './find-limit-violations.js';
import { findUnvettedTokens } from './find-unvetted-tokens.js';

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.filter((b): b is types.SectionBlock => b.type === 'section').map((b) => b.text?.text ?? '');
}

function buttons(blocks: KnownBlock[]): types.Button[] {
  return blocks.flatMap((b) => (b.type === 'actions' ? b.elements.filter((e): e is types.Button => e.type === 'button') : []));
}

describe('answerMessage', () => {
  it('renders a confident answer with sources and feedback buttons', () => {
    expect(answerMessage(reviewSloAnswer)).toMatchSnapshot();
  });

  it('renders a low-confidence answer as the closest match', () => {
    const message = answerMessage(onCallAnswer);
    expect(sectionTexts(message.blocks)[0]).toBe('*Closest match I found:*');
    expect(message.text.startsWith('Closest match I found: ')).toBe(true);
    expect(message).toMatchSnapshot();
  });

  it("quotes a second page's passage under a link to its section, with its own Read on link when cut", () => {
    const texts = sectionTexts(answerMessage(twoPassageAnswer).blocks);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toBe('*Closest match I found:*');
    expect(texts[1]).toContain("We normally don't offer any internships");
    expect(texts[2]).toBe('*Another close match:* <https://about.gitlab.com/handbook/engineering/workflow/code-review/#review-response-slo|Code Review Guidelines › Review turnaround time › Review-response SLO>');
    expect(texts[3]).toContain('• From GitLab team members: `Review-response` SLO &lt; 2 business days');
    const long = answerMessage({ ...twoPassageAnswer, secondPassage: '- a step\n'.repeat(1_000) });
    expect(sectionTexts(long.blocks)[3]).toMatch(/… <https:\/\/about\.gitlab\.com\/handbook\/engineering\/workflow\/code-review\/#review-response-slo\|Read on →>$/);
    expect(findLimitViolations(long)).toEqual([]);
  });

  it('quotes no second passage without a second source to link it to', () => {
    const texts = sectionTexts(answerMessage({ ...twoPassageAnswer, sources: twoPassageAnswer.sources.slice(0, 1) }).blocks);
    expect(texts).toHaveLength(2);
  });

  it('renders a declined answer with the closest pages', () => {
    const message = answerMessage(declinedAnswer);
    expect(sectionTexts(message.blocks)[1]).toBe(
      '*Closest pages:*\n• <https://about.gitlab.com/company/culture/all-remote/|All-Remote>\n' +
        '• <https://about.gitlab.com/handbook/spending-company-money/#office-equipment-and-supplies|Spending Company Money › Office equipment and supplies>',
    );
    expect(message.blocks.some((b) => b.type === 'context')).toBe(false);
    expect(message).toMatchSnapshot();
  });

  it('renders a decline without sources as the decline alone plus feedback', () => {
    const message = answerMessage({ ...declinedAnswer, sources: [] });
    expect(message.blocks.map((b) => b.type)).toEqual(['section', 'actions']);
  });

  it('links each source to its exact section', () => {
    const context = answerMessage(reviewSloAnswer).blocks.find((b): b is types.ContextBlock => b.type === 'context');
    expect(context?.elements.map((e) => ('text' in e ? e.text : ''))).toEqual([
      'Sources:',
      '<https://about.gitlab.com/handbook/engineering/workflow/code-review/#review-response-slo|Code Review Guidelines › Review-response SLO>',
      '<https://about.gitlab.com/handbook/engineering/workflow/code-review/#reviewer|Code Review Guidelines › Reviewer>',
    ]);
  });

  it('converts bold, links and bullets in the passage', () => {
    const [passage] = sectionTexts(answerMessage(reviewSloAnswer).blocks);
    expect(passage).toContain('• From GitLab team members: `Review-response` SLO &lt; 2 business days');
    expect(passage).toContain('<https://about.gitlab.com/handbook/engineering/workflow/code-review/#leading-organizations|Leading Organizations>');
    expect(passage).toContain('(*no later than 36 hours* after');
  });

  it('gives both feedback buttons the encoded question and sources', () => {
    const [up, down] = buttons(answerMessage(reviewSloAnswer).blocks);
    expect([up?.action_id, down?.action_id]).toEqual([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);
    expect([up?.text.text, down?.text.text]).toEqual(['👍 Helpful', '👎 Not helpful']);
    expect(decodeFeedbackValue(up?.value ?? '')).toEqual({
      question: 'how fast do i have to reveiw an MR, is there an SLO?',
      sections: [
        { title: 'Code Review Guidelines', section: 'Review-response SLO', url: 'https://about.gitlab.com/handbook/engineering/workflow/code-review/#review-response-slo' },
        { title: 'Code Review Guidelines', section: 'Reviewer', url: 'https://about.gitlab.com/handbook/engineering/workflow/code-review/#reviewer' },
      ],
    });
    expect(down?.value).toBe(up?.value);
  });

  it('adds a Share in channel button carrying the question when shareable', () => {
    const message = answerMessage(reviewSloAnswer, { shareable: true });
    const share = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.share);
    expect(share?.text.text).toBe('Share in channel');
    expect(share?.value).toBe(reviewSloAnswer.question);
    expect(buttons(answerMessage(reviewSloAnswer).blocks).some((b) => b.action_id === ACTION_IDS.share)).toBe(false);
  });

  it('says who asked when shared, with that one live mention', () => {
    const message = answerMessage(reviewSloAnswer, { askedBy: 'U024BE7LH' });
    expect(message.blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Asked by <@U024BE7LH>: “how fast do i have to reveiw an MR, is there an SLO?”' }],
    });
    expect(findLiveMentions(message)).toEqual(['<@U024BE7LH>']);
    expect(message).toMatchSnapshot();
  });

  it('does not turn an askedBy that is not a user id into a mention', () => {
    const message = answerMessage(reviewSloAnswer, { askedBy: '!channel' });
    expect(findLiveMentions(message)).toEqual([]);
  });

  it('keeps mentions in answer text, question and titles from pinging', () => {
    const message = answerMessage(hostileAnswer, { shareable: true, askedBy: 'U42' });
    expect(findLiveMentions(message)).toEqual(['<@U42>']);
    expect(findUnvettedTokens(message)).toEqual(['<@U42>']);
    // Everything but the intended "Asked by" line and the buttons' data.
    expect(JSON.stringify(message.blocks.slice(1).filter((b) => b.type !== 'actions'))).not.toMatch(/<[!@#]/);
    expect(message).toMatchSnapshot();
  });

  it('keeps a mention-laden question out of the feedback values in raw form', () => {
    const [up] = buttons(answerMessage(hostileAnswer).blocks);
    expect(up?.value).not.toMatch(/[<>@]/);
    expect(decodeFeedbackValue(up?.value ?? '')?.question).toBe(hostileAnswer.question);
  });

  it('keeps a plain fallback text on every answer', () => {
    expect(answerMessage(reviewSloAnswer).text).toBe(
      "To ensure swift feedback to ready-to-review code, we maintain a `Review-response` Service-level Objective (SLO).\n" +
        'The SLO value depends on the author of the merge request:\n' +
        '• From GitLab team members: `Review-response` SLO &lt; 2 business days\n' +
        '• From authors of Leading Organizations: `Review-response` SLO &lt; 4 business days\n' +
        "If you don't think you can review a merge request in the `Review-response` SLO time frame, let the author know as soon as possible in the comments (no later than 36 hours after first receiving the review request). (source: Code Review Guidelines)",
    );
  });
});

describe('answerMessage with a 20,000-character answer of 300 list items', () => {
  const answer = hugeListAnswer();
  const message = answerMessage(answer, { shareable: true, askedBy: 'U42' });

  it('starts from an answer that really is that large', () => {
    expect(answer.answer.length).toBeGreaterThan(20_000);
    expect(answer.answer.split('\n').filter((line) => line.startsWith('- ')).length).toBe(300);
  });

  it('stays within every Slack limit', () => {
    expect(findLimitViolations(message)).toEqual([]);
  });

  it('cuts at a list-item boundary and links to the rest', () => {
    const passage = sectionTexts(message.blocks)[0] ?? '';
    const lines = passage.split('\n');
    expect(lines[0]).toBe('Before you merge, go through every item below.');
    expect(lines.slice(1, -1).every((line) => /^• Item \d+: .* for details on this step\.$/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe('… <https://about.gitlab.com/handbook/engineering/workflow/merge-requests/#checklist|Read on →>');
    expect(passage.length).toBeGreaterThan(SLACK_LIMITS.sectionText - 200);
  });

  it('keeps the fallback text short', () => {
    expect(message.text.length).toBeLessThanOrEqual(1000);
    expect(message.text.endsWith('… (source: Merge Request Guidelines)')).toBe(true);
  });

  it('fits a single 20,000-character paragraph too', () => {
    const paragraph = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} explains one more rule of the review process.`).join(' ');
    const long = answerMessage({ ...answer, answer: paragraph });
    expect(findLimitViolations(long)).toEqual([]);
    expect(sectionTexts(long.blocks)[0]).toMatch(/process\.\n… <https:\/\/[^>]+\|Read on →>$/);
  });
});
