import { describe, expect, it } from 'vitest';
import { findName } from './name-mentions.ts';

describe('findName', () => {
	it.each([
		['the name as written', 'Presenter Quillon said so.', true],
		['another case', 'PRESENTER quillon said so.', true],
		['extra spaces', 'Presenter   Quillon said so.', true],
		['a hyphen between the parts', 'Presenter-Quillon said so.', true],
		['a line break between the parts', 'Presenter\nQuillon said so.', true],
		['a title and the full name', 'Ms. Presenter Quillon said so.', true],
		['a title and the family name', 'As Dr Quillon put it.', true],
		['Mr and the family name in capitals', 'MR QUILLON agreed.', true],
		['a Lao title and the Lao name', 'ທ່ານ ສົມພອນ ໄດ້ເວົ້າວ່າ', true],
		['a Lao title joined to the Lao given name', 'ທ່ານນາງສົມພອນໄດ້ເວົ້າ', true],
		['the Lao name inside a run of Lao text', 'ຕາມທີ່ສົມພອນ ແກ້ວມະນີ ເວົ້າ', true],
		['a part of a word only', 'Quillonesque reports were shared.', false],
		['the family name with no title', 'The quillon of a sword.', false],
		['nothing like the name', 'Everyone shared what worked.', false],
	])('%s', (_, text, found) => {
		expect(findName(text, ['Presenter Quillon', 'ສົມພອນ ແກ້ວມະນີ']) !== undefined).toBe(found);
	});

	it('says where the name starts and how long it is as written', () => {
		expect(findName('We thank Mr  Quillon.', ['Presenter Quillon'])).toEqual({ index: 9, length: 11 });
	});
});
