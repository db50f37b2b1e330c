import type { TestApp } from '../../api/test/support/test-app';
import { uniquePhone } from '../../workflows/test/support/channel-stand-ins';

/** One answer the API gave (or did not give: status 0 is no answer within the timeout). */
export interface LoadAnswer {
  at: number;
  status: number;
  code?: string;
  enveloped: boolean;
  leadId?: string;
  phone: string;
}

/**
 * `concurrency` loops creating leads through the API until stop() resolves. Every answer is kept,
 * so the caller can check what was acknowledged and what the API said while the database was away.
 */
export function leadLoad(t: TestApp, token: string, concurrency: number, timeoutMs = 15_000) {
  const answers: LoadAnswer[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const phone = uniquePhone();
      const at = Date.now();
      try {
        const res = await t
          .http()
          .post('/api/v1/crm/leads')
          .set('Authorization', `Bearer ${token}`)
          .timeout(timeoutMs)
          .send({ firstName: 'Load', lastName: 'Test', phone, source: 'WEBSITE' });
        answers.push({
          at,
          status: res.status,
          code: res.body?.error?.code,
          enveloped: typeof res.body?.success === 'boolean',
          leadId: res.status === 201 ? res.body.data.id : undefined,
          phone,
        });
      } catch {
        answers.push({ at, status: 0, enveloped: false, phone });
      }
      // A refused request comes back at once: no need to hammer a database that is away.
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
