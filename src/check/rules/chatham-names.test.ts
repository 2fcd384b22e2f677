/**
 * A Chatham House recap that names its presenter or facilitator: each place
 * a name can be written, the field named as a contributor reads it, and a
 * recap whose people the checker cannot read is passed over, not a crash.
 */
import { describe, expect, it } from 'vitest';
import { smallSiteWith } from '../../../tests/support/site-build.ts';
import { readContent } from '../read-content.ts';
import { checkChathamNames } from './chatham-names.ts';

const file = 'content/sessions/2026-05-07-chatham.md';

/** A Chatham House recap presented by the small site's named-presenter, "Presenter Quillon". */
const recap = (frontmatter: string, presenter = 'named-presenter') =>
	`---\nseries: plp-group\ntitle: Budgets\ndate: 2026-05-07T10:00+01:00\nlang: en\nformat: online\napproach: als\nconfidentiality: chatham-house\npresenters: [${presenter}]\n${frontmatter}sample: true\n---\n\nA short recap.\n`;

function problems(name: string, files: Record<string, string>): string[] {
	const site = smallSiteWith(`chatham-${name}`, files);
	return checkChathamNames(readContent(site.root, [])).map((p) => `${p.line} ${p.field}: ${p.found}`);
}

describe('a name on a Chatham House recap', () => {
	it('is found in the summary', () => {
		expect(problems('summary', { [file]: recap('summary: Presenter Quillon showed the budget.\n') })).toEqual([
			'10 summary: "Presenter Quillon", the name of named-presenter, on a Chatham House session',
		]);
	});

	it('is found in the eleventh takeaway, and the field says takeaways[10]', () => {
		const takeaways = Array.from({ length: 10 }, (_, i) => `  - Point ${i + 1}.`).join('\n');
		expect(problems('eleventh', { [file]: recap(`takeaways:\n${takeaways}\n  - As Presenter Quillon put it.\n`) })).toEqual([
			'21 takeaways[10]: "Presenter Quillon", the name of named-presenter, on a Chatham House session',
		]);
	});

	it('is welcome on a recap that is not under the Chatham House rule', () => {
		const open = recap('summary: Presenter Quillon showed the budget.\n').replace('confidentiality: chatham-house\n', '');
		expect(problems('open', { [file]: open })).toEqual([]);
	});

	it('is not looked for when the presenter has no file, or a file the check refuses (said elsewhere)', () => {
		expect(problems('no-person', { [file]: recap('summary: Nobody named.\n', 'no-such-person') })).toEqual([]);
		const refused = '---\nname: Presenter Quillon\nconsent: yes please\n---\n';
		expect(
			problems('refused-person', { [file]: recap('summary: Presenter Quillon spoke.\n'), 'content/people/named-presenter.md': refused }),
		).toEqual([]);
	});
});
