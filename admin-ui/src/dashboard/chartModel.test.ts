import { describe, expect, it } from '@jest/globals';
import type { ReportCharts } from '../providers/apiTypes';
import { bucketLabel, chartHasData, conversionBars, funnelBars, sourceSlices, staffCompletion, volumeRows } from './chartModel';

const EMPTY: ReportCharts = {
  range: { from: '2026-10-26', to: '2026-11-24' },
  interval: 'day',
  pipelineFunnel: [
    { stage: 'NEW', reached: 0, fromPrevious: null, fromStart: null },
    { stage: 'CONTACTED', reached: 0, fromPrevious: null, fromStart: null },
  ],
  leadsBySource: [],
  leadTrend: [{ bucket: '2026-11-24', created: 0, converted: 0 }],
  conversionBySource: [],
  taskCompletion: { due: 0, completed: 0, completedOnTime: 0, overdueOpen: 0, completionRate: null, onTimeRate: null, byStaff: [] },
  npsTrend: [{ bucket: '2026-11-24', responses: 0, nps: null }],
  communicationVolume: [{ bucket: '2026-11-24', total: 0, byChannel: {} }],
};

describe('dashboard charts', () => {
  it('labels days and months as calendar dates', () => {
    expect(bucketLabel('2026-11-04')).toBe('4 Nov');
    expect(bucketLabel('2026-01')).toBe('Jan 2026');
  });

  it('says a range with nothing in it has nothing to draw, chart by chart', () => {
    expect(Object.values(chartHasData(EMPTY))).toEqual(Array(7).fill(false));
    const someLeads = { ...EMPTY, leadTrend: [{ bucket: '2026-11-24', created: 2, converted: 0 }] };
    expect(chartHasData(someLeads)).toMatchObject({ leadTrend: true, npsTrend: false });
  });

  it('colours the funnel like the Kanban columns', () => {
    const [first] = funnelBars([{ stage: 'QUALIFIED', reached: 4, fromPrevious: 50, fromStart: 40 }]);
    expect(first).toMatchObject({ label: 'Qualified', color: '#f59e0b', reached: 4 });
  });

  it('draws sources with leads only, largest first', () => {
    const slices = sourceSlices([
      { source: 'WEBSITE', leads: 2 },
      { source: 'WALK_IN', leads: 0 },
      { source: 'REFERRAL_DOCTOR', leads: 5 },
    ]);
    expect(slices.map((s) => s.source)).toEqual(['REFERRAL_DOCTOR', 'WEBSITE']);
    expect(new Set(slices.map((s) => s.color)).size).toBe(2);
  });

  it('ranks sources by conversion rate, unknown rates last', () => {
    const bars = conversionBars([
      { source: 'WEBSITE', leads: 3, converted: 0, lost: 0, conversionRate: null },
      { source: 'WALK_IN', leads: 2, converted: 1, lost: 1, conversionRate: 50 },
    ]);
    expect(bars.map((b) => [b.source, b.rate])).toEqual([
      ['WALK_IN', 50],
      ['WEBSITE', 0],
    ]);
  });

  it('stacks message volume by the channels that sent anything', () => {
    const { rows, channels } = volumeRows([
      { bucket: '2026-11-23', total: 3, byChannel: { EMAIL: 1, SMS: 2, WHATSAPP: 0 } },
      { bucket: '2026-11-24', total: 1, byChannel: { EMAIL: 1 } },
    ]);
    expect(channels.map((c) => c.channel)).toEqual(['EMAIL', 'SMS']);
    expect(rows[1]).toEqual({ label: '24 Nov', total: 1, EMAIL: 1, SMS: 0 });
  });

  it('lists staff with tasks due, best completion first', () => {
    const staff = (firstName: string) => ({ id: firstName, firstName, lastName: 'K' });
    const rows = staffCompletion([
      { staff: staff('Asha'), due: 4, completed: 1, completedOnTime: 1, overdueOpen: 0, completionRate: 25, onTimeRate: 100 },
      { staff: staff('Bina'), due: 0, completed: 0, completedOnTime: 0, overdueOpen: 0, completionRate: null, onTimeRate: null },
      { staff: staff('Chet'), due: 2, completed: 2, completedOnTime: 1, overdueOpen: 0, completionRate: 100, onTimeRate: 50 },
    ]);
    expect(rows.map((r) => [r.name, r.rate])).toEqual([
      ['Chet K', 100],
      ['Asha K', 25],
    ]);
  });
});
