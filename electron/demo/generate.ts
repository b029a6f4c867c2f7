/**
 * The demo office's data, generated from a seed: the same seed and sizes give the same calls,
 * applications, reviewers and declared collaborators, byte for byte. Pure: no files, no database.
 */
import { Random, deriveSeed, sampleWithoutReplacement, shuffle, type Seed } from '../../shared/random';
import {
  ABSTRACT_SENTENCES,
  AIMS,
  CHALLENGES,
  FIELDS,
  GIVEN_FIRST,
  GIVEN_SECOND,
  GIVEN_SINGLE,
  INSTITUTIONS,
  INTERNATIONAL_FIRST_NAMES,
  INTERNATIONAL_INSTITUTIONS,
  INTERNATIONAL_LAST_NAMES,
  SURNAMES,
  TITLE_PATTERNS,
  WORK_PACKAGES,
  type Institution,
  type Pair,
  type ResearchField,
} from './vocabulary';

export interface DemoOptions {
  applications: number;
  reviewers: number;
  perApplication: number;
  seed: Seed;
}

export interface DemoApplication {
  referenceNo: string;
  title: string;
  abstract: string;
  /** The English title and abstract, whatever language the application is written in. */
  titleEn: string;
  abstractEn: string;
  keywords: string[];
  discipline: string;
  /** The language it is written in: `['en']` or `['zh']` (assignment matches it to reviewers). */
  languages: string[];
  challengeCode: string | null;
  piName: string;
  piPinyin: string;
  institution: string;
  institutionEn: string;
  email: string;
  team: string[];
  durationMonths: number;
  requestedTotal: number;
  budgetLines: { workPackage: string; year: number; amount: number }[];
}

export interface DemoCall {
  code: string;
  title: { zh: string; en: string };
  template: 'jieqing-lump-sum' | 'challenge';
  budgetEnvelope: number;
  opensAt: string;
  closesAt: string;
  reviewDueAt: string;
  challenges: { code: string; title: { zh: string; en: string }; description: string; awards: number }[];
  applications: DemoApplication[];
}

export interface DemoReviewer {
  name: string;
  email: string;
  institution: string;
  expertise: string[];
  languages: string[];
  collaborators: string[];
  maxLoad: number;
}

export interface DemoData {
  calls: DemoCall[];
  reviewers: DemoReviewer[];
  /** Conflicts the officer adds by hand (回避 that no rule can detect). */
  manualConflicts: { callCode: string; referenceNo: string; reviewerEmail: string; reason: string }[];
}

const YEAR = 2026;
const TEN_THOUSAND = 10_000;
/** Share of applications written in English (international co-operation, English-language fields). */
const ENGLISH_SHARE = 0.12;
const INTERNATIONAL_SHARE = 0.1;
const LOCAL_REVIEWER_SHARE = 0.35;
const COLLABORATOR_SHARE = 0.15;

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)] as T;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = values[lower];
    if (value === undefined) return whole;
    return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

interface Person {
  name: string;
  pinyin: string;
}

function chineseName(random: Random): Person {
  const [surname, surnamePinyin] = pick(random, SURNAMES);
  if (random.uniform() < 0.3) {
    const [given, givenPinyin] = pick(random, GIVEN_SINGLE);
    return { name: `${surname}${given}`, pinyin: `${surnamePinyin} ${givenPinyin}` };
  }
  const [first, firstPinyin] = pick(random, GIVEN_FIRST);
  const [second, secondPinyin] = pick(random, GIVEN_SECOND);
  return { name: `${surname}${first}${second}`, pinyin: `${surnamePinyin} ${firstPinyin}${secondPinyin}` };
}

function emailLocal(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** Splits `total` (a multiple of 10 000 yuan) over work packages × years, each line at least 10 000. */
function budgetLines(
  random: Random,
  total: number,
  workPackages: readonly Pair[],
  years: readonly number[],
  english: boolean,
) {
  const cells = workPackages.flatMap((wp) =>
    years.map((year) => ({ workPackage: english ? wp[1] : wp[0], year })),
  );
  const units = total / TEN_THOUSAND;
  const weights = cells.map(() => 0.5 + random.uniform());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(1, Math.floor((units * w) / sum)));
  let rest = units - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % shares.length) {
    if (rest > 0) {
      shares[i] = (shares[i] as number) + 1;
      rest -= 1;
    } else if ((shares[i] as number) > 1) {
      shares[i] = (shares[i] as number) - 1;
      rest += 1;
    }
  }
  return cells.map((cell, i) => ({ ...cell, amount: (shares[i] as number) * TEN_THOUSAND }));
}

