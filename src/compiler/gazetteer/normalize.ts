const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ð: 'd', þ: 'th' };

/** Lower case without diacritics: the key under which a word is looked up ("Ouzbèke" -> "ouzbeke"). */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłıðþ]/g, (c) => LIGATURES[c] ?? c);
}

/** An ascii id such as "saint-petersburg" from "Saint Petersburg". */
export function slug(name: string): string {
  return fold(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
