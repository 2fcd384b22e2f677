/**
 * Layout slips a reader sees and no pixel baseline is needed to find: a page
 * wider than the screen, text cut off by its box, header controls missing or
 * on top of each other, a details label that does not sit level with its
 * value. Each check runs inside the page and returns one line per slip.
 */
import type { Page } from 'playwright-core';

/** Below this width Starlight hides the sidebar behind the menu button (50rem). */
export const menuBreakpoint = 800;

export async function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate((menuBelow) => {
		const problems: string[] = [];
		const width = window.innerWidth;
		const name = (el: Element) => {
			const classes = [...el.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
			return `<${el.tagName.toLowerCase()}${classes.length ? ` class="${classes.join(' ')}"` : ''}>`;
		};
		const shown = (el: Element) =>
			el.checkVisibility({ visibilityProperty: true }) && !el.closest('.sr-only, [hidden], option, select, noscript, template');
		const quote = (text: string) => `"${text.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;

		// 1. Nothing wider than the screen.
		if (document.documentElement.scrollWidth > width + 1) {
			const wide = [...document.body.querySelectorAll('*')].filter(
				(el) =>
					shown(el) &&
					el.getBoundingClientRect().right > width + 1 &&
					![...el.children].some((c) => c.getBoundingClientRect().right > width + 1),
			);
			problems.push(
				`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen; too wide: ${wide.slice(0, 3).map(name).join(', ')}`,
			);
		}

		// 2. No text cut off by a box that hides what overflows it.
		const styles = new Map<Element, CSSStyleDeclaration>();
		const style = (el: Element) => styles.get(el) ?? styles.set(el, getComputedStyle(el)).get(el)!;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		const reported = new Set<Element>();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
			if (style(parent).textOverflow === 'ellipsis' && parent.scrollWidth > parent.clientWidth + 1 && !reported.has(parent)) {
				reported.add(parent);
				problems.push(`${name(parent)} ${quote(parent.textContent ?? '')} ends in an ellipsis: its text is cut off`);
				continue;
			}
			range.selectNodeContents(node);
			const text = range.getBoundingClientRect();
			for (let box = parent as Element | null; box && box !== document.body; box = box.parentElement) {
				const { overflowX, overflowY } = style(box);
				// What a reader can scroll to is not lost.
				if ([overflowX, overflowY].some((o) => o === 'auto' || o === 'scroll')) break;
				const hides = (o: string) => o === 'hidden' || o === 'clip';
				if (!hides(overflowX) && !hides(overflowY)) continue;
				const edge = box.getBoundingClientRect();
				const cutX = hides(overflowX) && (text.left < edge.left - 1 || text.right > edge.right + 1);
				const cutY = hides(overflowY) && (text.top < edge.top - 2 || text.bottom > edge.bottom + 2);
				if ((cutX || cutY) && !reported.has(box)) {
					reported.add(box);
					problems.push(`${name(parent)} ${quote(node.textContent)} is cut off by ${name(box)}`);
				}
				if (cutX || cutY) break;
			}
		}

		// A menu's chosen option is text too, and Starlight's menus cut it with an ellipsis.
		const measure = document.createElement('canvas').getContext('2d')!;
		for (const select of document.querySelectorAll('select')) {
			const chosen = select.selectedOptions[0]?.text;
			if (!chosen || !select.checkVisibility({ visibilityProperty: true })) continue;
			const { font, paddingLeft, paddingRight } = style(select);
			measure.font = font;
			const room = select.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight);
			if (measure.measureText(chosen).width > room + 1) problems.push(`${name(select)} ${quote(chosen)} is cut off in its menu`);
		}

		// 3. The header's controls are all there and apart: menu (on narrow screens), search, language.
		const header = document.querySelector('header.header');
		const controls: [string, Element | null][] = [
			['site name', header?.querySelector('.site-title') ?? null],
			['search', [...(header?.querySelectorAll('.plh-header-search a, .plh-header-search form') ?? [])].find(shown) ?? null],
			['language', [...(header?.querySelectorAll('[data-language-links], starlight-lang-select') ?? [])].find(shown) ?? null],
		];
		const headerBox = header?.getBoundingClientRect();
		for (const el of header?.querySelectorAll('.site-title, .plh-header-search, [data-language-links]') ?? []) {
			const box = el.getBoundingClientRect();
			if (headerBox && shown(el) && (box.top < headerBox.top - 1 || box.bottom > headerBox.bottom + 1)) {
				problems.push(`${name(el)} ${quote(el.textContent ?? '')} spills out of the header`);
			}
		}
		if (width < menuBelow) controls.push(['menu', document.querySelector('button.sl-menu-button')]);
		const boxes: [string, DOMRect][] = [];
		for (const [label, el] of controls) {
			const box = el?.getBoundingClientRect();
			if (!el || !shown(el) || !box || box.width === 0 || box.height === 0) {
				problems.push(`the header has no visible ${label} control`);
			} else if (box.left < -1 || box.right > width + 1) {
				problems.push(`the header's ${label} control is partly off the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`);
			} else {
				boxes.push([label, box]);
			}
		}
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, p] = boxes[i]!;
				const [b, q] = boxes[j]!;
				if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
					problems.push(`the header's ${a} and ${b} controls overlap`);
				}
			}
		}

		// 4. A details label sits level with its value, or above it.
		for (const dt of document.querySelectorAll('main dl dt')) {
			const dd = dt.nextElementSibling;
			if (!dd || dd.tagName !== 'DD' || !shown(dt) || !shown(dd)) continue;
			const label = dt.getBoundingClientRect();
			const value = dd.getBoundingClientRect();
			const sideBySide = value.left >= label.right - 1;
			if (sideBySide && Math.abs(value.top - label.top) > 2) {
				problems.push(
					`the label ${quote(dt.textContent ?? '')} sits ${Math.round(label.top - value.top)} px off its value ${quote(dd.textContent ?? '')}`,
				);
			} else if (!sideBySide && value.top < label.bottom - 1) {
				problems.push(`the label ${quote(dt.textContent ?? '')} overlaps its value`);
			}
		}
		return problems;
	}, menuBreakpoint);
}
