import yaml from 'js-yaml';
import type { ContentIssue } from '@/lib/posts/errors';

/**
 * A content folder's YAML file (people.yaml, site.yaml) read as a mapping, with the core schema
 * (no timestamps, no custom types): its data, or the one issue that stops it — bad YAML with
 * its line and column, or a file that is not a mapping.
 */
export function readYamlMapping(
  source: string,
  file: string,
  words: { yamlHint: string; notMapping: string; mappingHint: string },
):
  { data: Record<string, unknown>; issue?: undefined } | { data?: undefined; issue: ContentIssue } {
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return {
      issue: {
        file,
        line: mark ? mark.line + 1 : undefined,
        column: mark ? mark.column + 1 : undefined,
        message: `is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
        hint: words.yamlHint,
      },
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { issue: { file, message: words.notMapping, hint: words.mappingHint } };
  return { data: data as Record<string, unknown> };
}
