import { describe, expect, it } from 'vitest';
import { facebookText, reminderText, whatsappShareUrl, whatsappText, type Invitation } from './text.ts';

const invitation: Invitation = {
	title: 'ການສື່ສານຜ່ານສື່ສັງຄົມ',
	date: 'ວັນສຸກ, 4 ທັນວາ 2026',
	time: '14:00 (ເວລາອິນດູຈີນ, GMT+7)',
	presenters: ['Presenter Quillon'],
	join: ['ເຂົ້າຮ່ວມອອນລາຍ: https://meet.example.org/x'],
	url: 'https://hub.example.org/lo/sessions/a/',
	words: {
		presentedBy: (names) => `ນຳສະເໜີໂດຍ ${names}`,
		details: (url) => `ລາຍລະອຽດ: ${url}`,
		tomorrow: (when) => `ແຈ້ງເຕືອນ: ມື້ອື່ນ, ${when}`,
	},
};

describe('invitation texts', () => {
	it('puts the title in WhatsApp bold, then the weekday, date and time, presenter, how to join and the page', () => {
		expect(whatsappText(invitation)).toBe(
			[
				'*ການສື່ສານຜ່ານສື່ສັງຄົມ*',
				'ວັນສຸກ, 4 ທັນວາ 2026, 14:00 (ເວລາອິນດູຈີນ, GMT+7)',
				'ນຳສະເໜີໂດຍ Presenter Quillon',
				'ເຂົ້າຮ່ວມອອນລາຍ: https://meet.example.org/x',
				'ລາຍລະອຽດ: https://hub.example.org/lo/sessions/a/',
			].join('\n'),
		);
	});

	it('leaves the presenter line out when no presenter may be named', () => {
		expect(whatsappText({ ...invitation, presenters: [] })).not.toContain('ນຳສະເໜີໂດຍ');
	});

	it('writes the same facts for Facebook without asterisks', () => {
		const text = facebookText(invitation);
		expect(text.split('\n')[0]).toBe('ການສື່ສານຜ່ານສື່ສັງຄົມ');
		expect(text).not.toContain('*');
		expect(text.split('\n').slice(1)).toEqual(whatsappText(invitation).split('\n').slice(1));
	});

	it('reminds the day before with the time first', () => {
		expect(reminderText(invitation).split('\n')[0]).toBe('ແຈ້ງເຕືອນ: ມື້ອື່ນ, ວັນສຸກ, 4 ທັນວາ 2026, 14:00 (ເວລາອິນດູຈີນ, GMT+7)');
	});

	it('shares through wa.me with the whole text encoded', () => {
		const url = new URL(whatsappShareUrl('a & b\nc'));
		expect(url.origin).toBe('https://wa.me');
		expect(url.searchParams.get('text')).toBe('a & b\nc');
	});
});
