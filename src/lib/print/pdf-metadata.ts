/**
 * Chromium writes a PDF's title from the page's <title> ("Brief | Site") and
 * no language or author; this sets them as the page gives them, keeping the
 * structure tree that makes the PDF tagged.
 */
import { loadWhenNeeded } from '../load-when-needed.ts';

export type PdfMetadata = { title: string; lang: string; author: string; creator: string };

export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
	const { PDFDocument } = loadWhenNeeded<typeof import('pdf-lib')>('pdf-lib');
	// updateMetadata: false keeps Chromium as the producer and its dates, which say how the file was made.
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	// Shown in a viewer's title bar instead of the file name, as PDF/UA asks.
	doc.setTitle(metadata.title, { showInWindowTitleBar: true });
	doc.setAuthor(metadata.author);
	doc.setLanguage(metadata.lang);
	doc.setCreator(metadata.creator);
	return doc.save();
}
