// The plan's lead score: five capped parts summing to an integer 0..100.
import type { LeadSource } from './enums';

export interface LeadScoreInput {
  source: LeadSource;
  communicationCount: number;
  respondedCount: number;
  lastContactAt: Date | null;
  interestedIn: readonly string[];
  preferredDoctorId: string | null;
  preferredDate: Date | null;
}

export interface LeadScoreBreakdown {
  sourceQuality: number;
  engagement: number;
  responseRate: number;
  recency: number;
  interestSignals: number;
}

export interface LeadScore {
  total: number;
  breakdown: LeadScoreBreakdown;
}

/** The most each part can contribute; they add up to 100. */
export const SCORE_WEIGHTS = {
  sourceQuality: 20,
  engagement: 30,
  responseRate: 20,
  recency: 15,
  interestSignals: 15,
} as const satisfies LeadScoreBreakdown;

// Sources the plan does not rank (Google Ads, WhatsApp, email, health camp, corporate) score as "Other".
export const SOURCE_QUALITY: Readonly<Record<LeadSource, number>> = {
  REFERRAL_DOCTOR: 20,
  REFERRAL_PATIENT: 18,
  WEBSITE: 15,
  PHONE_CALL: 12,
  WALK_IN: 10,
  SOCIAL_MEDIA: 8,
  GOOGLE_ADS: 5,
  WHATSAPP: 5,
  EMAIL_INQUIRY: 5,
  HEALTH_CAMP: 5,
  CORPORATE: 5,
  OTHER: 5,
};

const POINTS_PER_COMMUNICATION = 3;
const POINTS_PER_INTEREST_SIGNAL = 5;
const DAY_MS = 86_400_000;
// [days since last contact is below, points]; first match wins.
const RECENCY_STEPS: readonly (readonly [number, number])[] = [
  [7, 15],
  [14, 10],
  [30, 5],
];

export function scoreLead(input: LeadScoreInput, now: Date): LeadScore {
  const breakdown: LeadScoreBreakdown = {
    sourceQuality: SOURCE_QUALITY[input.source] ?? SOURCE_QUALITY.OTHER,
    engagement: engagementPoints(input.communicationCount),
    responseRate: responseRatePoints(input.respondedCount, input.communicationCount),
    recency: recencyPoints(input.lastContactAt, now),
    interestSignals: interestPoints(input),
  };
  const total = breakdown.sourceQuality + breakdown.engagement + breakdown.responseRate + breakdown.recency + breakdown.interestSignals;
  return { total, breakdown };
}

// Counts come from database aggregates; bad values are clamped rather than thrown so a
// workflow recomputing a score never fails on them.
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function engagementPoints(communications: number): number {
  return Math.min(SCORE_WEIGHTS.engagement, count(communications) * POINTS_PER_COMMUNICATION);
}

function responseRatePoints(responded: number, communications: number): number {
  const total = count(communications);
  if (total === 0) return 0;
  return Math.min(SCORE_WEIGHTS.responseRate, Math.round((count(responded) / total) * SCORE_WEIGHTS.responseRate));
}

function recencyPoints(lastContactAt: Date | null, now: Date): number {
  if (lastContactAt === null) return 0;
  // A contact stamped slightly in the future (clock skew) counts as just now.
  const days = Math.max(0, now.getTime() - lastContactAt.getTime()) / DAY_MS;
  if (Number.isNaN(days)) return 0;
  for (const [below, points] of RECENCY_STEPS) if (days < below) return points;
  return 0;
}

function interestPoints(input: LeadScoreInput): number {
  const signals = [
    input.interestedIn.some((s) => s.trim() !== ''),
    Boolean(input.preferredDoctorId?.trim()),
    input.preferredDate !== null && !Number.isNaN(input.preferredDate.getTime()),
  ];
  return signals.filter(Boolean).length * POINTS_PER_INTEREST_SIGNAL;
}

export interface ScoreLine {
  key: keyof LeadScoreBreakdown;
  label: string;
  points: number;
  max: number;
}

const SCORE_LABELS: Readonly<Record<keyof LeadScoreBreakdown, string>> = {
  sourceQuality: 'Source quality',
  engagement: 'Engagement',
  responseRate: 'Response rate',
  recency: 'Recency',
  interestSignals: 'Interest signals',
};

/** One line per part, in the plan's order, for the lead card's score tooltip. */
export function explainScore(breakdown: LeadScoreBreakdown): ScoreLine[] {
  return (Object.keys(SCORE_WEIGHTS) as (keyof LeadScoreBreakdown)[]).map((key) => ({
    key,
    label: SCORE_LABELS[key],
    points: breakdown[key],
    max: SCORE_WEIGHTS[key],
  }));
}
