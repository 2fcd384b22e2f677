import { describe, expect, it } from 'vitest';
import { siteLocales } from '../../i18n/locales.ts';
import {
	docIdParts,
	docPdfKind,
	isPackFile,
	offlinePackPath,
	pdfPathFor,
	planPdfPath,
	toolkitAnchor,
	toolkitPagesIn,
	wholeToolkitPdfPath,
} from './pdf-targets.ts';

const doc = (id: string, order?: number) => ({ id, data: { title: id, sidebar: order === undefined ? undefined : { order } } });

describe('which pages have PDFs', () => {
	it('reads a docs id’s language from its folder', () => {
		expect(docIdParts('lo/guides/als', siteLocales)).toEqual({ lang: 'lo', baseId: 'guides/als' });
		expect(docIdParts('guides/als', siteLocales)).toEqual({ lang: 'en', baseId: 'guides/als' });
		expect(docIdParts('toolkit', siteLocales)).toEqual({ lang: 'en', baseId: 'toolkit' });
	});

	it('gives guides and the toolkit PDFs, and no other page', () => {
		expect(docPdfKind('guides/als')).toBe('guide');
		expect(docPdfKind('toolkit')).toBe('toolkit');
		expect(docPdfKind('toolkit/establish')).toBe('toolkit');
		expect(docPdfKind('briefs/x')).toBeUndefined();
		expect(docPdfKind('index')).toBeUndefined();
	});

	it('keeps a PDF in its page’s folder, and the whole toolkit’s under the toolkit', () => {
		expect(pdfPathFor('/lo/guides/als/', 'Action Learning Set guide', 'lo', 'en')).toBe('/lo/guides/als/action-learning-set-guide-lo.pdf');
		expect(pdfPathFor('/base/guides/als', 'Action Learning Set guide', 'en', 'en')).toBe('/base/guides/als/action-learning-set-guide.pdf');
		expect(wholeToolkitPdfPath('/toolkit/', 'The PLP toolkit', 'en', 'en')).toBe('/toolkit/whole/the-plp-toolkit.pdf');
	});

	it('names a series’ plan after the series, in each language’s page folder', () => {
		expect(planPdfPath('/series/act-plp-north-west/plan/', 'act-plp-north-west', 'en', 'en')).toBe(
			'/series/act-plp-north-west/plan/act-plp-north-west-plan.pdf',
		);
		expect(planPdfPath('/lo/series/act-plp-north-west/plan/', 'act-plp-north-west', 'lo', 'en')).toBe(
			'/lo/series/act-plp-north-west/plan/act-plp-north-west-plan-lo.pdf',
		);
	});

	it('orders the toolkit as the sidebar does, in one language only', () => {
		const docs = [
			doc('toolkit/b', 2),
			doc('guides/als', 1),
			doc('toolkit', 0),
			doc('toolkit/c'),
			doc('toolkit/a', 2),
			doc('lo/toolkit', 0),
		];
		expect(toolkitPagesIn(docs, 'en', siteLocales).map((d) => d.id)).toEqual(['toolkit', 'toolkit/a', 'toolkit/b', 'toolkit/c']);
		expect(toolkitPagesIn(docs, 'lo', siteLocales).map((d) => d.id)).toEqual(['lo/toolkit']);
	});

	it('gives each toolkit page an anchor of its own in the whole toolkit', () => {
		expect(toolkitAnchor('toolkit/ground-rules')).toBe('toolkit-ground-rules');
		expect(toolkitAnchor('toolkit')).toBe('toolkit');
	});

	it('keeps each language’s offline pack at the top of its pages, named for the site', () => {
		expect(offlinePackPath('/', 'Peer Learning Hub', 'en', 'en')).toBe('/peer-learning-hub.zip');
		expect(offlinePackPath('/base/lo/', 'Peer Learning Hub', 'lo', 'en')).toBe('/base/lo/peer-learning-hub-lo.zip');
		expect(offlinePackPath('/lo', 'ສູນ', 'lo', 'en')).toBe('/lo/offline-lo.zip');
		expect(isPackFile('/lo/peer-learning-hub-lo.zip')).toBe(true);
		expect(isPackFile('/lo/x.pdf')).toBe(false);
	});
});