function applicationText(random: Random, field: ResearchField, keywords: readonly Pair[]) {
  const object = pick(random, field.objects);
  const [method, method2] = sampleWithoutReplacement(random, field.methods, 2) as [Pair, Pair];
  const aim = pick(random, AIMS);
  const pattern = pick(random, TITLE_PATTERNS);
  const [kw1, kw2] = [keywords[0] ?? object, keywords[1] ?? keywords[0] ?? object];
  const values = (language: 0 | 1) => ({
    object: object[language],
    method: method[language],
    method2: method2[language],
    aim: aim[language],
    sector: field.sector[language],
    kw1: kw1[language],
    kw2: kw2[language],
  });
  const sentences = ABSTRACT_SENTENCES.filter((_, i) => i < 2 || random.uniform() < 0.75);
  return {
    zh: {
      title: fill(pattern[0], values(0)),
      abstract: sentences.map((s) => fill(s[0], values(0))).join(''),
    },
    en: {
      title: fill(pattern[1], values(1)),
      abstract: sentences.map((s) => fill(s[1], values(1))).join(' '),
    },
  };
}

function makeApplication(
  random: Random,
  input: {
    referenceNo: string;
    field: ResearchField;
    challengeCode: string | null;
    institution: Institution;
    totalUnits: [number, number];
    durations: readonly number[];
  },
): DemoApplication {
  const { field } = input;
  const english = random.uniform() < ENGLISH_SHARE;
  const keywords = sampleWithoutReplacement(random, field.keywords, 3 + random.int(3));
  if (random.uniform() < 0.2) {
    // An interdisciplinary keyword from another field.
    keywords.push(pick(random, pick(random, FIELDS).keywords));
  }
  const text = applicationText(random, field, keywords);
  const pi = chineseName(random);
  const durationMonths = pick(random, input.durations);
  const years = Array.from({ length: durationMonths / 12 }, (_, i) => YEAR + 1 + i);
  const [low, high] = input.totalUnits;
  const requestedTotal = (low + random.int(high - low + 1)) * TEN_THOUSAND;
  const workPackages = WORK_PACKAGES.slice(0, 2 + random.int(2));
  const language = english ? 1 : 0;
  return {
    referenceNo: input.referenceNo,
    title: english ? text.en.title : text.zh.title,
    abstract: english ? text.en.abstract : text.zh.abstract,
    titleEn: text.en.title,
    abstractEn: text.en.abstract,
    keywords: [...new Set(keywords.map((keyword) => keyword[language]))],
    discipline: `${field.code} ${english ? field.name[1] : field.name[0]}`,
    languages: [english ? 'en' : 'zh'],
    challengeCode: input.challengeCode,
    piName: pi.name,
    piPinyin: pi.pinyin,
    institution: input.institution.zh,
    institutionEn: input.institution.en,
    email: `${emailLocal(pi.pinyin)}${random.int(90) + 10}@${input.institution.domain}`,
    team: Array.from({ length: 2 + random.int(4) }, () => chineseName(random).name),
    durationMonths,
    requestedTotal,
    budgetLines: budgetLines(random, requestedTotal, workPackages, years, english),
  };
}

const localInstitutions = INSTITUTIONS.filter((institution) => institution.local);
const otherInstitutions = INSTITUTIONS.filter((institution) => !institution.local);

/** Applicants' institutions: the big universities more often than the small colleges. */
function applicantInstitution(random: Random): Institution {
  const index = Math.floor(localInstitutions.length * random.uniform() ** 1.6);
  return localInstitutions[index] as Institution;
}

