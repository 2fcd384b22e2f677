import { describe, expect, it } from 'vitest';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { withMetadata } from './pdf-metadata.ts';

/** A one-page PDF marked as tagged, as Chromium writes one with `tagged: true`. */
async function taggedPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.addPage();
	doc.setTitle('Brief | Site');
	const context = doc.context;
	const structTree = context.register(context.obj({ Type: 'StructTreeRoot' }));
	doc.catalog.set(PDFName.of('StructTreeRoot'), structTree);
	doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
	return doc.save();
}

describe('withMetadata', () => {
	it('sets the title, language and author, and keeps the PDF tagged', async () => {
		const out = await PDFDocument.load(
			await withMetadata(await taggedPdf(), { title: 'ການພົບປະ', lang: 'lo', author: 'SUN CSA', creator: 'https://example.org' }),
		);
		expect(out.getTitle()).toBe('ການພົບປະ');
		expect(out.getAuthor()).toBe('SUN CSA');
		expect(out.getCreator()).toBe('https://example.org');
		expect(String(out.catalog.get(PDFName.of('Lang')))).toBe('(lo)');
		expect(out.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
		const markInfo = out.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
		expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
		const viewer = out.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
		expect(viewer.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
	});
});
