import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { median } from './stats';

export type Preset = 'desktop' | 'mobile';
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Largest contentful paint and cumulative layout shift, as the performance audits measure them. */
  lcpMs: number;
  cls: number;
}

const CLI = resolve('node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
// Without these, Lighthouse's headless window often counts as hidden and the load ends in NO_FCP.
const FOREGROUND = ['--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-timer-throttling'];
const run = promisify(execFile);

export function lighthouseAvailable(): boolean {
  return existsSync(CLI);
}

/** The median of each category score over `runs` Lighthouse runs of one preset (mobile is Lighthouse's default). */
export async function lighthouseScores(url: string, preset: Preset, runs: number): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouseRetried(url, preset);
    if (result) results.push(result);
  }
  return {
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    bestPractices: median(results.map((r) => r.bestPractices)),
    lcpMs: median(results.map((r) => r.lcpMs)),
    cls: median(results.map((r) => r.cls)),
  };
}

// Under SwiftShader on a busy machine a run now and then ends in NO_FCP; one more try, then the run is left out.
async function lighthouseRetried(url: string, preset: Preset): Promise<LighthouseScores | null> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await lighthouseOnce(url, preset);
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      console.warn(`  Lighthouse ${preset} attempt ${attempt} failed: ${stderr.trim().split('\n')[0]}`);
    }
  }
  return null;
}

async function lighthouseOnce(url: string, preset: Preset): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
  const output = join(dir, 'report.json');
  try {
    const args = [
      CLI,
      url,
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new ${[...CHROMIUM_ARGS, ...FOREGROUND].join(' ')}`,
      '--quiet',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
    const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };
    const score = (id: string) => report.categories[id]?.score ?? Number.NaN;
    const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
