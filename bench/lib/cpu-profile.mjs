// Drives the API's preloaded profiler (cpu-profiler.cjs) and sums a .cpuprofile up by package and function.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Profiles the API process while `load` runs; returns the .cpuprofile path. */
export async function profileApi(pid, dir, load) {
  fs.mkdirSync(dir, { recursive: true });
  const before = new Set(fs.readdirSync(dir));
  process.kill(pid, 'SIGWINCH'); // see cpu-profiler.cjs
  try {
    await load();
  } finally {
    process.kill(pid, 'SIGWINCH'); // see cpu-profiler.cjs
  }
  for (let waited = 0; waited < 10_000; waited += 100) {
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
    if (file) return path.join(dir, file);
    await sleep(100);
  }
  return null;
}

/** Where a sampled function lives: a package name, our own workspace, or V8's pseudo-frames. */
function ownerOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node core';
  if (url.startsWith('wasm:')) return 'wasm (Prisma query compiler)';
  const pkgs = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (pkgs) return pkgs.at(-1).slice('node_modules/'.length);
  for (const [dir, name] of [
    ['/api/', '@hospital-crm/api'],
    ['/prisma/', '@hospital-crm/db'],
    ['/domain/', '@hospital-crm/domain'],
    ['/workflows/', '@hospital-crm/workflows'],
  ]) {
    if (url.includes(dir)) return name;
  }
  return path.basename(url);
}

const NODE_ITSELF = { functionName: '', url: 'node:' }; // e.g. the event loop running microtasks

/** Self time by owner and by function, as shares of the non-idle samples. */
export function summarizeProfile(file, top = 8) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  // Native and Node-core frames (a writev syscall, crypto) count for the package that called them:
  // "writev via submit (pg)" says more than "writev (node core)".
  const isCore = (f) => f.functionName === '(root)' || (!f.functionName.startsWith('(') && (!f.url || f.url.startsWith('node:')));
  const ownerFrame = (id) => {
    for (let up = id; up; up = parents.get(up)) if (!isCore(nodes.get(up).callFrame)) return nodes.get(up).callFrame;
    return NODE_ITSELF;
  };
  const selfMs = new Map();
  // The first delta runs from Profiler.start to the first sample: it is the profiler's own time, not the API's.
  profile.samples.forEach((id, i) => i > 0 && selfMs.set(id, (selfMs.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
  const owners = new Map();
  const functions = new Map();
  let busyMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') continue;
    busyMs += ms;
    const via = ownerFrame(id);
    const owner = ownerOf(via);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    const where = via.url && via !== NODE_ITSELF && !via.url.includes('node_modules') ? `: ${path.basename(via.url)}` : '';
    const name = (f) => f.functionName || `(anonymous in ${path.basename(f.url)})`;
    const fn =
      owner === frame.functionName
        ? owner // V8's own: (garbage collector), (program)
        : via === frame || via === NODE_ITSELF
          ? `${name(frame)} (${owner}${where})`
          : `${name(frame)} via ${name(via)} (${owner}${where})`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, percent: Math.round((ms / busyMs) * 1000) / 10 }));
  return { busyMs: Math.round(busyMs), byOwner: rank(owners), byFunction: rank(functions) };
}
