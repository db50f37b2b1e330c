import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { chaosEnv } from './results';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * The Temporal dev server scripts/chaos.mjs set aside for this suite (CHAOS_TEMPORAL_COMMAND, its
 * history in a SQLite file, so a restart finds every workflow again), started and stopped at will.
 */
export class RestartableTemporal {
  readonly address = chaosEnv('CHAOS_TEMPORAL_ADDRESS');
  private child: ChildProcess | undefined;

  async start(): Promise<void> {
    const [cmd, ...args] = JSON.parse(chaosEnv('CHAOS_TEMPORAL_COMMAND')) as string[];
    const child = spawn(cmd, args, { stdio: 'ignore' });
    this.child = child;
    const port = Number(this.address.split(':')[1]);
    const deadline = Date.now() + 60_000;
    while (!(await listening(port))) {
      if (child.exitCode !== null) throw new Error(`temporal exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('temporal did not listen within 60 s');
      await sleep(200);
    }
  }

  /** SIGTERM (a clean stop) or SIGKILL (a crash), and wait until it is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  }
}
