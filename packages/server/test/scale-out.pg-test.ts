/**
 * Scale-out (issue 10): two server instances — each its own app, connection pool, worker
 * pool and pg-boss — over ONE real PostgreSQL database (runs in the store's vitest
 * project, which starts PostgreSQL). Uploads sent to both are stored once each and seen by
 * both; the same file sent to both at once is stored once; supervision runs queued on
 * both are each processed exactly once, by whichever instance took them; a session made
 * on one instance is valid on the other.
 */
import { randomUUID } from 'node:crypto';
import {
  createReadPool,
  openLantu,
  openSupervision,
  scheduleWithPgBoss,
  type ReadPool,
  type SupervisionSchedule,
} from '@lantu/app';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type LantuServer } from '../src/create-server.js';
import { ingestResultSchema } from '../src/schemas/ingest.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { AS_OF, testAccounts, type TestServer } from './yiwu-server.js';

interface Instance extends Pick<TestServer, 'app' | 'accounts' | 'server'> {
  readonly name: string;
  readonly readPool: ReadPool;
  readonly schedule: SupervisionSchedule;
  /** The pg-boss job ids this instance ran. */
  readonly ran: string[];
}

const schema = `scale_${randomUUID().replaceAll('-', '')}`;
const jobSchema = `${schema}_jobs`;
let base: string;
const instances: Instance[] = [];

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function startInstance(name: string, url: string): Promise<Instance> {
  const readPool = createReadPool({ threads: 1 });
  const app = await openLantu({ url, asOf: AS_OF, readPool });
  const accounts = testAccounts(app);
  const server: LantuServer = createServer({ app, accounts });
  const ran: string[] = [];
  const schedule = await scheduleWithPgBoss(openSupervision(app), url, {
    jobSchema,
    onRun: (jobId) => ran.push(jobId),
  });
  return { name, app, accounts, server, readPool, schedule, ran };
}

beforeAll(async () => {
  base = inject('lantuPgUrl');
  await admin(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // One after the other: the first migrates the database and creates pg-boss's tables.
  for (const name of ['A', 'B']) instances.push(await startInstance(name, url.toString()));
}, 180_000);

afterAll(async () => {
  for (const instance of instances) {
    await instance.schedule.stop();
    await instance.app.close();
    await instance.readPool.close();
  }
  await admin(`drop schema if exists ${schema} cascade`);
  await admin(`drop schema if exists ${jobSchema} cascade`);
});

function instance(index: number): Instance {
  const found = instances[index];
  if (found === undefined) throw new Error('two instances were started');
  return found;
}

function plan(name: string): string {
  return [
    `# ${name}2026年政府工作报告`,
    '',
    '## 一、主要目标',
    '',
    '地区生产总值增长6%左右。',
  ].join('\n');
}

async function upload(on: Instance, as: SignedIn, fileName: string, text: string) {
  const form = new FormData();
  form.append('file', new File([text], fileName));
  const res = await on.server.request('/api/documents', {
    method: 'POST',
    body: form,
    headers: as.headers,
  });
  expect([on.name, fileName, res.status]).toSatisfy(
    ([, , status]) => status === 200 || status === 201,
  );
  const result = ingestResultSchema.parse(await res.json());
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('two server instances on one PostgreSQL', () => {
  it('a session made on one instance is valid on the other', async () => {
    const reviewer = await signIn(
      { server: instance(0).server, accounts: instance(0).accounts },
      'reviewer',
    );
    const onB = await instance(1).server.request('/api/session', { headers: reviewer.headers });
    expect(onB.status).toBe(200);
    expect(await onB.json()).toMatchObject({ user: { id: reviewer.user.id, role: 'reviewer' } });
    // Signed out on B: the session is gone on A too.
    const out = await instance(1).server.request('/api/session', {
      method: 'DELETE',
      headers: reviewer.headers,
    });
    expect(out.status).toBe(200);
    const onA = await instance(0).server.request('/api/session', { headers: reviewer.headers });
    expect(await onA.json()).toMatchObject({ user: null });
  });

  it('uploads sent to both are stored once each, and the same file sent to both at once once', async () => {
    const a = instance(0);
    const b = instance(1);
    const reviewer = await signIn({ server: a.server, accounts: a.accounts }, 'reviewer');
    const names = ['甲县', '乙县', '丙县', '丁县'];
    const results = await Promise.all(
      names.map((name, i) => upload(i % 2 === 0 ? a : b, reviewer, `${name}.md`, plan(name))),
    );
    expect(results.every((r) => r.status === 'created')).toBe(true);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(names.length);

    const same = await Promise.all(
      [a, b].map((on) => upload(on, reviewer, '戊县.md', plan('戊县'))),
    );
    expect(same.map((r) => r.status).sort()).toEqual(['created', 'unchanged']);
    expect(same[0]?.documentId).toBe(same[1]?.documentId);

    for (const on of [a, b]) {
      const titles = (await on.app.documents()).map((d) => d.title);
      expect(titles.filter((t) => t.endsWith('县2026年政府工作报告')).sort()).toEqual(
        [...names, '戊县'].map((n) => `${n}2026年政府工作报告`).sort(),
      );
    }
  });

  it('supervision runs queued on both instances are each processed exactly once', async () => {
    const queued = 6;
    for (let i = 0; i < queued; i += 1) await instance(i % 2).schedule.runNow();
    const ran = () => [...instance(0).ran, ...instance(1).ran];
    await expect.poll(() => ran().length, { timeout: 60_000, interval: 250 }).toBe(queued);
    // Wait past pg-boss's polling interval: no job is taken a second time.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(ran()).toHaveLength(queued);
    expect(new Set(ran()).size).toBe(queued);
  }, 90_000);
});
