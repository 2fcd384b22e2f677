/**
 * Where the checker says a body holds HTML the site would remove: the line a
 * contributor should go to, code fences skipped as Markdown skips them.
 */
import { describe, expect, it } from 'vitest';
import { unsafeBodyProblems } from './html.ts';

const file = 'content/sessions/2026-05-07-example.md';
/** "line field: found" for a body whose first line is line 10 of the file. */
const problemsIn = (body: string) => unsafeBodyProblems(file, 10, body).map((p) => `${p.line} ${p.field}: ${p.found}`);

describe('HTML the site would remove, in a body', () => {
	it('is reported on its own line, each finding of a line named, joined by commas', () => {
		expect(problemsIn('Intro\n<img src="a.jpg" onerror="alert(1)" onclick="go()">')).toEqual([
			'11 body: an event handler (onerror), an event handler (onclick)',
		]);
	});

	it('is reported at the first line of the body when the tag spans lines', () => {
		expect(unsafeBodyProblems(file, 10, 'Intro\n<img src="a.jpg"\n  onerror="alert(1)"\n  onclick="go()">')).toEqual([
			{
				file,
				line: 10,
				field: 'body',
				found: 'an event handler (onerror), an event handler (onclick)',
				expected: 'Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames',
			},
		]);
	});

	it('is not looked for inside a code fence, which shows it as text, and is found after the fence closes', () => {
		expect(problemsIn('```\n<script>x</script>\n```\n<script>y</script>')).toEqual(['13 body: a <script> element']);
		// A fence closes only with a run of its own mark at least as long.
		expect(problemsIn('````\n```\n<script>x</script>\n````\n<script>y</script>')).toEqual(['14 body: a <script> element']);
	});

	it('is found after backticks inside a sentence and a line that starts with a tilde, neither of which opens a fence', () => {
		expect(problemsIn('Use ``` to start a code block.\n<script>alert(1)</script>')).toEqual(['11 body: a <script> element']);
		expect(problemsIn('~50 people came.\n<script>alert(1)</script>')).toEqual(['11 body: a <script> element']);
	});
});
