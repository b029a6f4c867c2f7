/**
 * Search benchmark: `npx tsx bench/search.bench.ts` (or `npm run bench search`).
 *
 * One call of 20,000 applications with Chinese titles, abstracts, PIs, institutions and teams
 * (seeded, reproducible). Times `applications.list` through the dispatcher, as the applications
 * screen calls it (search + pinyin sort + the returned rows validated against the contract), for
 * the queries an officer types: an institution, a two-character PI name (LIKE path), a reference
 * number, an English word, a multi-term query and the whole list sorted by PI. Prints the match
 * count, the best and median wall time of several runs, and the best CPU time (user + system),
 * which a busy shared machine disturbs less, and the median's ratio to a floor measured in the same
 * run: reading every row of the call raw (bench/support/db/search-floor.ts). Writing the workspace
 * is setup, not timed.
 */
import path from 'node:path';
import { insertApplications, type NewApplication } from '../db/repositories/applications';
import { openDatabase } from '../db/connection';
import type { ChannelName, RequestOf } from '../shared/contract';
import { Random } from '../shared/random';
import { createApp } from '../electron/app';
import { tempDir, testServices } from '../test/temp';
import { readCallApplicationsRaw } from './support/db/search-floor';
import { bestAndMedian } from './support/timing';

const APPLICATIONS = 20_000;
const RUNS = 7;
const surnames = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', '韦', '覃', '蒙', '农', '陆'];
const given = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '涛', '明', '霞', '平'];
const institutions = [
  '广西大学',
  '广西医科大学',
  '桂林理工大学',
  '南宁师范大学',
  '广西师范大学',
  '桂林电子科技大学',
  '右江民族医学院',
  '广西科学院',
];
const topics = [
  '喀斯特石漠化',
  '水稻病害',
  '红树林修复',
  '北部湾海洋',
  '甘蔗育种',
  '深度学习',
  '稀土材料',
  '中药资源',
  '边境贸易',
  '桂林山水',
];

function applications(callId: string): NewApplication[] {
  const rng = new Random('bench-search');
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng.uniform() * items.length)] as T;
  const person = () => pick(surnames) + pick(given) + (rng.uniform() < 0.4 ? pick(given) : '');
  return Array.from({ length: APPLICATIONS }, (_, index) => {
    const topic = pick(topics);
    return {
      id: `app-${index}`,
      callId,
      challengeId: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      draft: {
        referenceNo: `GX2026-${String(index + 1).padStart(5, '0')}`,
        title: `${topic}的机理与应用研究（${index}）`,
        abstract:
          `本项目围绕${topic}开展系统研究，结合野外观测、数值模拟与遥感数据，提出新的理论方法。We study ${topic} with field data and models.`.repeat(
            3,
          ),
        keywords: [topic, pick(topics), 'remote sensing'],
        discipline: `D0${1 + (index % 9)}`,
        challengeCode: null,
        piName: person(),
        institution: pick(institutions),
        email: `pi${index}@example.edu.cn`,
        team: [person(), person(), person()],
        durationMonths: 36,
        requestedTotal: 100_000 + Math.floor(rng.uniform() * 1_900_000),
        budgetLines: [],
        languages: ['zh'],
      },
    };
  });
}

/** The median wall time of RUNS synchronous runs of `work`, in milliseconds. */
function medianOf(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return bestAndMedian(times).median;
}

async function main() {
  const dir = tempDir('peerdesk-bench-search-');
  const file = path.join(dir, 'office.sqlite');
  const dispatcher = createApp(testServices(dir));
  const invoke = async <C extends ChannelName>(channel: C, request: RequestOf<C>) => {
    const result = await dispatcher.invoke(channel, request, { language: 'zh-CN' });
    if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
    return result.value;
  };
  await invoke('workspace.create', { name: 'Bench', role: 'office', path: file });
  const call = await invoke('calls.create', {
    template: 'jieqing-lump-sum',
    code: 'GX-2026',
    title: { zh: '广西杰青', en: 'Guangxi young scholars' },
  });
  const db = openDatabase(file, { create: false });
  db.transaction(() => insertApplications(db, applications(call.id)))();
  const floor = medianOf(() => readCallApplicationsRaw(db, call.id));
  db.close();

  const cases: { label: string; request: Omit<RequestOf<'applications.list'>, 'callId'> }[] = [
    { label: 'institution 广西大学', request: { query: '广西大学' } },
    { label: 'PI name 韦芳 (2 chars, LIKE)', request: { query: '韦芳' } },
    { label: 'reference GX2026-12345', request: { query: 'GX2026-12345' } },
    { label: 'English word "field"', request: { query: 'field' } },
    { label: '红树林 广西大学 (2 terms)', request: { query: '红树林 广西大学' } },
    { label: 'all 20,000 sorted by PI', request: { sort: 'piName' } },
  ];
  console.log(`applications.list on ${APPLICATIONS.toLocaleString('en')} applications, ${RUNS} runs each`);
  console.log(`  floor: all rows of the call read raw, median ${floor.toFixed(1)} ms`);
  for (const { label, request } of cases) {
    const times: number[] = [];
    let cpuBest = Infinity;
    let total = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      total = (await invoke('applications.list', { callId: call.id, ...request })).total;
      const used = process.cpuUsage(cpu);
      times.push(performance.now() - started);
      cpuBest = Math.min(cpuBest, (used.user + used.system) / 1000);
    }
    const { best, median } = bestAndMedian(times);
    console.log(
      `  ${label.padEnd(32)} ${String(total).padStart(6)} found   best ${best.toFixed(1)} ms   median ${median.toFixed(1)} ms (${(median / floor).toFixed(1)}× floor)   cpu ${cpuBest.toFixed(1)} ms`,
    );
  }
}

await main();
