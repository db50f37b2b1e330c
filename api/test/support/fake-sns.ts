import { randomBytes, randomUUID, sign } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/**
 * Amazon SNS's side of an HTTPS subscription, on loopback: a self-signed certificate served over
 * HTTPS at a SigningCertURL (as SNS serves its signing certificates), a SubscribeURL that records
 * confirmations, and messages signed exactly as SNS signs them (SignatureVersion 1: SHA1withRSA,
 * 2: SHA256withRSA, over "Key\nvalue\n" for the documented keys in order).
 *
 * The API fetches the certificate with Node's https client, so this process trusts the test
 * certificate (https.globalAgent's CA list) while the fake runs, as NODE_EXTRA_CA_CERTS would.
 */
export interface FakeSns {
  /** host:port, for SNS_CERT_HOST_PATTERN. */
  host: string;
  certUrl: string;
  topicArn: string;
  /** Query strings of the SubscribeURL calls received. */
  confirmations: string[];
  notification(message: unknown, options?: SignOptions): SnsBody;
  subscriptionConfirmation(options?: SignOptions & { subscribeUrl?: string }): SnsBody;
  /** Signs a body again after a test changed it (or with another key, to forge it). */
  sign(body: SnsBody, options?: SignOptions): SnsBody;
  stop(): Promise<void>;
}

export type SnsBody = Record<string, string>;

export interface SignOptions {
  version?: '1' | '2';
  topicArn?: string;
  /** Another private key: a forgery. */
  privateKey?: string;
  subject?: string;
}

const NOTIFICATION_KEYS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const SUBSCRIPTION_KEYS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];

export function stringToSign(body: SnsBody): string {
  const keys = body.Type === 'Notification' ? NOTIFICATION_KEYS : SUBSCRIPTION_KEYS;
  return keys
    .filter((key) => key in body)
    .map((key) => `${key}\n${body[key]}\n`)
    .join('');
}

async function certificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** A second key pair, to forge signatures with. */
export async function otherPrivateKey(): Promise<string> {
  return (await certificate()).key;
}

export async function startFakeSns(topicArn = 'arn:aws:sns:ap-south-1:123456789012:crm-ses-events'): Promise<FakeSns> {
  const { key, cert } = await certificate();
  const certPath = `/SimpleNotificationService-${randomBytes(16).toString('hex')}.pem`;
  const confirmations: string[] = [];
  const server = https.createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    if (req.method === 'GET' && url.pathname === certPath) {
      res.writeHead(200, { 'Content-Type': 'application/x-pem-file' }).end(cert);
    } else if (req.method === 'GET' && url.pathname === '/confirm') {
      confirmations.push(url.search);
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end('<ConfirmSubscriptionResponse/>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const previousCa = https.globalAgent.options.ca;
  https.globalAgent.options.ca = [cert];

  const signBody = (body: SnsBody, options: SignOptions = {}): SnsBody => {
    const version = options.version ?? '1';
    const signed: SnsBody = { ...body, SignatureVersion: version, SigningCertURL: `https://${host}${certPath}` };
    delete signed.Signature;
    const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(stringToSign(signed), 'utf8'), options.privateKey ?? key).toString('base64');
    return { ...signed, Signature: signature };
  };

  return {
    host,
    certUrl: `https://${host}${certPath}`,
    topicArn,
    confirmations,
    sign: signBody,
    notification: (message, options = {}) =>
      signBody(
        {
          Type: 'Notification',
          MessageId: randomUUID(),
          TopicArn: options.topicArn ?? topicArn,
          ...(options.subject ? { Subject: options.subject } : {}),
          Message: typeof message === 'string' ? message : JSON.stringify(message),
          Timestamp: new Date().toISOString(),
          UnsubscribeURL: `https://${host}/unsubscribe`,
        },
        options,
      ),
    subscriptionConfirmation: (options = {}) => {
      const token = randomBytes(32).toString('hex');
      return signBody(
        {
          Type: 'SubscriptionConfirmation',
          MessageId: randomUUID(),
          Token: token,
          TopicArn: options.topicArn ?? topicArn,
          Message: `You have chosen to subscribe to the topic ${options.topicArn ?? topicArn}.`,
          SubscribeURL: options.subscribeUrl ?? `https://${host}/confirm?Action=ConfirmSubscription&Token=${token}`,
          Timestamp: new Date().toISOString(),
        },
        options,
      );
    },
    stop: async () => {
      https.globalAgent.options.ca = previousCa;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
