import { describe, expect, it } from '@jest/globals';
import { areaOf, canAccessResource } from './access';

describe('canAccessResource', () => {
  it.each([
    ['RECEPTIONIST', 'leads', true],
    ['RECEPTIONIST', 'communications', true],
    ['RECEPTIONIST', 'tasks', true],
    ['RECEPTIONIST', 'my-tasks', true],
    ['RECEPTIONIST', 'campaigns', false],
    ['RECEPTIONIST', 'surveys', false],
    ['RECEPTIONIST', 'templates', false],
    ['RECEPTIONIST', 'reports', false],
    ['RECEPTIONIST', 'settings', false],
    ['RECEPTIONIST', 'dashboard', false],
    ['HOSPITAL_ADMIN', 'campaigns', true],
    ['HOSPITAL_ADMIN', 'settings', true],
    ['HOSPITAL_ADMIN', 'dashboard', true],
    ['SUPER_ADMIN', 'surveys', true],
    ['HOSPITAL_ADMIN', 'survey-responses', true],
    ['RECEPTIONIST', 'survey-responses', false],
    ['HOSPITAL_ADMIN', 'templates', true],
    ['DOCTOR', 'communications', false],
    ['NURSE', 'tasks', true],
    ['NURSE', 'leads', false],
  ])('%s on %s: %p', (role, resource, allowed) => {
    expect(canAccessResource(role, resource)).toBe(allowed);
  });

  it('refuses resources outside the role table and unknown roles', () => {
    expect(canAccessResource('HOSPITAL_ADMIN', 'hospitals')).toBe(false);
    expect(canAccessResource('GUEST', 'leads')).toBe(false);
  });

  it('maps resources to the area that guards them', () => {
    expect(areaOf('my-tasks')).toBe('tasks');
    expect(areaOf('survey-responses')).toBe('surveys');
    expect(areaOf('dashboard')).toBe('reports');
    expect(areaOf('leads')).toBe('leads');
    expect(areaOf('hospitals')).toBeNull();
  });
});
