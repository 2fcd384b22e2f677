/**
 * The form's line-by-line heading reader agrees with the checker's Markdown
 * parser on the bodies briefs have: placeholders, comments, code, nesting.
 */
import { describe, expect, it } from 'vitest';
import { headingsOf } from './markdown-headings.ts';
import { outlineOf } from './markdown-outline.ts';

const bodies: Record<string, string> = {
	'a written section': '## Action\n\nWe met monthly.\n',
	'a placeholder comment only': '## Action\n\n<!-- Write this section. -->\n\n## Next steps\n\nMore.\n',
	'a comment over several lines': '## Action\n\n<!--\nWrite this.\n-->\n',
	'text after a comment on its line': '## Action\n\n<!-- note --> Real text.\n',
	'a subsection with text': '## Action\n\n### Detail\n\nText.\n\n## Next\n',
	'a heading inside fenced code': '## Action\n\n```\n## Not a heading\n```\n',
	'closing hashes and a trailing colon': '## Action: ##\n\nText\n\n##Not a heading\n',
	'an empty section at the end': 'Intro.\n\n## Action\n',
	'a Lao heading': '## ສິ່ງທີ່ເຮັດ\n\n<!-- ຂຽນ -->\n',
};

describe('reading headings line by line', () => {
	for (const [name, body] of Object.entries(bodies)) {
		it(`finds what the checker's parser finds in ${name}`, () => {
			expect(headingsOf(body, 5)).toEqual(outlineOf(body, 5).headings);
		});
	}
});
