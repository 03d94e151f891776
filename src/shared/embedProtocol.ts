import { isCountryCode, isId, isLang, type Lang } from './contract';

/**
 * The postMessage API between a host page and an embedded map: namespaced and versioned, and
 * checked on both sides. Hand-written checks, not a schema library: the loader must stay tiny.
 */
export const NAMESPACE = 'dispatch-atlas';
export const VERSION = 1;

export type HostToMap =
  | { type: 'select'; country?: string; place?: string }
  | { type: 'step'; step: string }
  | { type: 'lang'; lang: Lang }
  | { type: 'reset' };

export type MapToHost =
  | { type: 'ready'; story: string }
  | { type: 'resize'; height: number }
  | { type: 'select'; country: string | null; place: string | null; step: string | null };

export type Envelope<T> = T & { namespace: typeof NAMESPACE; version: typeof VERSION };

const isOptionalId = (value: unknown) => value === undefined || isId(value);
const isNullableId = (value: unknown) => value === null || isId(value);
const isOptionalCountry = (value: unknown) => value === undefined || isCountryCode(value);
const isNullableCountry = (value: unknown) => value === null || isCountryCode(value);

export function envelope<T extends HostToMap | MapToHost>(message: T): Envelope<T> {
  return { namespace: NAMESPACE, version: VERSION, ...message };
}

function isEnvelope(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    && (data as Record<string, unknown>).namespace === NAMESPACE && (data as Record<string, unknown>).version === VERSION;
}

/** A host's message, or null for anything malformed, foreign or from another version. */
export function parseHostMessage(data: unknown): HostToMap | null {
  if (!isEnvelope(data)) return null;
  switch (data.type) {
    case 'select':
      if (!isOptionalCountry(data.country) || !isOptionalId(data.place) || (data.country === undefined && data.place === undefined)) return null;
      return { type: 'select', ...(data.country ? { country: data.country as string } : {}), ...(data.place ? { place: data.place as string } : {}) };
    case 'step':
      return isId(data.step) ? { type: 'step', step: data.step } : null;
    case 'lang':
      return isLang(data.lang) ? { type: 'lang', lang: data.lang } : null;
    case 'reset':
      return { type: 'reset' };
    default:
      return null;
  }
}

/** The map's message, or null for anything malformed. */
export function parseMapMessage(data: unknown): MapToHost | null {
  if (!isEnvelope(data)) return null;
  switch (data.type) {
    case 'ready':
      return isId(data.story) ? { type: 'ready', story: data.story } : null;
    case 'resize': {
      const height = data.height;
      return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= 100_000 ? { type: 'resize', height: Math.ceil(height) } : null;
    }
    case 'select':
      return isNullableCountry(data.country) && isNullableId(data.place) && isNullableId(data.step)
        ? { type: 'select', country: data.country as string | null, place: data.place as string | null, step: data.step as string | null }
        : null;
    default:
      return null;
  }
}

/** Origins a map accepts messages from: the `trust` list when given, else only the page that embeds it. */
export function trustedOrigins(trustParam: string | null, parentOrigin: string | null): Set<string> {
  const listed = (trustParam ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => /^https?:\/\/[^/\s]+$/.test(origin));
  if (listed.length > 0) return new Set(listed);
  return new Set(parentOrigin ? [parentOrigin] : []);
}
