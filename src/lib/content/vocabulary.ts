/**
 * Fixed vocabularies shared by the content schemas, filters and UI strings.
 * Adding a value here makes the type checker ask for its label in both languages.
 */

/** What kind of place it is: a municipal service hub, an IOM office or a state agency office. */
export const placeTypes = ['service-hub', 'iom-office', 'state-agency'] as const;
export type PlaceType = (typeof placeTypes)[number];

/** Whether a place receives visitors: now, not yet, or no longer. */
export const placeStatuses = ['open', 'planned', 'closed'] as const;
export type PlaceStatus = (typeof placeStatuses)[number];

/** What kind of body stands behind places: a municipality, IOM, or a state agency. */
export const bodyKinds = ['municipality', 'iom', 'state-agency'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** How exact a place's coordinates are: the building itself, or only its town's centre. */
export const locationPrecisions = ['building', 'town-centre'] as const;
export type LocationPrecision = (typeof locationPrecisions)[number];

/** Help a place offers. */
export const services = [
  'information',
  'counselling',
  'referral',
  'grants',
  'training',
  'employment',
  'health',
  'housing',
  'documents',
  'psychosocial',
  'tool-rental',
] as const;
export type Service = (typeof services)[number];

/** Program categories (the issue fixes this list). */
export const programCategories = [
  'employment',
  'business',
  'training',
  'health',
  'housing',
  'documents-legal',
  'psychosocial',
  'social',
] as const;
export type ProgramCategory = (typeof programCategories)[number];

/** Days of the week as used in opening hours (ISO order, Monday first). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * Georgia's bounding box, generous by a few kilometres. Coordinates outside it
 * are almost always a typing error or swapped latitude/longitude.
 */
export const georgiaBounds = { minLat: 41.0, maxLat: 43.6, minLon: 39.9, maxLon: 46.8 } as const;
