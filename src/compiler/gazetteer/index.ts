export type { Gazetteer, GazetteerEntry } from './types';
export { createGazetteer } from './createGazetteer';
export { findMentions, type PersonInput } from './findMentions';
