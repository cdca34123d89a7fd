import type { TableField } from '~/lib/places/data-package';

/**
 * Checks CSV rows against Table Schema fields the way a data-portal reader
 * does (https://datapackage.org/standard/table-schema/): every value casts to
 * its column's type and meets its constraints; an empty cell is a missing value.
 * Returns one line per problem, naming the row, the column and the value.
 */
export function tableProblems(fields: readonly TableField[], header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const problems: string[] = [];
  const names = fields.map((f) => f.name);
  if (JSON.stringify(names) !== JSON.stringify(header)) problems.push(`header ${header.join(',')} is not the described columns ${names.join(',')}`);
  const seen = new Map<string, Set<string>>();
  rows.forEach((row, r) => {
    fields.forEach((field, c) => {
      const value = row[c] ?? '';
      const at = `row ${r + 1}, ${field.name} "${value}"`;
      const { constraints = {} } = field;
      if (value === '') {
        if (constraints.required) problems.push(`${at}: required`);
        return;
      }
      if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) problems.push(`${at}: not a number`);
      if (field.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${at}: not an integer`);
      if (field.type === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value))) {
        problems.push(`${at}: not a date (YYYY-MM-DD)`);
      }
      if (field.format === 'uri' && !URL.canParse(value)) problems.push(`${at}: not a URI`);
      if (field.format === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) problems.push(`${at}: not an e-mail address`);
      if (constraints.enum && !constraints.enum.includes(value)) problems.push(`${at}: not one of ${constraints.enum.join(', ')}`);
      if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(value)) problems.push(`${at}: does not match ${constraints.pattern}`);
      if (constraints.minimum !== undefined && Number(value) < constraints.minimum) problems.push(`${at}: below ${constraints.minimum}`);
      if (constraints.maximum !== undefined && Number(value) > constraints.maximum) problems.push(`${at}: above ${constraints.maximum}`);
      if (constraints.unique) {
        const values = seen.get(field.name) ?? new Set();
        if (values.has(value)) problems.push(`${at}: not unique`);
        seen.set(field.name, values.add(value));
      }
    });
  });
  return problems;
}
