import type { ChildProcess } from 'node:child_process';
import { twilioMessagesTo, twilioRule } from './channel-stand-ins';
import { until } from './killable-worker';

/** Twilio will keep the next message to `phone` at once but answer only after 6 s: a window to kill the worker mid-call. */
export const slowTwilioFor = (phone: string) => twilioRule({ to: phone, delayMs: 6_000 });

/**
 * Waits until Twilio holds the message to `phone` (the worker's provider call is in flight and its
 * answer is late, see slowTwilioFor), then SIGKILLs the worker and waits until it is gone.
 */
export async function killMidSend(child: ChildProcess, phone: string): Promise<void> {
  await until(async () => ((await twilioMessagesTo(phone)).length === 1 ? true : undefined), 30_000);
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}
