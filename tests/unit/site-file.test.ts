import { parseSiteFile, readSiteFile } from '@/lib/publication/site-file';
import { readSiteConfig } from '@/lib/site';

describe('site.yaml', () => {
  test('no file: a Korean site named 대담', () => {
    const config = readSiteConfig({ NODE_ENV: 'test', POSTS_DIR: 'tests/fixtures/first-post' });
    expect(config).toMatchObject({ name: '대담', language: 'ko', links: [], fileIssues: [] });
    expect(readSiteFile('tests/fixtures/first-post').issues).toEqual([]);
  });

  test('a publication of its own: name, language, publisher, author, links, icon', () => {
    const config = readSiteConfig({ NODE_ENV: 'test', POSTS_DIR: 'tests/fixtures/publication' });
    expect(config).toMatchObject({
      name: 'The Long Table',
      description: 'Conversations from Seoul, question by question',
      language: 'en',
      publisher: { name: 'Long Table Press', url: 'https://longtable.example/about' },
      author: 'Long Table Editors',
      links: ['https://social.example/@longtable', 'https://github.com/longtable'],
      icon: 'images/icon.png',
      fileIssues: [],
    });
  });

  test.each([
    ['language: EN', 'en', 'en'],
    ['language: en-gb', 'en', 'en-GB'],
    ['language: ko_KR', 'ko', 'ko-KR'],
    ['language: ja', 'ja', 'ja'],
  ])('%s: the %s interface, lang="%s"', (source, language, locale) => {
    const { settings, issues } = parseSiteFile(`${source}\n`);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({ language, locale });
  });

  test('an interface language without a name gets that language’s default name', () => {
    expect(parseSiteFile('language: en\n').settings).toMatchObject({ language: 'en' });
    expect(
      readSiteConfig({ NODE_ENV: 'test', POSTS_DIR: 'tests/fixtures/broken-site/language' }).name,
    ).toBe('The Table');
  });

  test.each([
    ['language: kr', 'language', '"kr" is not an interface language', 'did you mean "ko"?'],
    ['language: fr', 'language', '"fr" is not an interface language', 'write ko, en or ja'],
    [
      'language: japanese',
      'language',
      '"japanese" is not an interface language',
      'did you mean "ja"?',
    ],
    ['langauge: en', 'langauge', 'is not a known field of site.yaml', 'did you mean "language"?'],
    [
      'publisher: { name: X, ulr: https://x.example }',
      'publisher.ulr',
      'is not a known field',
      'did you mean "url"?',
    ],
    [
      'publisher: Long Table Press',
      'publisher',
      'must be a mapping with name (and url)',
      undefined,
    ],
    ['name: ""', 'name', 'must not be empty', undefined],
    ['icon: ../outside.png', 'icon', 'must be a picture inside the content folder', undefined],
    ['links: https://x.example', 'links', 'must be a list of URLs', undefined],
  ])('%s is refused, naming the field', (source, field, message, hint) => {
    const { issues } = parseSiteFile(`${source}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'site.yaml', field });
    expect(issues[0]!.message).toContain(message);
    if (hint) expect(issues[0]!.hint).toBe(hint);
  });

  test('a bad site.yaml leaves the defaults standing and its problems for the content check', () => {
    const config = readSiteConfig({
      NODE_ENV: 'test',
      POSTS_DIR: 'tests/fixtures/broken-site/unknown-field',
    });
    expect(config.name).toBe('대담');
    expect(config.fileIssues.map((issue) => issue.field)).toEqual(['nmae']);
  });
});
