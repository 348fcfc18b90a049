import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { allHtmlFiles, SITES, siteDir } from '../helpers/site';
import type { SiteName } from '../helpers/site';

// .htmlvalidate.json: the standard, a11y and document presets, with three justified changes.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function allFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe.each(Object.keys(SITES) as SiteName[])('the %s export', (site) => {
  const root = siteDir(site);

  test('every page is valid HTML', async () => {
    const messages: string[] = [];
    for (const file of allHtmlFiles(site)) {
      const report = await validator.validateFile(path.join(root, file));
      for (const result of report.results)
        for (const m of result.messages)
          messages.push(`${file} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(messages).toEqual([]);
  }, 300_000);

  test('contains no source maps, machine paths or stray localhost URLs', () => {
    const files = allFiles(root);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const production = Boolean(SITES[site].env.SITE_URL);
    for (const file of files.filter((f) => /\.(html|txt|xml|json|js|css|webmanifest)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const relative = path.relative(root, file);
      expect({ relative, map: /sourceMappingURL=/.test(text) }).toEqual({ relative, map: false });
      expect({ relative, cwd: text.includes(process.cwd()) }).toEqual({ relative, cwd: false });
      expect({ relative, home: /\/(root|home\/[\w.-]+)\//.test(text) }).toEqual({
        relative,
        home: false,
      });
      // Next's own framework chunks mention localhost in dev-only code; our output must not.
      if (production && !relative.startsWith('_next/')) {
        expect({ relative, localhost: /localhost|127\.0\.0\.1/.test(text) }).toEqual({
          relative,
          localhost: false,
        });
      }
    }
  });
});
