import { describe, expect, it } from '@jest/globals';
import type { Task } from '../providers/apiTypes';
import { canComplete, cleanTask, isTaskOverdue, taskFormValues, userMoves } from './taskModel';

const task = (overrides: Partial<Task> = {}): Task => ({
  id: 't1',
  title: 'Call back',
  description: null,
  taskType: 'FOLLOW_UP_CALL',
  status: 'PENDING',
  priority: 'MEDIUM',
  dueDate: '2026-11-20T10:00:00.000Z',
  reminderMinutesBefore: [60],
  overdueAt: null,
  completedAt: null,
  cancelledAt: null,
  outcome: null,
  createdAt: '2026-11-19T10:00:00.000Z',
  updatedAt: '2026-11-19T10:00:00.000Z',
  assignedTo: { id: 'u1', firstName: 'Priya', lastName: 'Sharma' },
  assignedBy: null,
  lead: { id: 'l1', leadNumber: 'LD-1', firstName: 'Asha', lastName: 'Rao' },
  patient: null,
  completedOnTime: null,
  ...overrides,
});

describe('overdue', () => {
  const now = new Date('2026-11-20T12:00:00.000Z');
  it.each([
    ['PENDING', '2026-11-20T10:00:00.000Z', true],
    ['IN_PROGRESS', '2026-11-20T11:59:00.000Z', true],
    ['PENDING', '2026-11-20T13:00:00.000Z', false],
    ['OVERDUE', '2026-11-21T10:00:00.000Z', true],
    ['COMPLETED', '2026-11-19T10:00:00.000Z', false],
    ['CANCELLED', '2026-11-19T10:00:00.000Z', false],
  ] as const)('%s due %s is overdue: %p', (status, dueDate, expected) => {
    expect(isTaskOverdue({ status, dueDate }, now)).toBe(expected);
  });
});

describe('moves a person may make', () => {
  it('never offers OVERDUE, which the workflow sets', () => {
    expect(userMoves('PENDING')).toEqual(['IN_PROGRESS', 'COMPLETED', 'CANCELLED']);
    expect(userMoves('OVERDUE')).toEqual(['IN_PROGRESS', 'COMPLETED', 'CANCELLED']);
    expect(userMoves('COMPLETED')).toEqual([]);
  });

  it('completes only open tasks', () => {
    expect(canComplete('OVERDUE')).toBe(true);
    expect(canComplete('CANCELLED')).toBe(false);
  });
});

describe('task form', () => {
  it('sends a new task without blanks, due date as an instant, reminders largest first', () => {
    expect(
      cleanTask({
        title: ' Call back ',
        description: '',
        taskType: 'FOLLOW_UP_CALL',
        priority: 'HIGH',
        dueDate: '2026-11-25T10:00',
        assignedToId: 'u1',
        leadId: '',
        reminderMinutesBefore: [60, 1440, 60],
        status: 'PENDING',
      }),
    ).toEqual({
      title: 'Call back',
      taskType: 'FOLLOW_UP_CALL',
      priority: 'HIGH',
      dueDate: new Date(2026, 10, 25, 10, 0).toISOString(),
      assignedToId: 'u1',
      reminderMinutesBefore: [1440, 60],
    });
  });

  it('sends only what changed on edit', () => {
    const before = task();
    const values = { ...taskFormValues(before), dueDate: '2026-11-21T10:00:00.000Z', assignedToId: 'u2' };
    expect(cleanTask(values, before)).toEqual({ dueDate: '2026-11-21T10:00:00.000Z', assignedToId: 'u2' });
    expect(cleanTask(taskFormValues(before), before)).toEqual({});
  });

  it('clears a description that was emptied', () => {
    const before = task({ description: 'Asked for evening' });
    expect(cleanTask({ ...taskFormValues(before), description: '' }, before)).toEqual({ description: '' });
  });
});
