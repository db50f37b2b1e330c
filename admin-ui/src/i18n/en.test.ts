/// <reference types="node" />
// Every fixed i18n key the console's code names must exist in en.ts (a missing one shows the key
// itself to the user, since the provider allows missing keys). Keys built at run time are checked
// by listing the values they are built from.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { COMMUNICATION_DIRECTIONS, COMMUNICATION_STATUSES, NPS_CATEGORIES, SENTIMENTS, SURVEY_QUESTION_TYPES } from '@hospital-crm/domain';
import { en } from './en';

const SRC = path.resolve(__dirname, '..');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });

const lookup = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en);

const KEY = /['"`]((?:resources|crm)\.[A-Za-z0-9_.-]+)['"`]/g;

describe('en.ts', () => {
  it('has every fixed key the code uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(KEY)) used.add(match[1]);
    }
    // keys that are prefixes for keys built at run time (`${prefix}.${value}`)
    const prefixes = new Set(['resources.surveys.nps', 'resources.surveys.sentiments']);
    const missing = [...used].filter((key) => !prefixes.has(key) && typeof lookup(key) !== 'string');
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(300);
  });

  it.each([
    ['resources.communications.statuses', COMMUNICATION_STATUSES],
    ['resources.communications.steps', COMMUNICATION_STATUSES],
    ['resources.communications.directions', COMMUNICATION_DIRECTIONS],
    ['resources.communications.log', COMMUNICATION_DIRECTIONS],
    ['resources.surveys.nps', NPS_CATEGORIES],
    ['resources.surveys.sentiments', SENTIMENTS],
    ['resources.surveys.builder.add', SURVEY_QUESTION_TYPES],
    ['resources.tasks.views', ['my', 'today', 'overdue', 'all']],
    ['resources.tasks.reminders', ['15', '60', '240', '1440', '2880']],
    ['resources.surveys.analytics.periods', ['30d', '90d', '12m']],
    ['resources.surveys.show', ['analytics', 'responses', 'questions']],
    ['resources.communications.show', ['title_to', 'title_from']],
  ])('names every value of %s', (prefix, values) => {
    expect(values.filter((value) => typeof lookup(`${prefix}.${value}`) !== 'string')).toEqual([]);
  });
});
