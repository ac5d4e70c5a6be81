import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPagePaths, fileForPath } from '../helpers/dist';

// Official Japanese council names are long; the title limit in .htmlvalidate.json allows for them.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

describe('valid HTML', () => {
  it.each(allPagePaths())('%s has no errors', async (path) => {
    const report = await validator.validateString(readFileSync(fileForPath(path), 'utf8'), fileForPath(path));
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`),
    );
    expect(errors).toEqual([]);
  });
});
