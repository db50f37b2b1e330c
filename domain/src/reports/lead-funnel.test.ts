import { buildLeadFunnel, type PipelineStage } from './lead-funnel';

describe('buildLeadFunnel', () => {
  it('counts a lead at every stage up to its furthest one', () => {
    // 10 leads stopped at: NEW 4, CONTACTED 2, QUALIFIED 1, APPOINTMENT_SCHEDULED 0, CONVERTED 3.
    // Reached: NEW 10, CONTACTED 6, QUALIFIED 4, APPOINTMENT_SCHEDULED 3, CONVERTED 3.
    const funnel = buildLeadFunnel(
      new Map<PipelineStage, number>([
        ['NEW', 4],
        ['CONTACTED', 2],
        ['QUALIFIED', 1],
        ['CONVERTED', 3],
      ]),
    );
    expect(funnel).toEqual([
      { stage: 'NEW', reached: 10, fromPrevious: null, fromStart: 100 },
      { stage: 'CONTACTED', reached: 6, fromPrevious: 60, fromStart: 60 }, // 6/10
      { stage: 'QUALIFIED', reached: 4, fromPrevious: 66.7, fromStart: 40 }, // 4/6, 4/10
      { stage: 'APPOINTMENT_SCHEDULED', reached: 3, fromPrevious: 75, fromStart: 30 }, // 3/4
      { stage: 'CONVERTED', reached: 3, fromPrevious: 100, fromStart: 30 }, // 3/3
    ]);
  });

  it('is all zeros without leads', () => {
    expect(buildLeadFunnel(new Map()).map((s) => [s.reached, s.fromPrevious, s.fromStart])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });
});
