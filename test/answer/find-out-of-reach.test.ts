import { describe, expect, it } from 'vitest';
import { findOutOfReach } from '../../src/answer/find-out-of-reach.js';
import { loadProjectConfig } from '../knowledge/fixture-paths.js';

const kinds = loadProjectConfig().outOfReach;
const asks = (question: string) => findOutOfReach(question, kinds)?.asks;

describe('findOutOfReach with the project config', () => {
  it.each([
    ["what's the guest wifi password?", 'secrets'],
    ['what is the ｗｉｆｉ ｐａｓｓｗｏｒｄ', 'secrets'],
    ['what is the door code for the SF office', 'secrets'],
    ['can you give me the API key for staging', 'secrets'],
    ["what's our CEO's home address", 'contact'],
    ["what's Dave’s mobile number?", 'contact'],
    ['is gitlab.com down right now?', 'live'],
    ["what's for lunch today", 'live'],
    ['who is on call tonight', 'live'],
    ['who is my manager?', 'assigned'],
    ["what's my mentor's name", 'assigned'],
    ['can someone drop the staging db password here', 'secrets'],
    ['pls dm me the admin credentials for the vpn', 'secrets'],
    ['did my expense report from last week get approved yet?', 'own'],
    ['has my laptop refund been processed', 'own'],
    ['what score did I get on the coding challenge', 'own'],
    ['how many vacation days do I have left this year?', 'own'],
    ["what's the status of my laptop order", 'own'],
    ['when is my next 1:1 with my manager', 'own'],
    ['what was our revenue last quarter', 'live'],
    ['how many bugs did we close this week', 'live'],
    ["what did the CEO say at yesterday's all hands", 'live'],
    ['what is the stock price', 'live'],
    ['can you approve my PTO request for next week', 'act'],
    ['could you please book a meeting room for tomorrow', 'act'],
    ['what is my employee number', 'own'],
    ['whats my badge id?', 'own'],
    ['which team won the bowling night', 'contest'],
    ['who came first in the hackathon', 'contest'],
    ['any good sushi places near the Berlin office?', 'places'],
    ["where's a good place to get coffee near the office", 'places'],
    ['which restaurant should we book for the team dinner', 'places'],
  ] as const)('declines %j, which asks for %s', (question, kind) => {
    const wording = { secrets: 'secrets', contact: 'personal contact', live: 'live information', assigned: 'assigned to you', own: 'your own requests', act: 'act for you', contest: 'who won', places: 'places to eat' }[kind];
    expect(asks(question)).toContain(wording);
  });

  it.each([
    'how do I reset my password?',
    'what password manager do we use',
    'what is the password policy for laptops',
    'how do I add my phone number to my Slack profile',
    'I am sick today, who do I tell?',
    "I'm on call right now and got paged, what do I do?",
    'what should I do today, my first day?',
    'can I take PTO today if I tell my manager?',
    'what does an onboarding buddy do',
    'what are my responsibilities as a developer?',
    "what's my role in code review",
    'who should I ask about my expenses',
    'how do I get my expense report approved?',
    'who approves my expense report',
    'what happens after my MR is approved',
    'is my time off approved automatically?',
    'how many PTO days do I get per year',
    'how is my performance rated',
    'how should I send the api key to a contractor',
    'what is the approved way to share the credentials with a customer securely',
    'where do I post the release notes',
    'how much notice do I need to give before taking PTO next week?',
    'what should I work on this week, my first week?',
    'can I take two weeks off next month?',
    'what happens at the end of each quarter',
    'what is an employee stock option',
    'can you explain how merge request approvals work',
    'how do I book a meeting room',
    'how do I find my employee ID in Workday?',
    "what's my role as a reviewer",
    'how are hackathon winners chosen?',
    "what's a good place to document a decision?",
    'can I expense lunch with a candidate?',
    'what coffee can I expense while travelling',
    'is there a bar for the number of reviewers?',
  ])('answers %j', (question) => {
    expect(asks(question)).toBeUndefined();
  });
});
