import { uuidV5 } from './uuid-v5';

/**
 * Stable HSDS ids: version-5 UUIDs of a name built from content slugs (file
 * names) in the portal's own namespace. The same content gives the same ids in
 * every build and in both language feeds, so a consumer can update its copy
 * record by record. Renaming a content file changes its ids: slugs are stable
 * URLs already (README, "URL scheme").
 */

/**
 * The portal's namespace UUID (a random v4 UUID, drawn once). Never change it:
 * every id in the feed depends on it.
 */
export const HSDS_NAMESPACE = 'a7dc8dbe-63a4-492f-a3f7-5f0bb9568f33';

const id = (name: string) => uuidV5(name, HSDS_NAMESPACE);

/** The id of each kind of HSDS record, from the slugs of the content it comes from. */
export const hsdsId = {
  /** A body of content/bodies/. @example hsdsId.organization('iom-georgia') */
  organization: (bodyId: string) => id(`organization/${bodyId}`),
  /** The provider of a programme (content/programs/ names it in `provider`). */
  provider: (programId: string) => id(`organization/provider/${programId}`),
  /** A place of content/places/. */
  location: (placeId: string) => id(`location/${placeId}`),
  /** The service a place offers (it carries the place's status). */
  placeService: (placeId: string) => id(`service/place/${placeId}`),
  /** The link between a place's service and its location. */
  placeServiceAtLocation: (placeId: string) => id(`service_at_location/place/${placeId}`),
  /** A programme of content/programs/. */
  program: (programId: string) => id(`program/${programId}`),
  /** The service of a programme. */
  programService: (programId: string) => id(`service/program/${programId}`),
  /** A place where a source says to ask about a programme. */
  programServiceAtLocation: (programId: string, placeId: string) => id(`service_at_location/program/${programId}/${placeId}`),
  /** A phone number of a record (`owner` names the record, e.g. `location/iom-tbilisi`). */
  phone: (owner: string, number: string) => id(`phone/${owner}/${number.replace(/\D/g, '')}`),
  /** A place's address. */
  address: (placeId: string) => id(`address/${placeId}`),
  /** A line of a place's opening hours, by position. */
  schedule: (placeId: string, index: number) => id(`schedule/${placeId}/${index}`),
  /** A body named as the way to reach a place. */
  contact: (placeId: string, bodyId: string) => id(`contact/${placeId}/${bodyId}`),
  /** A region a programme serves, or `all`. */
  serviceArea: (programId: string, regionId: string) => id(`service_area/${programId}/${regionId}`),
  /** A document a programme asks for, by position. */
  requiredDocument: (programId: string, index: number) => id(`required_document/${programId}/${index}`),
};
