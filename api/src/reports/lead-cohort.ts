import { buildLeadFunnel, percent, summarizeDurations, type DurationSummary, type FunnelStep, type PipelineStage } from '@hospital-crm/domain';
import type { ConversionTimeRow, LeadStageRow } from './queries/lead-queries';

/** What a group of the cohort (a source, an owner, everyone) did. */
export interface CohortSummary {
  leads: number;
  open: number;
  converted: number;
  lost: number;
  /** converted / (converted + lost): of the leads that reached an outcome, the share that became patients (%). */
  conversionRate: number | null;
  /** From lead creation to conversion, over the converted leads. */
  timeToConvert: DurationSummary;
}

export function summarizeCohort(rows: readonly LeadStageRow[], times: readonly ConversionTimeRow[]): CohortSummary {
  let leads = 0;
  let converted = 0;
  let lost = 0;
  for (const row of rows) {
    leads += row.n;
    if (row.status === 'CONVERTED') converted += row.n;
    if (row.status === 'LOST') lost += row.n;
  }
  return {
    leads,
    open: leads - converted - lost,
    converted,
    lost,
    conversionRate: percent(converted, converted + lost),
    timeToConvert: summarizeDurations(times.map((t) => t.ms)),
  };
}

/** The pipeline funnel of the cohort: how many reached each stage. */
export function cohortFunnel(rows: readonly LeadStageRow[]): FunnelStep[] {
  const stoppedAt = new Map<PipelineStage, number>();
  for (const row of rows) stoppedAt.set(row.furthest, (stoppedAt.get(row.furthest) ?? 0) + row.n);
  return buildLeadFunnel(stoppedAt);
}

/** Splits rows and times by a key and summarizes each group, largest group first. */
export function summarizeBy<K extends string | null>(
  rows: readonly LeadStageRow[],
  times: readonly ConversionTimeRow[],
  key: (row: LeadStageRow | ConversionTimeRow) => K,
): Array<{ key: K; summary: CohortSummary }> {
  const keys = [...new Set(rows.map(key))];
  return keys
    .map((k) => ({
      key: k,
      summary: summarizeCohort(
        rows.filter((r) => key(r) === k),
        times.filter((t) => key(t) === k),
      ),
    }))
    .sort((a, b) => b.summary.leads - a.summary.leads || String(a.key).localeCompare(String(b.key)));
}
