// The production-shaped stack (docker-compose.yml, docker/Dockerfile, temporal/) checked
// statically with docker-compose itself: no Docker engine needed. docker-compose 1.29
// (Debian's package) has no JSON output, so its resolved YAML is converted by python3's
// yaml module, which that package depends on.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const COMPOSE_FILE = path.join(ROOT, 'docker-compose.yml');
const DOCKERFILE = path.join(ROOT, 'docker', 'Dockerfile');

const SECRETS = {
  JWT_SECRET: 'j'.repeat(48),
  COMMUNICATION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  POSTGRES_PASSWORD: 'postgres-test-password',
  CRM_DB_PASSWORD: 'crm-test-password',
};
const ONE_SHOT = ['temporal-schema-setup', 'temporal-create-namespace', 'crm-migrate'];
const LONG_RUNNING = ['postgres', 'redis', 'temporal', 'temporal-ui', 'api', 'worker', 'admin-ui'];

type Condition = 'service_started' | 'service_healthy' | 'service_completed_successfully';
interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  command?: string[] | string;
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: Condition }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  restart?: string;
  volumes?: Array<string | { type: string; source: string; target: string }>;
}
interface ComposeConfig {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

// An empty env file stands in for the repository's .env, which may hold a developer's secrets.
// (docker-compose 1.29 refuses /dev/null: "is not a file".)
const TMP_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-test-'));
const EMPTY_ENV_FILE = path.join(TMP_DIR, 'empty.env');
fs.writeFileSync(EMPTY_ENV_FILE, '');
afterAll(() => fs.rmSync(TMP_DIR, { recursive: true, force: true }));

/** docker-compose with only the given variables: no caller shell, no .env file. */
function compose(args: string[], env: Record<string, string> = SECRETS) {
  return spawnSync('docker-compose', ['--env-file', EMPTY_ENV_FILE, '-f', COMPOSE_FILE, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function withoutKey(key: keyof typeof SECRETS): Record<string, string> {
  const env: Record<string, string> = { ...SECRETS };
  delete env[key];
  return env;
}

function yamlToJson(text: string): unknown {
  const script = 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }));
}

/** `FROM <image> AS <name>` stages, with the instructions that follow each. */
function dockerStages(text: string): Map<string, { base: string; lines: string[] }> {
  const stages = new Map<string, { base: string; lines: string[] }>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line.trim());
    if (from) {
      current = [];
      if (from[2]) stages.set(from[2].toLowerCase(), { base: from[1].toLowerCase(), lines: current });
    } else current?.push(line.trim());
  }
  return stages;
}

/** The last `<instruction>` a target gets, looking through the stages it is built FROM. */
function inherited(stages: ReturnType<typeof dockerStages>, target: string, instruction: string): string | undefined {
  for (let stage = stages.get(target); stage; stage = stages.get(stage.base)) {
    const found = stage.lines.filter((l) => l.toUpperCase().startsWith(`${instruction} `)).pop();
    if (found) return found.slice(instruction.length + 1).trim();
  }
  return undefined;
}

/** Host path behind a container path, through the service's bind mounts. */
function hostPathOf(service: Service, containerPath: string): string | undefined {
  for (const volume of service.volumes ?? []) {
    const [source, target] = typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target];
    if (!source?.startsWith('/') || !target) continue;
    if (containerPath === target || containerPath.startsWith(`${target}/`)) return path.join(source, containerPath.slice(target.length));
  }
  return undefined;
}

