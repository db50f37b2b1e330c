// Evidence for a missed figure: which SQL the API ran (pg_stat_statements) and the plan of the slowest
// statement with real parameters (auto_explain, switched on only for a short extra pass).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PG_DIR, query } from './stack.mjs';

export async function resetStatements(url) {
  await query(url, `SELECT pg_stat_statements_reset()`);
}

/** The API's statements since the last reset, costliest first. */
export async function topStatements(url, limit = 5) {
  const rows = await query(
    url,
    `SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms, round(total_exec_time::numeric) AS total_ms, round(rows::numeric / calls, 1) AS rows_per_call,
            round((shared_blks_hit + shared_blks_read)::numeric / calls) AS blocks_per_call, shared_blks_read AS blocks_read, left(regexp_replace(query, '\\s+', ' ', 'g'), 400) AS query
     FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%' AND calls > 0
     ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ ...r, calls: Number(r.calls), mean_ms: Number(r.mean_ms), total_ms: Number(r.total_ms) }));
}

async function setAutoExplain(url, minMs) {
  const settings =
    minMs === null
      ? ['auto_explain.log_min_duration', 'auto_explain.log_analyze', 'auto_explain.log_buffers', 'auto_explain.log_timing']
      : { 'auto_explain.log_min_duration': `${minMs}ms`, 'auto_explain.log_analyze': 'on', 'auto_explain.log_buffers': 'on', 'auto_explain.log_timing': 'on' };
  const statements = Array.isArray(settings)
    ? settings.map((s) => `ALTER SYSTEM RESET ${s}`)
    : Object.entries(settings).map(([k, v]) => `ALTER SYSTEM SET ${k} = '${v}'`);
  for (const sql of statements) await query(url, sql);
  await query(url, `SELECT pg_reload_conf()`);
  await sleep(300); // backends pick the reload up between statements
}

/** Plans auto_explain wrote to the server log after `offset`, slowest first. */
function plansSince(offset) {
  const text = fs.readFileSync(path.join(PG_DIR, 'server.log')).subarray(offset).toString('utf8');
  const plans = [];
  let current = null;
  for (const line of text.split('\n')) {
    const start = line.match(/LOG:\s+duration: ([\d.]+) ms\s+plan:/);
    if (start) plans.push((current = { ms: Number(start[1]), lines: [] }));
    else if (current && /^\s/.test(line)) current.lines.push(line.replace(/^\t/, ''));
    else current = null;
  }
  return plans.sort((a, b) => b.ms - a.ms);
}

/**
 * Runs `load` with auto_explain logging every statement slower than minMs; returns the slowest plan, if any,
 * with `distinct`: for the (up to 3) statements whose logged runs took the most time together, the slowest plan of
 * each, how many runs were logged and their total time.
 */
export async function explainSlowest(url, minMs, load) {
  const logFile = path.join(PG_DIR, 'server.log');
  const offset = fs.statSync(logFile).size;
  await setAutoExplain(url, minMs);
  try {
    await load();
  } finally {
    await setAutoExplain(url, null);
  }
  const plans = plansSince(offset);
  if (!plans.length) return null;
  const [slowest] = plans;
  const byStatement = new Map();
  for (const plan of plans) {
    const text = plan.lines.join('\n').trim();
    // The query text runs until the plan's root node, the first unindented line with a cost.
    const end = text.search(/\n\S[^\n]*\(cost=/);
    const statement = (end > 0 ? text.slice(0, end) : text.slice(0, 300))
      .replace(/^Query Text:/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const entry = byStatement.get(statement) ?? { count: 0, ms: plan.ms, totalMs: 0, plan: text };
    entry.count += 1;
    entry.totalMs += plan.ms;
    byStatement.set(statement, entry);
  }
  // Ranked by the time all their slow runs took: a statement slow every time outranks one slow once.
  const distinct = [...byStatement.values()]
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 3)
    .map((e) => ({ count: e.count, ms: e.ms, totalMs: Math.round(e.totalMs), plan: e.plan }));
  return { count: plans.length, ms: slowest.ms, plan: slowest.lines.join('\n').trim(), distinct };
}
