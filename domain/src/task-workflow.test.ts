import { TASK_STATUSES, type TaskStatus } from './enums';
import { IllegalTransitionError } from './state-machine';
import { isOpenTaskStatus, SYSTEM_ONLY_TASK_STATUSES, TASK_TRANSITIONS, validateTaskMove } from './task-workflow';

const ALLOWED = new Set([
  'PENDING>IN_PROGRESS',
  'PENDING>COMPLETED',
  'PENDING>CANCELLED',
  'PENDING>OVERDUE',
  'IN_PROGRESS>COMPLETED',
  'IN_PROGRESS>CANCELLED',
  'IN_PROGRESS>OVERDUE',
  'OVERDUE>IN_PROGRESS',
  'OVERDUE>COMPLETED',
  'OVERDUE>CANCELLED',
]);
const EVERY_PAIR = TASK_STATUSES.flatMap((from) => TASK_STATUSES.map((to): [TaskStatus, TaskStatus, boolean] => [from, to, ALLOWED.has(`${from}>${to}`)]));

describe('task workflow', () => {
  it.each(EVERY_PAIR)('%s → %s allowed: %p', (from, to, allowed) => {
    expect(TASK_TRANSITIONS.canMove(from, to)).toBe(allowed);
  });

  it.each<[TaskStatus, boolean]>([
    ['PENDING', true],
    ['IN_PROGRESS', true],
    ['OVERDUE', true],
    ['COMPLETED', false],
    ['CANCELLED', false],
  ])('%s is open: %p, and final exactly when not open', (status, open) => {
    expect(isOpenTaskStatus(status)).toBe(open);
    expect(TASK_TRANSITIONS.isFinal(status)).toBe(!open);
  });

  it('only the system marks a task overdue', () => {
    expect(SYSTEM_ONLY_TASK_STATUSES).toEqual(['OVERDUE']);
  });

  it.each<[TaskStatus, TaskStatus]>([
    ['PENDING', 'IN_PROGRESS'],
    ['PENDING', 'COMPLETED'],
    ['OVERDUE', 'COMPLETED'],
    ['IN_PROGRESS', 'CANCELLED'],
  ])('a person may move %s → %s', (from, to) => {
    expect(() => validateTaskMove(from, to)).not.toThrow();
  });

  it.each<[TaskStatus, TaskStatus, string]>([
    ['PENDING', 'OVERDUE', 'A task cannot move from PENDING to OVERDUE: OVERDUE is set by the system when the due date passes'],
    ['COMPLETED', 'PENDING', 'A task cannot move from COMPLETED to PENDING'],
    ['CANCELLED', 'IN_PROGRESS', 'A task cannot move from CANCELLED to IN_PROGRESS'],
    ['IN_PROGRESS', 'PENDING', 'A task cannot move from IN_PROGRESS to PENDING'],
  ])('a person may not move %s → %s', (from, to, message) => {
    expect(() => validateTaskMove(from, to, 'USER')).toThrow(IllegalTransitionError);
    expect(() => validateTaskMove(from, to, 'USER')).toThrow(message);
  });

  it.each<[TaskStatus, TaskStatus, boolean]>([
    ['PENDING', 'OVERDUE', true],
    ['IN_PROGRESS', 'OVERDUE', true],
    ['COMPLETED', 'OVERDUE', false],
    ['OVERDUE', 'OVERDUE', false],
  ])('the overdue sweep may move %s → %s: %p', (from, to, allowed) => {
    if (allowed) expect(() => validateTaskMove(from, to, 'SYSTEM')).not.toThrow();
    else expect(() => validateTaskMove(from, to, 'SYSTEM')).toThrow(IllegalTransitionError);
  });
});
