// The dashboard with nothing cached: a write drops every cached number of the hospital, and then
// the whole console asks at once, each on a range not asked before. The cold scenario in
// scenarios.mjs asks for new ranges while the hospital-wide numbers stay cached; this one also
// recomputes those, as the first dashboards after a lead moves do.
import { performance } from 'node:perf_hooks';
import { freshRanges } from './scenarios.mjs';

const LEADS = '/api/v1/crm/leads';
const DASHBOARD = '/api/v1/crm/reports/dashboard';

export const AFTER_WRITE_ID = 'dashboard-after-write';

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
}

async function timed(baseUrl, token, path, init = {}) {
  const started = performance.now();
  const response = await globalThis.fetch(baseUrl + path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/**
 * `rounds` times: move one card within its column (a write under /crm/leads, which drops the hospital's
 * cached numbers in every API process), then `connections` dashboards at once, each on a new range.
 */
export async function dashboardAfterWriteFigure({ baseUrl, token, card, connections, rounds }) {
  const figure = {
    id: AFTER_WRITE_ID,
    title: `Dashboard after a write, nothing cached (${connections} requests at once on new ranges, ${rounds} rounds)`,
    goal: { p95: 1000 },
    connections,
  };
  // Ranges of a far-off year than the cold scenario's, so nothing it cached is met again.
  const range = freshRanges(new Date(Date.UTC(2023, 11, 31)));
  const latencies = [];
  const statuses = {};
  // The card's column now (the Kanban scenario may have moved it).
  const current = await globalThis.fetch(`${baseUrl}${LEADS}/${card.id}`, { headers: { authorization: `Bearer ${token}` } });
  const status = (await current.json()).data?.status;
  if (!status) return { ...figure, skipped: `the card answered ${current.status}` };
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const move = await timed(baseUrl, token, `${LEADS}/${card.id}/move`, {
      method: 'PATCH',
      body: JSON.stringify({ status, position: round % 5 }),
    });
    if (move.status !== 200) return { ...figure, skipped: `the move answered ${move.status}` };
    const answers = await Promise.all(
      Array.from({ length: connections }, () => {
        const { from, to } = range();
        return timed(baseUrl, token, `${DASHBOARD}?from=${from}&to=${to}`);
      }),
    );
    for (const answer of answers) {
      latencies.push(answer.ms);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const round1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
  const non2xx = Object.entries(statuses).reduce((n, [code, count]) => n + (code.startsWith('2') ? 0 : count), 0);
  figure.median = {
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    rps: round1(sorted.length / seconds),
  };
  figure.runs = [{ requests: sorted.length, non2xx, socketErrors: 0, timeouts: 0, statuses }];
  if (non2xx > sorted.length * 0.01) figure.invalid = `${non2xx} of ${sorted.length} requests failed (status codes ${Object.keys(statuses).join(', ')})`;
  figure.met = !figure.invalid && figure.median.p95 < figure.goal.p95;
  return figure;
}
