import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (`dist/`), served once for every browser test file. */
    siteUrl: string;
    /** One Chromium for every browser test file; each connects and opens its own contexts. */
    browserEndpoint: string;
  }
}

/** Vitest global setup for the browser tests: one server for `dist/` and one Chromium, shared by every file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  project.provide('siteUrl', `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