describe('docker-compose.yml', () => {
  let config: ComposeConfig;

  beforeAll(() => {
    const version = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      throw new Error('docker-compose is not installed (Debian: apt-get install docker-compose); these tests validate the compose file with it');
    }
    const resolved = compose(['config']);
    if (resolved.status !== 0) throw new Error(`docker-compose config failed:\n${resolved.stderr}`);
    config = yamlToJson(resolved.stdout) as ComposeConfig;
  });

  it('is valid when the required secrets are set, and uses no variable without a default', () => {
    const result = compose(['config', '-q']);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it.each(Object.keys(SECRETS) as Array<keyof typeof SECRETS>)('refuses to start without %s', (secret) => {
    const result = compose(['config', '-q'], withoutKey(secret));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`set ${secret}`);
  });

  it('refuses an empty secret too', () => {
    const result = compose(['config', '-q'], { ...SECRETS, JWT_SECRET: '' });
    expect(result.status).not.toBe(0);
  });

  it('runs exactly the documented services', () => {
    const listed = compose(['config', '--services']);
    expect(listed.status).toBe(0);
    const services = listed.stdout.split('\n').filter(Boolean).sort();
    expect(services).toEqual([...ONE_SHOT, ...LONG_RUNNING].sort());
    expect(Object.keys(config.services).sort()).toEqual(services);
  });

  it('gives every long-running service a healthcheck and restarts it, but never loops a one-shot', () => {
    for (const name of LONG_RUNNING) {
      const { healthcheck, restart } = config.services[name];
      const test = healthcheck?.test;
      expect({ name, hasTest: Array.isArray(test) ? test.length > 1 && test[0] !== 'NONE' : Boolean(test), disabled: healthcheck?.disable ?? false }).toEqual({
        name,
        hasTest: true,
        disabled: false,
      });
      expect({ name, restart }).toEqual({ name, restart: 'unless-stopped' });
    }
    for (const name of ONE_SHOT) {
      expect({ name, restart: config.services[name].restart }).toEqual({ name, restart: expect.stringMatching(/^(no|on-failure(:\d+)?)$/) });
    }
  });

  it('starts each service only after what it needs is healthy or has finished', () => {
    const conditions = (name: string) => {
      const dependsOn = config.services[name].depends_on ?? {};
      expect(Array.isArray(dependsOn)).toBe(false);
      return Object.fromEntries(Object.entries(dependsOn as Record<string, { condition: Condition }>).map(([dep, d]) => [dep, d.condition]));
    };
    for (const name of Object.keys(config.services)) {
      for (const [dep, condition] of Object.entries(conditions(name))) {
        const expected = ONE_SHOT.includes(dep) ? 'service_completed_successfully' : 'service_healthy';
        expect({ service: name, dependsOn: dep, condition }).toEqual({ service: name, dependsOn: dep, condition: expected });
      }
    }
    expect(conditions('temporal')).toHaveProperty('temporal-schema-setup');
    expect(conditions('temporal-schema-setup')).toHaveProperty('postgres');
    expect(conditions('temporal-create-namespace')).toHaveProperty('temporal');
    const crmNeeds = {
      'crm-migrate': 'service_completed_successfully',
      temporal: 'service_healthy',
      'temporal-create-namespace': 'service_completed_successfully',
    };
    expect(conditions('worker')).toEqual(crmNeeds);
    expect(conditions('api')).toEqual({ ...crmNeeds, redis: 'service_healthy' });
    expect(conditions('admin-ui')).toEqual({ api: 'service_healthy' });
  });

  it('pins every pulled image, with Temporal server and admin-tools on the same release', () => {
    const pulled = Object.entries(config.services).filter(([, s]) => !s.build);
    expect(pulled.length).toBeGreaterThan(0);
    for (const [name, service] of pulled) {
      expect({ name, image: service.image }).toEqual({ name, image: expect.stringMatching(/^[\w./-]+:(?!latest$)[\w.-]+$/) });
    }
    const tag = (name: string) => config.services[name].image?.split(':')[1];
    expect(tag('temporal-schema-setup')).toBe(tag('temporal'));
    expect(tag('temporal-create-namespace')).toBe(tag('temporal'));
    expect(config.services.temporal.image).toMatch(/^temporalio\/server:/);
    expect(config.services['temporal-schema-setup'].image).toMatch(/^temporalio\/admin-tools:/);
  });

  it('builds the CRM images from docker/Dockerfile stages that exist', () => {
    const stages = dockerStages(fs.readFileSync(DOCKERFILE, 'utf8'));
    const built = Object.entries(config.services).filter(([, s]) => s.build);
    expect(built.map(([name]) => name).sort()).toEqual(['admin-ui', 'api', 'crm-migrate', 'worker']);
    for (const [name, { build }] of built) {
      expect({ name, dockerfile: path.resolve(build!.context, build!.dockerfile ?? 'Dockerfile') }).toEqual({ name, dockerfile: DOCKERFILE });
      expect({ name, target: build!.target, exists: stages.has(String(build!.target).toLowerCase()) }).toEqual({ name, target: build!.target, exists: true });
    }
  });

  it('gives the CRM the environment it reads, with its database password kept out of the URL', () => {
    const env = config.services.api.environment ?? {};
    for (const key of [
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'TEMPORAL_TASK_QUEUE',
      'JWT_SECRET',
      'COMMUNICATION_KEYS',
      'JWT_EXPIRES_IN',
      'PORT',
      'LOG_LEVEL',
      'CORS_ORIGIN',
      'AWS_REGION',
      'PUBLIC_API_URL',
    ]) {
      expect({ key, set: typeof env[key] === 'string' && env[key] !== '' }).toEqual({ key, set: true });
    }
    for (const key of ['EMAIL_FROM', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_WHATSAPP_FROM']) expect(Object.keys(env)).toContain(key);
    expect(env).toMatchObject({
      TEMPORAL_ADDRESS: 'temporal:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'hospital-crm',
      JWT_SECRET: SECRETS.JWT_SECRET,
      PGPASSWORD: SECRETS.CRM_DB_PASSWORD,
    });
    expect(env.DATABASE_URL).toBe('postgresql://hospital_crm@postgres:5432/hospital_crm');
    // What the benchmarks measure is what production runs.
    const production = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'lib', 'production-node.json'), 'utf8'));
    expect(env.NODE_OPTIONS).toBe(production.NODE_OPTIONS);
    expect(env.API_PROCESSES).toBe(production.API_PROCESSES);
    // The API's processes share rate limits and caches through the bundled Redis.
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    // The worker reads the same settings, less the API's own process count and Redis.
    expect({ ...config.services.worker.environment, API_PROCESSES: env.API_PROCESSES, REDIS_URL: env.REDIS_URL }).toEqual(env);
    expect(config.services['crm-migrate'].environment).toEqual({ DATABASE_URL: env.DATABASE_URL, PGPASSWORD: SECRETS.CRM_DB_PASSWORD });
    expect(config.services['crm-migrate'].command).toEqual(['node', 'prisma/dist/migrator/cli.js', 'deploy']);
  });

  it('mounts files that exist: PostgreSQL init, Temporal scripts and dynamic config', () => {
    const { postgres, temporal } = config.services;
    const initDir = hostPathOf(postgres, '/docker-entrypoint-initdb.d');
    expect(initDir && fs.readdirSync(initDir).filter((f) => /\.(sh|sql)$/.test(f))).toEqual(['10-create-crm-database.sh']);
    const dynamicConfig = hostPathOf(temporal, String(temporal.environment?.DYNAMIC_CONFIG_FILE_PATH));
    expect(dynamicConfig).toBe(path.join(ROOT, 'temporal', 'dynamicconfig', 'production.yaml'));
    for (const name of ['temporal-schema-setup', 'temporal-create-namespace']) {
      const command = config.services[name].command;
      const script = hostPathOf(config.services[name], Array.isArray(command) ? command[0] : String(command));
      expect({ name, script: script && fs.existsSync(script) }).toEqual({ name, script: true });
    }
    expect(Object.keys(config.volumes ?? {})).toEqual(['postgres-data']);
    expect(postgres.volumes).toContainEqual(expect.stringMatching(/^postgres-data:\/var\/lib\/postgresql\/data(:rw)?$/));
  });
});

