// Local stand-ins for the message providers: moto_server (SES, SNS) from .data/venv and the
// Twilio fake (./twilio-fake.mjs), both on loopback, with the environment that points the
// channels (workflows/src/channels) at them.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPortFree } from './ports.mjs';
import { venvBin } from './python-tools.mjs';
import { startService, stopChild } from './run.mjs';
import { log } from './log.mjs';

const TWILIO_FAKE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'twilio-fake.mjs');
const DEFAULT_EMAIL_FROM = 'Hospital CRM <no-reply@hospital-crm.local>';
// Twilio's WhatsApp sandbox sender; any E.164 number works with the fake.
const FAKE_WHATSAPP_FROM = '+14155238886';

/**
 * Which stand-ins the dev stack needs: none for a provider whose real credentials are present
 * (AWS_ACCESS_KEY_ID or AWS_PROFILE without AWS_ENDPOINT_URL; TWILIO_ACCOUNT_SID without
 * TWILIO_API_BASE_URL), nor where an endpoint of one's own is already given.
 */
export function standInsWanted(env = process.env) {
  return {
    moto: !env.AWS_ENDPOINT_URL && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE,
    twilio: !env.TWILIO_API_BASE_URL && !env.TWILIO_ACCOUNT_SID,
  };
}

/** The HTTP status url answers with, or null when nothing answers within 2 s. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(null));
  });
}

/** Polls url until it answers below 500, or throws after timeoutMs (or when child exits). */
async function waitForHttp(url, { name, child, timeoutMs = 60_000 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before answering at ${url}`);
    const status = await httpStatus(url);
    if (status !== null && status < 500) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** SES refuses senders it has not verified; verify the one the channels send from (and its domain). */
async function verifySender({ endpoint, region, emailFrom }) {
  // Imported here, not at the top: the scripts load this file before `npm install` has run.
  const { SESClient, VerifyEmailIdentityCommand, VerifyDomainIdentityCommand } = await import('@aws-sdk/client-ses');
  const address = /<([^>]+)>/.exec(emailFrom)?.[1] ?? emailFrom.trim();
  const ses = new SESClient({ region, endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 3 });
  try {
    await ses.send(new VerifyEmailIdentityCommand({ EmailAddress: address }));
    await ses.send(new VerifyDomainIdentityCommand({ Domain: address.split('@')[1] }));
  } finally {
    ses.destroy();
  }
}

/**
 * Starts moto_server on 127.0.0.1:motoPort and the Twilio fake on 127.0.0.1:twilioPort (a port
 * left out skips that stand-in), waits until they answer and verifies the email sender in moto.
 * Returns { env, urls, stop }: env holds what the worker, the API and the tests need.
 */
export async function startStandIns({
  motoPort,
  twilioPort,
  quiet = false,
  region = process.env.AWS_REGION ?? 'us-east-1',
  emailFrom = process.env.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
}) {
  const children = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const { child } of children.reverse()) await stopChild(child);
  };
  const env = {};
  const urls = {};
  try {
    if (motoPort) {
      await assertPortFree(motoPort, 'moto (SES/SNS stand-in)');
      // moto logs every request; keep it quiet and report only an unexpected exit.
      const moto = startService('moto', venvBin('moto_server'), ['-H', '127.0.0.1', '-p', String(motoPort)], { quiet: true });
      children.push({ name: 'moto_server', child: moto });
      urls.moto = `http://127.0.0.1:${motoPort}`;
      await waitForHttp(`${urls.moto}/moto-api/`, { name: 'moto_server', child: moto });
      await verifySender({ endpoint: urls.moto, region, emailFrom });
      Object.assign(env, { AWS_ENDPOINT_URL: urls.moto, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: region, EMAIL_FROM: emailFrom });
    }
    if (twilioPort) {
      const { FAKE_ACCOUNT_SID, FAKE_AUTH_TOKEN } = await import('./twilio-fake.mjs');
      await assertPortFree(twilioPort, 'Twilio fake');
      const args = [TWILIO_FAKE, '--port', String(twilioPort), '--account-sid', FAKE_ACCOUNT_SID, '--auth-token', FAKE_AUTH_TOKEN];
      const fake = startService('twilio-fake', process.execPath, args, { quiet });
      children.push({ name: 'Twilio fake', child: fake });
      urls.twilio = `http://127.0.0.1:${twilioPort}`;
      await waitForHttp(`${urls.twilio}/__fake/health`, { name: 'Twilio fake', child: fake });
      Object.assign(env, {
        TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: FAKE_AUTH_TOKEN,
        TWILIO_WHATSAPP_FROM: FAKE_WHATSAPP_FROM,
        TWILIO_API_BASE_URL: urls.twilio,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  for (const { name, child } of children) {
    child.once('exit', (code, signal) => {
      if (!stopping) log.error(`${name} (provider stand-in) exited with ${code ?? signal}`);
    });
  }
  return { env, urls, stop };
}
