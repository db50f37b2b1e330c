import { describe, expect, it } from '@jest/globals';
import { HttpError } from 'ra-core';
import { cleanLead, duplicateFromError, emailError, phoneError, toDateOnly, transformCreate, transformEdit } from './leadModel';

describe('transformCreate', () => {
  it('drops blank fields, trims text and lower-cases the email', () => {
    expect(
      transformCreate({
        firstName: '  Asha ',
        lastName: 'Rao',
        phone: '',
        email: ' Asha.Rao@Example.COM ',
        source: 'WEBSITE',
        sourceDetail: '   ',
        notes: null,
        gender: '',
      }),
    ).toEqual({ firstName: 'Asha', lastName: 'Rao', email: 'asha.rao@example.com', source: 'WEBSITE' });
  });

  it('keeps only fields the API accepts (unknown ones would be a 400)', () => {
    const body = transformCreate({ firstName: 'A', lastName: 'B', source: 'OTHER', id: 'x', status: 'NEW', score: 40, tags: [] });
    expect(Object.keys(body).sort()).toEqual(['firstName', 'lastName', 'source']);
  });

  it('sends owner and tags on create, and no empty tag list', () => {
    expect(transformCreate({ firstName: 'A', lastName: 'B', source: 'OTHER', assignedToId: 'u1', tagIds: ['t1', ''] })).toEqual({
      firstName: 'A',
      lastName: 'B',
      source: 'OTHER',
      assignedToId: 'u1',
      tagIds: ['t1'],
    });
    expect(transformCreate({ firstName: 'A', lastName: 'B', source: 'OTHER', assignedToId: '', tagIds: [] })).toEqual({
      firstName: 'A',
      lastName: 'B',
      source: 'OTHER',
    });
  });

  it('formats dates: birth date as a calendar day, follow-ups as instants', () => {
    const body = transformCreate({
      firstName: 'A',
      lastName: 'B',
      source: 'OTHER',
      dateOfBirth: '1980-04-12T00:00:00.000Z',
      nextFollowUpAt: '2026-11-25T10:00',
      preferredDate: new Date('2026-12-01T09:30:00.000Z'),
    });
    expect(body.dateOfBirth).toBe('1980-04-12');
    expect(body.nextFollowUpAt).toBe(new Date('2026-11-25T10:00').toISOString());
    expect(body.preferredDate).toBe('2026-12-01T09:30:00.000Z');
  });

  it('cleans the interests list: trimmed, no blanks, no repeats', () => {
    expect(cleanLead({ interestedIn: [' Cardiology ', '', 'cardiology', 'MRI'] }, 'create')).toEqual({
      interestedIn: ['Cardiology', 'MRI'],
    });
  });
});

describe('transformEdit', () => {
  it('clears an emptied field with null instead of leaving the old value', () => {
    expect(transformEdit({ firstName: 'A', lastName: 'B', source: 'OTHER', email: '', nextFollowUpAt: '', dateOfBirth: null })).toEqual({
      firstName: 'A',
      lastName: 'B',
      source: 'OTHER',
      email: null,
      nextFollowUpAt: null,
      dateOfBirth: null,
    });
  });

  it('never sends what PUT refuses: status, owner, tags, server fields', () => {
    const record = {
      id: 'l1',
      leadNumber: 'LD-1',
      firstName: 'A',
      lastName: 'B',
      source: 'OTHER',
      status: 'NEW',
      assignedTo: null,
      assignedToId: 'u1',
      tags: [],
      tagIds: ['t1'],
      score: 10,
      scoreBreakdown: {},
      convertedToPatient: null,
      doNotMarket: 0,
    };
    expect(transformEdit(record)).toEqual({ firstName: 'A', lastName: 'B', source: 'OTHER', doNotMarket: false });
  });
});

describe('transformEdit against the loaded record', () => {
  it('sends only the fields whose cleaned value changed', () => {
    const previousData = {
      firstName: 'Asha',
      lastName: 'Rao',
      source: 'WEBSITE',
      email: 'asha@example.com',
      dateOfBirth: '1980-04-12T00:00:00.000Z',
      nextFollowUpAt: '2026-11-25T10:00:00.000Z',
      interestedIn: ['MRI'],
      phone: null,
    };
    const data = { ...previousData, dateOfBirth: '1980-04-12', phone: '', interestedIn: ['MRI', 'Cardiology'] };
    expect(transformEdit(data, { previousData })).toEqual({ interestedIn: ['MRI', 'Cardiology'] });
  });
});

describe('dates', () => {
  it.each([
    ['1980-04-12', '1980-04-12'],
    ['1980-04-12T00:00:00.000Z', '1980-04-12'],
    ['garbage', undefined],
    [42, undefined],
  ])('toDateOnly(%p) = %p', (input, expected) => {
    expect(toDateOnly(input)).toBe(expected);
  });
});

describe('validation', () => {
  it.each([
    ['+91 98450 12345', null],
    ['(080) 2345-6789', null],
    ['', null],
    ['12345', 'resources.leads.validation.phone'],
    ['call me', 'resources.leads.validation.phone'],
  ])('phone %p', (value, expected) => {
    expect(phoneError(value)).toBe(expected);
  });

  it.each([
    ['asha@example.com', null],
    [undefined, null],
    ['asha@', 'resources.leads.validation.email'],
    ['asha example.com', 'resources.leads.validation.email'],
  ])('email %p', (value, expected) => {
    expect(emailError(value)).toBe(expected);
  });
});

describe('duplicateFromError', () => {
  const body = { success: false, error: { code: 'CONFLICT', message: 'dup', details: { existingLeadId: 'l9', leadNumber: 'LD-CGH-9' } } };

  it('reads the existing lead from a 409', () => {
    expect(duplicateFromError(new HttpError('dup', 409, body))).toEqual({ existingLeadId: 'l9', leadNumber: 'LD-CGH-9' });
  });

  it('ignores other errors', () => {
    expect(duplicateFromError(new HttpError('bad', 400, body))).toBeNull();
    expect(duplicateFromError(new HttpError('conflict', 409, { success: false, error: { code: 'CONFLICT' } }))).toBeNull();
    expect(duplicateFromError(new Error('network'))).toBeNull();
    expect(duplicateFromError(null)).toBeNull();
  });
});
