import type { LeadStatus } from '../enums';
import { percent } from './report-math';

/** The pipeline's stages in order; LOST is an exit, not a stage. */
export const PIPELINE_STAGES = ['NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED'] as const satisfies readonly LeadStatus[];
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface FunnelStep {
  stage: PipelineStage;
  /** Leads whose furthest stage is this one or a later one. */
  reached: number;
  /** Of the leads that reached the previous stage, the share that reached this one (%); null for NEW. */
  fromPrevious: number | null;
  /** Of all leads, the share that reached this one (%). */
  fromStart: number | null;
}

/**
 * The funnel from how many leads stopped at each stage (their furthest stage, whatever their
 * status now): a lead that got to QUALIFIED and was lost counts as reaching NEW, CONTACTED and
 * QUALIFIED. Every lead reaches NEW.
 */
export function buildLeadFunnel(stoppedAt: ReadonlyMap<PipelineStage, number>): FunnelStep[] {
  const total = PIPELINE_STAGES.reduce((sum, stage) => sum + (stoppedAt.get(stage) ?? 0), 0);
  let remaining = total;
  let previous: number | null = null;
  return PIPELINE_STAGES.map((stage) => {
    const reached = remaining;
    remaining -= stoppedAt.get(stage) ?? 0;
    const step: FunnelStep = { stage, reached, fromPrevious: previous === null ? null : percent(reached, previous), fromStart: percent(reached, total) };
    previous = reached;
    return step;
  });
}
