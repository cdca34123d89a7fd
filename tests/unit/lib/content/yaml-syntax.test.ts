import { describe, expect, it } from 'vitest';
import { frontMatter, yamlSyntaxProblem } from '~/lib/content/yaml-syntax';

describe('yamlSyntaxProblem', () => {
  it('is silent for valid YAML', () => {
    expect(yamlSyntaxProblem('region: kakheti\nservices: [information]\n', 'content/places/x.yaml')).toBeUndefined();
  });

  it('names file, line and column, what is wrong and the fix', () => {
    const problem = yamlSyntaxProblem('name: x\nregion: [kakheti\nstatus: open\n', 'content/places/x.yaml');
    expect(problem).toMatch(/^content\/places\/x\.yaml:3:1: YAML syntax error \(BAD_INDENT\): .+\. Fix: check the indentation and that every \[ or \{ has its closing \] or \}\.$/);
  });

  it('catches a field written twice, and places front matter errors on the MDX file’s own line', () => {
    expect(yamlSyntaxProblem('status: open\nstatus: planned\n', 'content/places/x.yaml')).toMatch(/DUPLICATE_KEY.*Fix: the same field is written twice/);
    const mdx = '---\ntitle: About\ndescription: "unclosed\n---\n\nBody\n';
    const front = frontMatter(mdx);
    expect(front?.yaml).toBe('title: About\ndescription: "unclosed');
    expect(yamlSyntaxProblem(front?.yaml ?? '', 'content/pages/en/about.mdx', front?.lineOffset)).toMatch(/^content\/pages\/en\/about\.mdx:3:\d+: YAML syntax error/);
  });
});
