import type { GazetteerEntry } from './types';

const EU = 'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE';
const AFRICA =
  'DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE ESH';
const WEST_AFRICA = 'BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO';
const LATIN_AMERICA = 'MEX GTM HND SLV NIC CRI PAN CUB DOM HTI COL VEN ECU PER BOL CHL ARG URY PRY BRA';

type RegionSpec = [id: string, en: string, fr: string, members: string, names: string, adjectives: string];

/**
 * Regions that stand for a group of countries. `names` and `adjectives` are comma-separated;
 * French adjectives are inflected like country adjectives. An organisation whose members are the
 * region's countries (Union européenne, Cédéao, Asean) names the region.
 */
const REGIONS: RegionSpec[] = [
  ['central-asia', 'Central Asia', 'Asie centrale', 'KAZ KGZ TJK TKM UZB', 'Asie centrale, Central Asia, Asie Centrale', 'centrasiatique, centre-asiatique, Central Asian'],
  ['europe', 'Europe', 'Europe', EU,
    'Europe, Union européenne, UE, EU, European Union, zone euro, eurozone, Vieux Continent, Europe de l\'Ouest, Western Europe, Europe de l\'Est, Eastern Europe, Europe centrale, Central Europe',
    'européen, European, pro-européen, pro-European'],
  ['africa', 'Africa', 'Afrique', AFRICA, 'Afrique, Africa, Union africaine, African Union, Afrique subsaharienne, sub-Saharan Africa, continent africain', 'africain, subsaharien, African, Afro-, afro-'],
  ['west-africa', 'West Africa', "Afrique de l'Ouest", WEST_AFRICA,
    "Afrique de l'Ouest, West Africa, Cédéao, Cedeao, ECOWAS, Communauté économique des Etats de l'Afrique de l'Ouest, Communauté économique des Etats d'Afrique de l'Ouest, Economic Community of West African States",
    'ouest-africain, West African'],
  ['sahel', 'Sahel', 'Sahel', 'MRT MLI BFA NER TCD', 'Sahel', 'sahélien, Sahelian'],
  ['maghreb', 'Maghreb', 'Maghreb', 'DZA MAR TUN LBY MRT', 'Maghreb', 'maghrébin, Maghrebi'],
  ['latin-america', 'Latin America', 'Amérique latine', LATIN_AMERICA, 'Amérique latine, Latin America', 'latino-américain, Latin American'],
  ['south-america', 'South America', 'Amérique du Sud', 'ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN', 'Amérique du Sud, South America', 'sud-américain, South American'],
  ['central-america', 'Central America', 'Amérique centrale', 'BLZ GTM HND SLV NIC CRI PAN', 'Amérique centrale, Central America', 'centraméricain, centre-américain, Central American'],
  ['north-america', 'North America', 'Amérique du Nord', 'USA CAN MEX', 'Amérique du Nord, North America', 'nord-américain, North American'],
  ['caucasus', 'Caucasus', 'Caucase', 'ARM AZE GEO', 'Caucase, Caucasus, Caucase du Sud, South Caucasus, Transcaucasie', 'caucasien, sud-caucasien'],
  ['middle-east', 'Middle East', 'Moyen-Orient', 'BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM',
    'Moyen-Orient, Proche-Orient, Middle East, Mideast, Near East', 'moyen-oriental, proche-oriental, Middle Eastern'],
  ['gulf', 'Gulf states', 'pays du Golfe', 'BHR KWT OMN QAT SAU ARE',
    'pays du Golfe, monarchies du Golfe, Etats du Golfe, Gulf states, Gulf countries, Gulf monarchies, Gulf Cooperation Council, Conseil de coopération du Golfe', ''],
  ['west', 'the West', 'Occident', 'USA CAN GBR FRA DEU ITA', 'Occident, Occidentaux, West', 'occidental, Western, Westerners'],
  ['balkans', 'Balkans', 'Balkans', 'ALB BIH BGR HRV XKX MNE MKD SRB', 'Balkans, Western Balkans', 'balkanique, Balkan'],
  ['baltic-states', 'Baltic states', 'pays baltes', 'EST LVA LTU', 'pays baltes, Etats baltes, Baltes, Baltic states, Baltic countries, Baltic nations, Baltics', 'balte, Baltic'],
  ['scandinavia', 'Scandinavia', 'Scandinavie', 'DNK NOR SWE', 'Scandinavie, Scandinavia, pays nordiques, Nordic countries', 'scandinave, Scandinavian'],
  ['southeast-asia', 'Southeast Asia', 'Asie du Sud-Est', 'BRN KHM IDN LAO MYS MMR PHL SGP THA VNM', 'Asie du Sud-Est, Southeast Asia, South-East Asia, South East Asia, Asean, ASEAN', 'sud-est-asiatique, Southeast Asian'],
  ['east-asia', 'East Asia', "Asie de l'Est", 'CHN JPN KOR PRK MNG TWN', "Asie de l'Est, Asie orientale, East Asia, Extrême-Orient, Far East", 'est-asiatique, East Asian'],
  ['south-asia', 'South Asia', 'Asie du Sud', 'AFG BGD BTN IND MDV NPL PAK LKA', 'Asie du Sud, South Asia, sous-continent indien, Indian subcontinent', 'sud-asiatique, South Asian'],
  ['asia', 'Asia', 'Asie', '', 'Asie, Asia', 'asiatique, Asian'],
];

const list = (field: string, separator: RegExp) => field.split(separator).map((s) => s.trim()).filter(Boolean);

export const REGION_ENTRIES: GazetteerEntry[] = REGIONS.map(([id, en, fr, members, names, adjectives]) => ({
  id,
  kind: 'region',
  name: { fr, en },
  members: list(members, /\s+/),
  names: list(names, /,/),
  adjectives: list(adjectives, /,/),
}));