describe('temporal/dynamicconfig', () => {
  it.each(['production.yaml', 'development.yaml'])('%s is a map of keys to value lists', (file) => {
    const parsed = yamlToJson(fs.readFileSync(path.join(ROOT, 'temporal', 'dynamicconfig', file), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['frontend.enableUpdateWorkflowExecution', 'limit.maxIDLength']));
    for (const [key, values] of Object.entries(parsed)) {
      expect({ key, ok: Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'object' && v !== null && 'value' in v) }).toEqual({
        key,
        ok: true,
      });
    }
  });
});

describe('docker/Dockerfile', () => {
  const text = fs.readFileSync(DOCKERFILE, 'utf8');
  const stages = dockerStages(text);

  it('runs the Node images as the non-root node user under tini', () => {
    for (const target of ['api', 'worker', 'migrate']) {
      expect({ target, user: inherited(stages, target, 'USER') }).toEqual({ target, user: expect.stringMatching(/^(node|1000(:1000)?)$/) });
      expect({ target, entrypoint: inherited(stages, target, 'ENTRYPOINT') }).toEqual({ target, entrypoint: expect.stringContaining('tini') });
    }
    expect(text).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
  });

  it('starts each process from the built output', () => {
    expect(inherited(stages, 'api', 'CMD')).toBe('["node", "api/dist/main.js"]');
    expect(inherited(stages, 'worker', 'CMD')).toBe('["node", "workflows/dist/worker.js"]');
    expect(inherited(stages, 'migrate', 'CMD')).toBe('["node", "prisma/dist/migrator/cli.js", "deploy"]');
  });

  it('serves the console with docker/nginx.conf: SPA fallback and /api/ proxied to the api service', () => {
    expect(stages.get('admin-ui')?.lines).toEqual(expect.arrayContaining(['COPY docker/nginx.conf /etc/nginx/conf.d/default.conf']));
    const nginx = fs.readFileSync(path.join(ROOT, 'docker', 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(/location \/api\/ \{[^}]*http:\/\/api:3001/);
    expect(nginx).toContain('try_files $uri $uri/ /index.html;');
  });

  it('keeps dependencies and build output out of the build context', () => {
    const ignored = fs
      .readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.data', '.git', 'coverage', '.env']));
  });
});
