/**
 * Lao for what the command-line tools themselves ask and say (npm run new,
 * npm run check), beside the checker's messages in lo.ts. Kept apart so the
 * submission form, which loads the checker's catalogue, does not carry them.
 */
export const toolsLo: Record<string, string> = {
	"Unknown option '--{}': did you mean --{}?": "ບໍ່ຮູ້ຈັກຕົວເລືອກ '--{1}': ໝາຍເຖິງ --{2} ບໍ?",
	"Unknown option '--{}'": "ບໍ່ຮູ້ຈັກຕົວເລືອກ '--{1}'",
	"Option '--{}' takes no value": "ຕົວເລືອກ '--{1}' ບໍ່ຕ້ອງມີຄ່າ",
	"Option '--{}' needs a value: --{} <value>": "ຕົວເລືອກ '--{1}' ຕ້ອງມີຄ່າ: --{2} <ຄ່າ>",
	'Your answers so far are kept in {}; run the same command to go on from them (--fresh starts again).':
		'ຄຳຕອບຂອງທ່ານມາຮອດຕອນນີ້ ຖືກເກັບໄວ້ໃນ {1}; ແລ່ນຄຳສັ່ງດຽວກັນອີກຄັ້ງ ເພື່ອສືບຕໍ່ຈາກຄຳຕອບເຫຼົ່ານັ້ນ (--fresh ເລີ່ມໃໝ່).',
	'The input ended before every question was answered.': 'ການປ້ອນຂໍ້ມູນສິ້ນສຸດລົງ ກ່ອນຈະຕອບທຸກຄຳຖາມ.',
	'Going on from the answers kept in {} (--fresh starts again): each is offered in [brackets]; press Enter to keep it.':
		'ສືບຕໍ່ຈາກຄຳຕອບທີ່ເກັບໄວ້ໃນ {1} (--fresh ເລີ່ມໃໝ່): ແຕ່ລະຄຳຕອບສະແດງຢູ່ໃນ [ວົງເລັບ]; ກົດ Enter ເພື່ອໃຊ້ມັນ.',
	'{}: {} (as in the series; give --{} to choose)': '{1}: {2} (ຕາມຊຸດກອງປະຊຸມ; ໃສ່ --{3} ເພື່ອເລືອກເອງ)',
	'{}: {} (from the toolkit’s plan template; give --{} to choose)': '{1}: {2} (ຈາກແບບຟອມແຜນ PLP ຂອງຄູ່ມື; ໃສ່ --{3} ເພື່ອເລືອກເອງ)',
	'one per line; an empty line ends': 'ແຖວລະອັນ; ແຖວຫວ່າງເປົ່າ ແມ່ນຈົບ',
	'one at a time; an empty answer to the first question ends': 'ເທື່ອລະອັນ; ບໍ່ຕອບຄຳຖາມທຳອິດ (ກົດ Enter) ແມ່ນຈົບ',
	// The toolkit's plan template (content/docs/toolkit/plp-plan.md), offered to a new plan in Lao.
	'To build the capacity of our member CSOs, so that their development work lasts.':
		'ເພື່ອເສີມສ້າງຄວາມສາມາດຂອງອົງການສະມາຊິກ ເພື່ອໃຫ້ວຽກງານພັດທະນາຂອງພວກເຂົາມີຄວາມຍືນຍົງ.',
	'Stronger collaboration between CSOs.': 'ການຮ່ວມມືທີ່ເຂັ້ມແຂງຂຶ້ນລະຫວ່າງອົງການຈັດຕັ້ງທາງສັງຄົມ.',
	'Member CSOs that work more efficiently and effectively.': 'ອົງການສະມາຊິກເຮັດວຽກໄດ້ຢ່າງມີປະສິດທິພາບ ແລະ ປະສິດທິຜົນຫຼາຍຂຶ້ນ.',
	'Professional development for the staff and volunteers of member CSOs.': 'ການພັດທະນາວິຊາຊີບຂອງພະນັກງານ ແລະ ອາສາສະໝັກຂອງອົງການສະມາຊິກ.',
	'several, separated by commas': 'ໄດ້ຫຼາຍອັນ, ຂັ້ນດ້ວຍຈຸດ (,)',
	optional: 'ບໍ່ບັງຄັບ',
	'takeaways: what was learnt, one point per line; an empty line ends': 'takeaways: ສິ່ງທີ່ໄດ້ຮຽນຮູ້, ແຖວລະໜຶ່ງຂໍ້; ແຖວຫວ່າງເປົ່າ ແມ່ນຈົບ',
	'[Enter keeps: {}]': '[ກົດ Enter ເພື່ອໃຊ້: {1}]',
	'--body-file: found "{}", a file that cannot be read; expected the path of the recap, a Markdown file':
		'--body-file: ພົບ "{1}", ໄຟລ໌ທີ່ອ່ານບໍ່ໄດ້; ຄວນເປັນ ທີ່ຢູ່ຂອງໄຟລ໌ບົດສະຫຼຸບກອງປະຊຸມ (recap), ໄຟລ໌ Markdown',
	'recap: what was said and done, in Markdown; a line with only a dot (.) ends':
		'recap: ສິ່ງທີ່ໄດ້ເວົ້າ ແລະ ເຮັດ, ຂຽນເປັນ Markdown; ແຖວທີ່ມີແຕ່ຈ້ຳ (.) ຢ່າງດຽວ ແມ່ນຈົບ',
	'(a dot alone keeps the recap kept from last time)': '(ຈ້ຳຢ່າງດຽວ ຈະໃຊ້ບົດສະຫຼຸບທີ່ເກັບໄວ້ຈາກເທື່ອກ່ອນ)',
	'Nothing was written.': 'ບໍ່ໄດ້ຂຽນຫຍັງ.',
	'Nothing was written. Fix this and run the command again.': 'ບໍ່ໄດ້ຂຽນຫຍັງ. ແກ້ໄຂ ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງ.',
	'Nothing was written. Fix these and run the command again.': 'ບໍ່ໄດ້ຂຽນຫຍັງ. ແກ້ໄຂທັງໝົດ ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງ.',
	'{} already exists; nothing was written. Choose another name with --slug.': '{1} ມີຢູ່ແລ້ວ; ບໍ່ໄດ້ຂຽນຫຍັງ. ເລືອກຊື່ອື່ນດ້ວຍ --slug.',
	'{}: larger than 50 MB, so not an entry sent through the form; nothing was written.':
		'{1}: ໃຫຍ່ກວ່າ 50 MB, ຈຶ່ງບໍ່ແມ່ນລາຍການທີ່ສົ່ງຜ່ານແບບຟອມ; ບໍ່ໄດ້ຂຽນຫຍັງ.',
	'{}: no such file to add.': '{1}: ບໍ່ມີໄຟລ໌ນີ້ໃຫ້ເພີ່ມ.',
	'Nothing was written. Fix this in {} and run the command again.': 'ບໍ່ໄດ້ຂຽນຫຍັງ. ແກ້ໄຂໃນ {1} ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງ.',
	'Nothing was written. Fix these in {} and run the command again.': 'ບໍ່ໄດ້ຂຽນຫຍັງ. ແກ້ໄຂທັງໝົດໃນ {1} ແລ້ວແລ່ນຄຳສັ່ງອີກຄັ້ງ.',
	'{} already exists; nothing was written. Give it another name with --slug.': '{1} ມີຢູ່ແລ້ວ; ບໍ່ໄດ້ຂຽນຫຍັງ. ຕັ້ງຊື່ອື່ນໃຫ້ມັນດ້ວຍ --slug.',
};
