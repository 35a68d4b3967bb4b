import { describe, expect, it } from 'vitest';
import { findOutOfReach } from '../../src/answer/find-out-of-reach.js';
import { loadProjectConfig } from '../knowledge/fixture-paths.js';

const kinds = loadProjectConfig().outOfReach;
const asks = (question: string) => findOutOfReach(question, kinds)?.asks;

describe('findOutOfReach with the project config', () => {
  it.each([
    ["what's the guest wifi password?", 'secrets'],
    ['what is the door code for the SF office', 'secrets'],
    ['can you give me the API key for staging', 'secrets'],
    ["what's our CEO's home address", 'contact'],
    ["what's Dave’s mobile number?", 'contact'],
    ['is gitlab.com down right now?', 'live'],
    ["what's for lunch today", 'live'],
    ['who is on call tonight', 'live'],
    ['who is my manager?', 'assigned'],
    ["what's my mentor's name", 'assigned'],
  ] as const)('declines %j, which asks for %s', (question, kind) => {
    const wording = { secrets: 'secrets', contact: 'personal contact', live: 'live information', assigned: 'assigned to you' }[kind];
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
  ])('answers %j', (question) => {
    expect(asks(question)).toBeUndefined();
  });
});
