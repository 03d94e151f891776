import { BYTE_KINDS, type ByteKind } from './kinds';
import type { ResourceRecord } from './measurePage';

export interface ByteCount {
  raw: number;
  gzip: number;
  transferred: number;
  requests: number;
}
export type BytesByKind = Record<ByteKind | 'total', ByteCount>;

export interface FirstViewBytes {
  byKind: BytesByKind;
  /** The story's own files under data/ (the index, the manifest and its layers). */
  storyData: ByteCount;
  /** Bytes of URLs fetched a second time in the same load (counted once above; with a cache they are free). */
  duplicates: { url: string; gzip: number }[];
  /** Whether maplibre-gl came with it: its worker, or the chunk of the WebGL map that bundles it. */
  webgl: boolean;
}

// The build names the WebGL map's chunk after its module (MapView) and maplibre-gl's worker after the package.
const WEBGL_FILE = /\/(maplibre[^/]*|MapView-[^/]*)\.m?js$/;

const empty = (): ByteCount => ({ raw: 0, gzip: 0, transferred: 0, requests: 0 });

/** Adds up one load's responses by type, each URL once. */
export function countBytes(resources: readonly ResourceRecord[]): FirstViewBytes {
  const byKind = Object.fromEntries([...BYTE_KINDS, 'total'].map((k) => [k, empty()])) as BytesByKind;
  const storyData = empty();
  const seen = new Set<string>();
  const duplicates: FirstViewBytes['duplicates'] = [];
  let webgl = false;
  for (const resource of resources) {
    if (WEBGL_FILE.test(new URL(resource.url).pathname)) webgl = true;
    if (seen.has(resource.url)) {
      duplicates.push({ url: new URL(resource.url).pathname, gzip: resource.gzip });
      continue;
    }
    seen.add(resource.url);
    add(byKind[resource.kind], resource);
    add(byKind.total, resource);
    if (new URL(resource.url).pathname.includes('/data/')) add(storyData, resource);
  }
  return { byKind, storyData, duplicates, webgl };
}

function add(count: ByteCount, resource: ResourceRecord): void {
  count.raw += resource.raw;
  count.gzip += resource.gzip;
  count.transferred += resource.transferred;
  count.requests += 1;
}
