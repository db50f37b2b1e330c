import { describe, expect, it } from '@jest/globals';
import { consolePath } from './notificationModel';

describe('notification links', () => {
  it.each([
    ['/tasks/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b', '/tasks/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b/show'],
    ['/tasks', '/tasks'],
    ['/leads/abc/show', '/leads/abc/show'],
    ['/tasks/create', '/tasks/create'],
    [null, null],
    ['', null],
    ['https://evil.example/x', null],
    ['//evil.example/x', null],
    ['javascript:alert(1)', null],
    ['/tasks/../users', null],
  ])('%p opens %p', (link, expected) => {
    expect(consolePath(link)).toBe(expected);
  });
});