function makeCalls(random: Random, options: DemoOptions): DemoCall[] {
  const lumpSumCount =
    options.applications < 2 ? options.applications : Math.round(options.applications * 0.6);
  const challengeCount = options.applications - lumpSumCount;
  const jieqing: DemoCall = {
    code: `GXJQ${YEAR}`,
    title: {
      zh: `${YEAR}年度广西杰出青年科学基金项目（包干制试点）`,
      en: `${YEAR} Guangxi Distinguished Young Scholars Fund (lump-sum pilot)`,
    },
    template: 'jieqing-lump-sum',
    budgetEnvelope: Math.max(1, Math.round(lumpSumCount * 0.2)) * 200 * TEN_THOUSAND,
    opensAt: `${YEAR}-01-10`,
    closesAt: `${YEAR}-03-31`,
    reviewDueAt: `${YEAR}-06-30`,
    challenges: [],
    applications: Array.from({ length: lumpSumCount }, (_, i) =>
      makeApplication(random, {
        referenceNo: `${YEAR}GXNSFFA${String(10001 + i).padStart(6, '0')}`,
        field: pick(random, FIELDS),
        challengeCode: null,
        institution: applicantInstitution(random),
        totalUnits: [100, 300],
        durations: [36, 48],
      }),
    ),
  };
  const topics = shuffle(random, CHALLENGES).slice(0, 3 + random.int(3));
  const challenges = topics.map((topic, i) => ({
    code: `JB${String(i + 1).padStart(2, '0')}`,
    title: { zh: topic.title[0], en: topic.title[1] },
    description: topic.description,
    awards: topic.awards,
  }));
  const challengeCall: DemoCall = {
    code: `GXJB${YEAR}`,
    title: {
      zh: `${YEAR}年度广西重点研发计划“揭榜挂帅”项目`,
      en: `${YEAR} Guangxi Key R&D Programme: open challenges (揭榜挂帅)`,
    },
    template: 'challenge',
    budgetEnvelope: challenges.reduce((sum, challenge) => sum + challenge.awards, 0) * 800 * TEN_THOUSAND,
    opensAt: `${YEAR}-02-01`,
    closesAt: `${YEAR}-04-15`,
    reviewDueAt: `${YEAR}-07-15`,
    challenges,
    applications: Array.from({ length: challengeCount }, (_, i) => {
      const index = i % topics.length;
      const topic = topics[index] as (typeof topics)[number];
      return makeApplication(random, {
        referenceNo: `${YEAR}AB${String(index + 1).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
        field: FIELDS[topic.field] as ResearchField,
        challengeCode: (challenges[index] as (typeof challenges)[number]).code,
        institution: applicantInstitution(random),
        totalUnits: [300, 1000],
        durations: [24, 36],
      });
    }),
  };
  return challengeCount > 0 ? [jieqing, challengeCall] : [jieqing];
}

function makeReviewers(random: Random, options: DemoOptions, calls: readonly DemoCall[]): DemoReviewer[] {
  const applications = calls.flatMap((call) => call.applications);
  const piNames = new Set(applications.map((application) => application.piName));
  const demand = calls.reduce((sum, call) => sum + call.applications.length * options.perApplication, 0);
  const meanLoad = Math.max(1, demand / Math.max(1, options.reviewers));
  // Reviewers' fields follow the applications' fields, so every field has its experts.
  const fieldOf = new Map(FIELDS.map((field) => [field.code, field]));
  const fieldPool = applications.map(
    (application) => fieldOf.get(application.discipline.slice(0, 3)) as ResearchField,
  );
  const names = new Set<string>();
  const emails = new Set<string>();
  const reviewers: DemoReviewer[] = [];
  while (reviewers.length < options.reviewers) {
    const field = fieldPool.length > 0 ? pick(random, fieldPool) : pick(random, FIELDS);
    const second = random.uniform() < 0.4 ? pick(random, FIELDS) : null;
    const international = random.uniform() < INTERNATIONAL_SHARE;
    const maxLoad =
      random.uniform() < 0.1 ? Math.ceil(meanLoad * 0.6) : Math.ceil(meanLoad * 1.3) + random.int(3);
    const keywordPairs = [
      ...sampleWithoutReplacement(random, field.keywords, 3 + random.int(2)),
      ...(second ? sampleWithoutReplacement(random, second.keywords, 2) : []),
    ];
    let reviewer: DemoReviewer;
    if (international) {
      const institution = pick(random, INTERNATIONAL_INSTITUTIONS);
      const first = pick(random, INTERNATIONAL_FIRST_NAMES);
      const last = pick(random, INTERNATIONAL_LAST_NAMES);
      reviewer = {
        name: `${first} ${last}`,
        email: `${emailLocal(first)}.${emailLocal(last)}@${institution.domain}`,
        institution: institution.name,
        expertise: [...new Set(keywordPairs.map((pair) => pair[1]))],
        languages: ['en'],
        collaborators: [],
        maxLoad,
      };
    } else {
      const institution =
        random.uniform() < LOCAL_REVIEWER_SHARE
          ? pick(random, localInstitutions)
          : pick(random, otherInstitutions);
      const person = chineseName(random);
      reviewer = {
        name: person.name,
        email: `${emailLocal(person.pinyin)}@${institution.domain}`,
        institution: institution.zh,
        expertise: [...new Set(keywordPairs.flatMap((pair) => [pair[0], pair[1]]))],
        languages: random.uniform() < 0.8 ? ['zh', 'en'] : ['zh'],
        collaborators: [],
        maxLoad,
      };
    }
    if (names.has(reviewer.name) || piNames.has(reviewer.name) || emails.has(reviewer.email)) continue;
    if (!international && random.uniform() < COLLABORATOR_SHARE && applications.length > 0) {
      const sameField = applications.filter((application) => application.discipline.startsWith(field.code));
      const pool = sameField.length > 0 ? sameField : applications;
      reviewer.collaborators = [
        ...new Set(Array.from({ length: 1 + random.int(2) }, () => pick(random, pool).piName)),
      ];
    }
    names.add(reviewer.name);
    emails.add(reviewer.email);
    reviewers.push(reviewer);
  }
  return reviewers;
}

const MANUAL_REASONS = [
  '近三年曾与申请人共同承担科研项目',
  '申请人曾为该专家指导的博士后',
  '专家主动申请回避：与申请人存在竞争关系',
];

export function generateDemoData(options: DemoOptions): DemoData {
  const random = new Random(deriveSeed(options.seed, 'peerdesk-demo'));
  const calls = makeCalls(random, options);
  const reviewers = makeReviewers(random, options, calls);
  const manualConflicts = MANUAL_REASONS.flatMap((reason) => {
    const call = pick(random, calls);
    if (call.applications.length === 0 || reviewers.length === 0) return [];
    return [
      {
        callCode: call.code,
        referenceNo: pick(random, call.applications).referenceNo,
        reviewerEmail: pick(random, reviewers).email,
        reason,
      },
    ];
  });
  return { calls, reviewers, manualConflicts };
}
