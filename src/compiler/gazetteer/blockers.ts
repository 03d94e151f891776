/**
 * Names that contain a place name but do not name the place: organisations, pipelines, seas,
 * US states. They are matched like any name, so that being longer they win over the place
 * inside them, and then produce no mention.
 *
 * Decision: an organisation's name is not a mention of the place or adjective in it
 * ("Banque européenne pour la reconstruction et le développement" is not Europe: the bank lends
 * from Morocco to Mongolia). An organisation whose members are a region's countries is the
 * region, and is listed in regions.ts instead (Union européenne, Cédéao, Asean).
 */
export const BLOCKED_NAMES: string[] = [
  // United Nations and other organisations
  'Nations unies', 'Organisation des Nations unies', 'United Nations', 'Etats-Unis d\'Europe',
  'Banque européenne pour la reconstruction et le développement', 'European Bank for Reconstruction and Development',
  'Banque européenne d\'investissement', 'European Investment Bank', 'Banque centrale européenne', 'European Central Bank',
  'Cour européenne des droits de l\'homme', 'European Court of Human Rights', 'Banque africaine de développement', 'African Development Bank',
  'Banque asiatique de développement', 'Asian Development Bank', 'Banque asiatique d\'investissement pour les infrastructures',
  'Organisation de coopération de Shanghai', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization',
  'Chine nouvelle', 'Washington Post', 'New York Times', 'Russie unie', 'United Russia', 'Radio Free Europe', 'Voice of America',
  'Agence France-Presse', 'France Presse', 'France 24', 'Radio France', 'Air France', 'Turkish Airlines', 'Qatar Airways',
  'Israel Defense Forces', 'Kazakhstan Temir Zholy',
  // Pipelines
  'Caspian Pipeline Consortium', 'Consortium du pipeline caspien', 'Nord Stream', 'TurkStream', 'Turkish Stream',
  'Baltic Pipe', 'Power of Siberia', 'Force de Sibérie', 'Trans Adriatic Pipeline', 'Keystone XL',
  // Seas, oceans, gulfs
  'Indian Ocean', 'océan Indien', 'océan indien', 'South China Sea', 'East China Sea', 'mer de Chine', 'mer de Chine méridionale',
  'mer de Chine orientale', 'Sea of Japan', 'mer du Japon', 'Gulf of Mexico', 'golfe du Mexique', 'Gulf of Guinea',
  'golfe de Guinée', 'Baltic Sea', 'mer Baltique', 'Caspian Sea', 'mer Caspienne', 'Black Sea', 'mer Noire', 'Arabian Sea',
  'mer d\'Arabie', 'Gulf of Oman', 'golfe d\'Oman', 'Irish Sea', 'mer d\'Irlande', 'Gulf of Thailand', 'golfe de Thaïlande',
  'Bay of Bengal', 'golfe du Bengale', 'Korea Strait', 'Taiwan Strait', 'détroit de Taïwan', 'Strait of Malacca',
  // Places elsewhere that carry a country's or capital's name
  'New Mexico', 'Nouveau-Mexique', 'New Jersey', 'New South Wales', 'Nouvelle-Galles du Sud', 'Washington State',
  'Washington state', 'Etat de Washington', 'West Virginia', 'Virginie-Occidentale', 'Indo-Pacific', 'Indo-Pacifique',
  'Amérique du Nord-Est', 'Anglo-Saxon', 'anglo-saxon', 'Guinea pig', 'French fries',
];
