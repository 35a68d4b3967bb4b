import { describe, expect, it } from 'vitest';
import { rolePartAsked } from '../../src/answer/role-question.js';

describe('rolePartAsked', () => {
  it.each([
    ['what does a backend engineer do?', 'backend engineer', 'responsibilities'],
    ['What do SREs actually do all day?', 'SREs', 'responsibilities'],
    ['what do backend engineers do', 'backend engineers', 'responsibilities'],
    ['so what does a developer do?', 'developer', 'responsibilities'],
    ['what does the frontend engineer do here?', 'frontend engineer', 'responsibilities'],
    ['what does an engineering manager do at gitlab?', 'engineering manager', 'responsibilities'],
    ['What are the responsibilities of a frontend engineer?', 'frontend engineer', 'responsibilities'],
    ['what are the requirements for a backend engineer?', 'backend engineer', 'requirements'],
    ["what're the qualifications to become a site reliability engineer", 'site reliability engineer', 'requirements'],
    ['what do I need to become a senior developer?', 'senior developer', 'requirements'],
    ["what's the hiring process for frontend engineers?", 'frontend engineers', 'hiring process'],
    ['what is the interview process for a support engineer', 'support engineer', 'hiring process'],
  ])('reads %j as asking for the %j role\'s %s', (question, role, part) => {
    expect(rolePartAsked(question)).toEqual({ role, part });
  });

  it.each([
    'what does my manager do?',
    'what do I do if master is broken?',
    'what do i do',
    'what does it do?',
    'what does DRI stand for?',
    'what does a backend engineer do when on call?',
    'how do backend engineers do code review?',
    'what are the requirements for my laptop refresh?',
  ])('reads no role part asked for in %j', (question) => {
    expect(rolePartAsked(question)).toBeUndefined();
  });

  it('leaves it to the role pages whether what a question names is a role', () => {
    expect(rolePartAsked('what are the requirements for taking PTO during a release?')).toEqual({ role: 'taking PTO during a release', part: 'requirements' });
  });
});
