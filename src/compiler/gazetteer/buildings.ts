import type { GazetteerEntry } from './types';

type BuildingSpec = [id: string, en: string, fr: string, country: string, lon: number, lat: number, names: string];

/** Seats of power that dispatches use for their governments ("le Kremlin a démenti"). */
const BUILDINGS: BuildingSpec[] = [
  ['kremlin', 'Kremlin', 'Kremlin', 'RUS', 37.6176, 55.752, 'Kremlin'],
  ['white-house', 'White House', 'Maison Blanche', 'USA', -77.0365, 38.8977, 'Maison Blanche, Maison-Blanche, White House'],
  ['pentagon', 'Pentagon', 'Pentagone', 'USA', -77.0563, 38.8719, 'Pentagone, Pentagon'],
  ['capitol', 'Capitol', 'Capitole', 'USA', -77.0091, 38.8899, 'Capitole, Capitol, Capitol Hill'],
  ['state-department', 'State Department', "Département d'Etat", 'USA', -77.0484, 38.8944, "Département d'Etat, State Department, Foggy Bottom"],
  ['downing-street', 'Downing Street', 'Downing Street', 'GBR', -0.1276, 51.5034, 'Downing Street, Number 10'],
  ['whitehall', 'Whitehall', 'Whitehall', 'GBR', -0.1262, 51.5045, 'Whitehall'],
  ['elysee', 'Élysée Palace', 'Élysée', 'FRA', 2.3166, 48.8704, "Elysée, Élysée, palais de l'Elysée, Elysee Palace"],
  ['matignon', 'Matignon', 'Matignon', 'FRA', 2.321, 48.8545, 'Matignon, Hôtel Matignon'],
  ['quai-d-orsay', "Quai d'Orsay", "Quai d'Orsay", 'FRA', 2.3165, 48.8617, "Quai d'Orsay"],
  ['zhongnanhai', 'Zhongnanhai', 'Zhongnanhai', 'CHN', 116.3833, 39.9139, 'Zhongnanhai'],
  ['akorda', 'Akorda', 'Akorda', 'KAZ', 71.4461, 51.1258, 'Akorda, Ak Orda, Akorda Presidential Palace'],
  ['bankova', 'Bankova', 'Bankova', 'UKR', 30.5318, 50.4474, 'Bankova'],
  ['berlaymont', 'Berlaymont', 'Berlaymont', 'BEL', 4.3826, 50.8433, 'Berlaymont'],
  ['planalto', 'Planalto Palace', 'palais du Planalto', 'BRA', -47.8609, -15.7994, 'Planalto, palais du Planalto, Planalto Palace'],
  ['casa-rosada', 'Casa Rosada', 'Casa Rosada', 'ARG', -58.3703, -34.6081, 'Casa Rosada'],
  ['blue-house', 'Blue House', 'Maison bleue', 'KOR', 126.9748, 37.5866, 'Maison bleue, Blue House'],
];

export const BUILDING_ENTRIES: GazetteerEntry[] = BUILDINGS.map(([id, en, fr, country, lon, lat, names]) => ({
  id,
  kind: 'building',
  name: { fr, en },
  country,
  coordinates: [lon, lat],
  names: names.split(',').map((s) => s.trim()),
}));
