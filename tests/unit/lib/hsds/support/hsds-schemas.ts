import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Open Referral's HSDS 3.0.0 JSON Schemas (vendored in tests/fixtures/hsds-3.0.0,
 * CC BY-SA 4.0) in Ajv, and which schema each file of the HSDS export must meet.
 * The schemas carry no `$schema`; HSDS 3.0's OpenAPI declares JSON Schema 2020-12
 * as its dialect, so they load into Ajv's 2020-12 class.
 */

const schemaDir = new URL('../../../../fixtures/hsds-3.0.0/schema/', import.meta.url);

/** HSDS's own annotations (Frictionless metadata, examples): known words, not checks. */
const annotations = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type'];

function loadAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(annotations);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) {
    // The key is the file name, so the schemas' relative `$ref`s ("phone.json") resolve.
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as object, file);
  }
  return ajv;
}

let ajv: Ajv2020 | undefined;

function validator(schema: string): ValidateFunction {
  ajv ??= loadAjv();
  const validate = ajv.getSchema(schema);
  if (!validate) throw new Error(`no HSDS schema ${schema} in tests/fixtures/hsds-3.0.0/schema`);
  return validate;
}

/** Problems of `data` against one HSDS schema, each as `<where>: <what>`. */
export function schemaProblems(schema: string, data: unknown, where = ''): string[] {
  const validate = validator(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath || '/'} (${schema}): ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

type Json = Record<string, unknown>;

/** The one-to-one list items and their nested objects, each against its schema. */
const listOf = (item: string, nested: Record<string, string> = {}) => (data: unknown) => {
  const contents = ((data as Json)['contents'] ?? []) as Json[];
  return [
    ...schemaProblems('page.json', data),
    ...contents.flatMap((c, i) => [
      ...schemaProblems(item, c, `/contents/${i}`),
      ...Object.entries(nested).flatMap(([key, schema]) => (c[key] === undefined ? [] : schemaProblems(schema, c[key], `/contents/${i}/${key}`))),
    ]),
  ];
};

/** Which schemas each file of `/data/hsds/<lang>/` must meet, by its path in that folder. */
const checks: Array<[RegExp, (data: unknown) => string[]]> = [
  [/^index\.json$/, (d) => schemaProblems('api-root.json', d)],
  [/^services\.json$/, listOf('service.json')],
  [/^services\/[0-9a-f-]{36}\.json$/, (d) => schemaProblems('service_with_definitions.json', d)],
  [/^organizations\.json$/, listOf('organization.json')],
  [
    /^organizations\/[0-9a-f-]{36}\.json$/,
    (d) => [...schemaProblems('organization.json', d), ...(((d as Json)['services'] ?? []) as unknown[]).flatMap((s, i) => schemaProblems('service.json', s, `/services/${i}`))],
  ],
  [/^locations\.json$/, listOf('location.json')],
  [/^locations\/[0-9a-f-]{36}\.json$/, (d) => schemaProblems('location.json', d)],
  [/^service_at_locations\.json$/, listOf('service_at_location.json', { service: 'service.json' })],
  [
    /^service_at_locations\/[0-9a-f-]{36}\.json$/,
    (d) => [...schemaProblems('service_at_location.json', d), ...schemaProblems('service.json', (d as Json)['service'], '/service')],
  ],
];

/**
 * Problems of one file of the HSDS export against the HSDS 3.0.0 schemas; a
 * path no rule covers is a problem too, so a new kind of file cannot go unchecked.
 */
export function hsdsFileProblems(path: string, data: unknown): string[] {
  const check = checks.find(([pattern]) => pattern.test(path));
  if (!check) return [`${path}: no HSDS schema is assigned to this file`];
  return check[1](data).map((p) => `${path}${p}`);
}
