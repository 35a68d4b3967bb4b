import { describe, expect, it } from 'vitest';
import { roleDutiesAsked } from '../../src/answer/role-question.js';

describe('roleDutiesAsked', () => {
  it.each([
    ['what does a backend engineer do?', 'backend engineer'],
    ['What do SREs actually do all day?', 'SREs'],
    ['what do backend engineers do', 'backend engineers'],
    ['so what does a developer do?', 'developer'],
    ['what does the frontend engineer do here?', 'frontend engineer'],
    ['what does an engineering manager do at gitlab?', 'engineering manager'],
  ])('reads %j as asking what %j does', (question, role) => {
    expect(roleDutiesAsked(question)).toBe(role);
  });

  it.each([
    'what does my manager do?',
    'what do I do if master is broken?',
    'what do i do',
    'what does it do?',
    'what does DRI stand for?',
    'what does a backend engineer do when on call?',
    'how do backend engineers do code review?',
  ])('reads no role asked about in %j', (question) => {
    expect(roleDutiesAsked(question)).toBeUndefined();
  });
});
