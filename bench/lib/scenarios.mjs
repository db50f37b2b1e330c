// The lead figures: what each scenario requests, and its goal. Later features add their scenarios here.
import { query } from './stack.mjs';

const LEADS = '/api/v1/crm/leads';
const DASHBOARD = '/api/v1/crm/reports/dashboard';
const DAY_MS = 86_400_000;

// Filter pairs a receptionist actually uses: open stages by the busiest channels.
const FILTERS = [
  ['NEW', 'WEBSITE'],
  ['CONTACTED', 'PHONE_CALL'],
  ['QUALIFIED', 'GOOGLE_ADS'],
  ['NEW', 'WALK_IN'],
  ['APPOINTMENT_SCHEDULED', 'REFERRAL_DOCTOR'],
  ['CONTACTED', 'SOCIAL_MEDIA'],
];
// Name fragments (common and rare), phone digits and an email fragment; all case-insensitive partial matches.
const SEARCHES = ['ana', 'kumar', '98765', 'Patel', 'fern', 'sing', '4321', 'priya.m'];

/** Round-robin over a list; every connection shares the cursor, so consecutive requests differ. */
function cycle(items) {
  let i = 0;
  return () => items[i++ % items.length];
}

/** Lead ids of the signed-in hospital to read and move, drawn from the generated data. */
export async function loadPools(databaseUrl, hospitalCode, size) {
  const [{ id: hospitalId }] = await query(databaseUrl, `SELECT id FROM "Hospital" WHERE code = $1`, [hospitalCode]);
  const sample = (where) =>
    query(databaseUrl, `SELECT id, status FROM "CRMLead" WHERE "hospitalId" = $1 AND "deletedAt" IS NULL ${where} ORDER BY random() LIMIT $2`, [
      hospitalId,
      size,
    ]);
  const named = await query(
    databaseUrl,
    `SELECT lower("firstName" || ' ' || "lastName") AS name FROM "CRMLead" WHERE "hospitalId" = $1 AND "deletedAt" IS NULL ORDER BY random() LIMIT $2`,
    [hospitalId, size],
  );
  return {
    hospitalId,
    leads: await sample(''),
    movable: await sample(`AND status IN ('CONTACTED', 'QUALIFIED')`),
    typed: typedSearches(named.map((row) => row.name)),
  };
}

/**
 * What a receptionist sends while typing names into the search box: each name one keystroke at a time from its
 * third letter ("pri", "priy", … "priya mehta"), a request per keystroke. Prefixes that many names share come
 * round again; most terms are new, so their capped counts are not cached.
 */
export function typedSearches(names) {
  return names.flatMap((name) => Array.from({ length: Math.max(name.length - 2, 0) }, (_, i) => name.slice(0, i + 3).trimEnd())).filter(Boolean);
}

export function leadScenarios(pools) {
  const filter = cycle(FILTERS);
  const search = cycle(SEARCHES);
  const typed = cycle(pools.typed);
  const lead = cycle(pools.leads);
  const timelineLead = cycle(pools.leads);
  // Kanban: each move sends a card to the other of two open columns, at one of the top five slots.
  // The pool is much larger than the connection count, so no card is moved by two requests at once.
  const movable = cycle(pools.movable);
  let slot = 0;
  return [
    { id: 'lead-list', title: 'Lead list, default (page 1, 20 newest)', goal: { p95: 50 }, next: () => ({ path: LEADS }) },
    {
      id: 'lead-list-filtered',
      title: 'Lead list filtered by status + source',
      goal: { p95: 50 },
      next: () => {
        const [status, source] = filter();
        return { path: `${LEADS}?status=${status}&source=${source}` };
      },
    },
    {
      id: 'lead-search',
      title: 'Lead search (q: name, phone or email fragment)',
      goal: { p95: 50 },
      next: () => ({ path: `${LEADS}?q=${encodeURIComponent(search())}` }),
    },
    {
      id: 'lead-search-typed',
      title: 'Lead search as typed (names, a request per keystroke from the third letter; most totals counted afresh)',
      // The seed's floor for search results: this figure shows the search box as staff use it, counts included.
      goal: { p95: 500 },
      next: () => ({ path: `${LEADS}?q=${encodeURIComponent(typed())}` }),
    },
    { id: 'lead-detail', title: 'Lead detail (GET /leads/:id)', goal: { p95: 30 }, next: () => ({ path: `${LEADS}/${lead().id}` }) },
    {
      id: 'lead-timeline',
      title: 'Lead timeline (GET /leads/:id/timeline)',
      goal: { p95: 30 },
      next: () => ({ path: `${LEADS}/${timelineLead().id}/timeline` }),
    },
    {
      id: 'lead-move',
      title: 'Kanban move (PATCH /leads/:id/move: status + position)',
      goal: { p95: 30 },
      writes: true,
      next: () => {
        const card = movable();
        card.status = card.status === 'CONTACTED' ? 'QUALIFIED' : 'CONTACTED';
        return { method: 'PATCH', path: `${LEADS}/${card.id}/move`, body: { status: card.status, position: slot++ % 5 } };
      },
    },
  ];
}

/**
 * A different from/to on every call (the dashboard caches per hospital and range for 5 minutes): ranges of 30 to 60
 * days ending on each of 700 days, so 21,000 calls go by before one repeats, far more than a run makes.
 */
export function freshRanges(today = new Date()) {
  let i = 0;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return () => {
    const to = today.getTime() - (i % 700) * DAY_MS;
    const width = 30 + (Math.floor(i / 700) % 30);
    i++;
    return { from: day(to - (width - 1) * DAY_MS), to: day(to) };
  };
}

export function dashboardScenarios() {
  const range = freshRanges();
  return [
    { id: 'dashboard-cached', title: 'Dashboard, cached (GET /reports/dashboard, default range)', goal: { p95: 20 }, next: () => ({ path: DASHBOARD }) },
    {
      id: 'dashboard-cold',
      title: 'Dashboard, cold range (a range not asked before on every request; the hospital-wide numbers cached)',
      goal: { p95: 1000 },
      next: () => {
        const { from, to } = range();
        return { path: `${DASHBOARD}?from=${from}&to=${to}` };
      },
    },
  ];
}

/** Every HTTP scenario, in the order a run measures them. */
export const httpScenarios = (pools) => [...leadScenarios(pools), ...dashboardScenarios()];
