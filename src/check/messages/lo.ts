/**
 * The checker's messages in Lao, keyed by the English the code writes. `{}`
 * in a key stands for a value the code fills in; `{1}`, `{2}`… in the Lao
 * text place those values, in the order they appear in the English.
 * tests/repo/messages.test.ts fails when a message in the code has no entry
 * here, so add the Lao with the English.
 */
export const lo: Record<string, string> = {
	// The words of every line.
	found: 'ພົບ',
	expected: 'ຄວນເປັນ',

	// What npm run check says at the end.
	'Nothing was built.': 'ບໍ່ໄດ້ສ້າງຫຍັງ.',
	'Fix it and run npm run check again.': 'ແກ້ໄຂ ແລ້ວແລ່ນ npm run check ອີກຄັ້ງ.',
	'Fix them and run npm run check again.': 'ແກ້ໄຂທັງໝົດ ແລ້ວແລ່ນ npm run check ອີກຄັ້ງ.',
	'{} problem in the content.': 'ພົບ {1} ບັນຫາໃນເນື້ອຫາ.',
	'{} problems in the content.': 'ພົບ {1} ບັນຫາໃນເນື້ອຫາ.',
	'Content is valid: {} entries checked.': 'ເນື້ອຫາຖືກຕ້ອງ: ກວດແລ້ວ {1} ລາຍການ.',

	// How a value is described.
	nothing: 'ບໍ່ມີຫຍັງ',
	'an empty value': 'ຄ່າຫວ່າງເປົ່າ',
	'an empty list': 'ລາຍການຫວ່າງເປົ່າ',
	'a list of {}': 'ລາຍການ {1} ຢ່າງ',
	'a group of fields': 'ກຸ່ມຂອງຊ່ອງຂໍ້ມູນ',
	'some text': 'ຂໍ້ຄວາມ',
	'a number': 'ຕົວເລກ',
	'a whole number': 'ຈຳນວນຖ້ວນ',
	'true or false': 'true (ແມ່ນ) ຫຼື false (ບໍ່ແມ່ນ)',
	'a list': 'ລາຍການ',
	'a date': 'ວັນທີ',
	'one of {}': 'ອັນໃດອັນໜຶ່ງໃນ {1}',
	'at least {} items': 'ຢ່າງໜ້ອຍ {1} ລາຍການ',
	'at least {}': 'ຢ່າງໜ້ອຍ {1}',
	'at most {} items': 'ບໍ່ເກີນ {1} ລາຍການ',
	'at most {}': 'ບໍ່ເກີນ {1}',

	// Collections, and one entry of each.
	briefs: 'ບົດສະຫຼຸບ',
	sessions: 'ກອງປະຊຸມ',
	series: 'ຊຸດກອງປະຊຸມ',
	people: 'ບຸກຄົນ',
	organisations: 'ອົງການ',
	awards: 'ລາງວັນ',
	themes: 'ໝວດຫົວຂໍ້',
	'glossary terms': 'ຄຳສັບ',
	sources: 'ແຫຼ່ງຂໍ້ມູນ',
	pages: 'ໜ້າ',
	'a brief': 'ບົດສະຫຼຸບ',
	'a session': 'ກອງປະຊຸມ',
	'a series': 'ຊຸດກອງປະຊຸມ',
	'a person': 'ບຸກຄົນ',
	'an organisation': 'ອົງການ',
	'an award': 'ລາງວັນ',
	'a theme': 'ໝວດຫົວຂໍ້',
	'a glossary term': 'ຄຳສັບ',
	'a source': 'ແຫຼ່ງຂໍ້ມູນ',
	plans: 'ແຜນ',
	'a plan': 'ແຜນ',

	// Reading files.
	'text that is not valid frontmatter': 'ຂໍ້ຄວາມສ່ວນຫົວ (frontmatter) ທີ່ຂຽນບໍ່ຖືກ',
	'text that is not valid YAML': 'ຂໍ້ຄວາມ YAML ທີ່ຂຽນບໍ່ຖືກ',
	'text that is not valid JSON ({})': 'ຂໍ້ຄວາມ JSON ທີ່ຂຽນບໍ່ຖືກ ({1})',
	'"key": "text" pairs, each but the last followed by a comma, inside { }': 'ຄູ່ "key": "text" ພາຍໃນ { } ແຕ່ລະຄູ່ມີຈຸດ (,) ຕໍ່ທ້າຍ ຍົກເວັ້ນຄູ່ສຸດທ້າຍ',
	'"key": "text" pairs inside { }': 'ຄູ່ "key": "text" ພາຍໃນ { }',
	'text in double quotes': 'ຂໍ້ຄວາມຢູ່ໃນວົງຢືມຄູ່ (" ")',
	'text in double quotes: "{}"': 'ຂໍ້ຄວາມຢູ່ໃນວົງຢືມຄູ່: "{1}"',
	'each field once (this field is written twice)': 'ແຕ່ລະຊ່ອງຂໍ້ມູນພຽງເທື່ອດຽວ (ຊ່ອງນີ້ຖືກຂຽນສອງເທື່ອ)',
	'valid YAML: "field: value" lines, lists as "- item" ({})': 'YAML ທີ່ຖືກຕ້ອງ: ແຖວ "ຊ່ອງ: ຄ່າ", ລາຍການຂຽນເປັນ "- ລາຍການ" ({1})',
	'valid YAML ({})': 'YAML ທີ່ຖືກຕ້ອງ ({1})',
	'the file to start with a line of three dashes (---), then the fields, then ---': 'ໄຟລ໌ເລີ່ມດ້ວຍແຖວຂີດສາມອັນ (---), ຕາມດ້ວຍຊ່ອງຂໍ້ມູນ, ແລ້ວປິດດ້ວຍ ---',
	'a closing line of three dashes (---) after the fields': 'ແຖວຂີດສາມອັນ (---) ປິດທ້າຍ ຫຼັງຊ່ອງຂໍ້ມູນ',
	'fields written as "name: value" between the two --- lines': 'ຊ່ອງຂໍ້ມູນຂຽນເປັນ "ຊື່: ຄ່າ" ລະຫວ່າງສອງແຖວ ---',
	'a list of {}, each starting with "- id: ..."': 'ລາຍການ{1} ແຕ່ລະອັນເລີ່ມດ້ວຍ "- id: ..."',
	'{} in {}': '{1} ຢູ່ໃນ {2}',
	'it in {}': 'ໃຫ້ຢູ່ໃນ {1}',
	'a field that {} do not have': 'ຊ່ອງຂໍ້ມູນທີ່{1}ບໍ່ມີ',
	'"{}" (check the spelling), or remove the field': '"{1}" (ກວດການສະກົດ), ຫຼື ລຶບຊ່ອງນີ້ອອກ',
	'only the fields {} have: {}': 'ສະເພາະຊ່ອງຂໍ້ມູນທີ່{1}ມີ: {2}',

	// Files.
	'a file outside the collection folders': 'ໄຟລ໌ທີ່ຢູ່ນອກໂຟນເດີຂອງເນື້ອຫາ',
	'it in one of {}': 'ໃຫ້ຢູ່ໃນໂຟນເດີໜຶ່ງຂອງ {1}',
	'an MDX file (MDX can run code when the site is built)': 'ໄຟລ໌ MDX (MDX ສາມາດແລ່ນໂຄດໄດ້ເວລາສ້າງເວັບໄຊ)',
	'a Markdown (.md) page: rename it to .md and write components as plain Markdown':
		'ໜ້າ Markdown (.md): ປ່ຽນນາມສະກຸນໄຟລ໌ເປັນ .md ແລະ ຂຽນສ່ວນປະກອບເປັນ Markdown ທຳມະດາ',
	'a {} file': 'ໄຟລ໌ {1}',
	'a file without an extension': 'ໄຟລ໌ທີ່ບໍ່ມີນາມສະກຸນ (ເຊັ່ນ .md)',
	'Markdown (.md) files and images only in {}/': 'ສະເພາະໄຟລ໌ Markdown (.md) ແລະ ຮູບ ໃນ {1}/',
	'the id "{}", also used by {}': 'ລະຫັດ "{1}" ທີ່ {2} ກໍ່ໃຊ້ຢູ່',
	'an id used once in {}: rename one of them': 'ລະຫັດທີ່ໃຊ້ພຽງເທື່ອດຽວໃນ {1}: ປ່ຽນຊື່ອັນໃດອັນໜຶ່ງ',
	'the file name "{}"': 'ຊື່ໄຟລ໌ "{1}"',
	'a file name of lowercase letters, digits and hyphens, ending in .md': 'ຊື່ໄຟລ໌ເປັນຕົວອັກສອນລາແຕັງໂຕນ້ອຍ, ຕົວເລກ ແລະ ຂີດ (-), ລົງທ້າຍດ້ວຍ .md',
	"a name starting with the session's date, like {}-short-topic.md": 'ຊື່ທີ່ເລີ່ມດ້ວຍວັນທີຂອງກອງປະຊຸມ, ເຊັ່ນ {1}-short-topic.md',
	'"{}", but the file name starts with {}': '"{1}", ແຕ່ຊື່ໄຟລ໌ເລີ່ມດ້ວຍ {2}',
	'the same day in the date and at the start of the file name': 'ວັນດຽວກັນ ທັງໃນວັນທີ ແລະ ຕົ້ນຊື່ໄຟລ໌',
	"a name starting with the award's month, like {}-{}.md": 'ຊື່ທີ່ເລີ່ມດ້ວຍເດືອນຂອງລາງວັນ, ເຊັ່ນ {1}-{2}.md',

	// References.
	'the id of an entry in content/{}/ (its file name without .md)': 'ລະຫັດຂອງລາຍການໃນ content/{1}/ (ຊື່ໄຟລ໌ ບໍ່ມີ .md)',
	'the id of an entry in content/{}/: lowercase letters, digits and hyphens':
		'ລະຫັດຂອງລາຍການໃນ content/{1}/: ຕົວອັກສອນລາແຕັງໂຕນ້ອຍ, ຕົວເລກ ແລະ ຂີດ (-)',
	'"{}", which is not in {}': '"{1}", ເຊິ່ງບໍ່ມີໃນ {2}',
	'the id of one of the {}: {}{}': 'ລະຫັດຂອງ{1}ອັນໜຶ່ງ: {2}{3}',
	'the id of an entry in {} (there are none yet)': 'ລະຫັດຂອງລາຍການໃນ {1} (ຍັງບໍ່ມີເທື່ອ)',
	'"{}", which is a draft ({})': '"{1}", ເຊິ່ງເປັນສະບັບຮ່າງ ({2})',
	'links to published entries only: publish it first, or make this entry a draft too':
		'ລິ້ງໄປຫາລາຍການທີ່ເຜີຍແຜ່ແລ້ວເທົ່ານັ້ນ: ເຜີຍແຜ່ມັນກ່ອນ, ຫຼື ໃຫ້ລາຍການນີ້ເປັນສະບັບຮ່າງນຳ',
	'"{}", this entry itself': '"{1}", ເຊິ່ງແມ່ນລາຍການນີ້ເອງ',
	'the id of another entry': 'ລະຫັດຂອງລາຍການອື່ນ',
	'a link to {}, which is a draft ({})': 'ລິ້ງໄປຫາ {1}, ເຊິ່ງເປັນສະບັບຮ່າງ ({2})',
	'links to published entries only: publish it first, or take the link out': 'ລິ້ງໄປຫາລາຍການທີ່ເຜີຍແຜ່ແລ້ວເທົ່ານັ້ນ: ເຜີຍແຜ່ມັນກ່ອນ, ຫຼື ເອົາລິ້ງອອກ',

	// Consent.
	'"{}", who has not agreed to be named': '"{1}", ຜູ້ທີ່ບໍ່ໄດ້ຍິນຍອມໃຫ້ລະບຸຊື່',
	'no "by" for this remark (keep only the text)': 'ບໍ່ມີ "by" ສຳລັບຄຳເວົ້ານີ້ (ເກັບໄວ້ແຕ່ຂໍ້ຄວາມ)',
	'a file name that contains their name, though consent.name is false': 'ຊື່ໄຟລ໌ທີ່ມີຊື່ຂອງເຂົາເຈົ້າ, ເຖິງວ່າ consent.name ແມ່ນ false',
	'a file name that does not identify them, such as their role and place (provincial-volunteer-savannakhet.md)':
		'ຊື່ໄຟລ໌ທີ່ບໍ່ບົ່ງບອກວ່າແມ່ນໃຜ, ເຊັ່ນ ໜ້າທີ່ ແລະ ສະຖານທີ່ (provincial-volunteer-savannakhet.md)',
	'the name of {}, who has not agreed to be named': 'ຊື່ຂອງ {1}, ຜູ້ທີ່ບໍ່ໄດ້ຍິນຍອມໃຫ້ລະບຸຊື່',
	'their role and organisation instead of their name': 'ໜ້າທີ່ ແລະ ອົງການຂອງເຂົາເຈົ້າ ແທນຊື່',

	// HTML in bodies.
	'Markdown and plain HTML only: the site removes scripts, event handlers, javascript: links, styles and frames':
		'ສະເພາະ Markdown ແລະ HTML ທຳມະດາ: ເວັບໄຊຈະລຶບສະຄຣິບ, ຕົວຈັດການເຫດການ, ລິ້ງ javascript:, ສະໄຕລ໌ ແລະ ເຟຣມອອກ',
	'a frame from a site that is not a video host': 'ເຟຣມຈາກເວັບໄຊທີ່ບໍ່ແມ່ນບ່ອນເກັບວິດີໂອ',
	'a <{}> element': 'ອົງປະກອບ <{1}>',
	'an event handler ({})': 'ຕົວຈັດການເຫດການ ({1})',
	'a style attribute': 'ຄຸນລັກສະນະ style',
	'a {}: address': 'ທີ່ຢູ່ {1}:',

	// Images.
	'"{}", a {}': '"{1}", ເປັນ {2}',
	'file without extension': 'ໄຟລ໌ທີ່ບໍ່ມີນາມສະກຸນ',
	'a JPEG, PNG, WebP or AVIF image ({})': 'ຮູບ JPEG, PNG, WebP ຫຼື AVIF ({1})',
	'"{}", but there is no file {}': '"{1}", ແຕ່ບໍ່ມີໄຟລ໌ {2}',
	'the path of an image beside this file, like ./photos/name.jpg': 'ທີ່ຢູ່ຂອງຮູບທີ່ຢູ່ຄຽງໄຟລ໌ນີ້, ເຊັ່ນ ./photos/name.jpg',
	'{} of {} MB': '{1} ຂະໜາດ {2} MB',
	'an image of at most {} (resize it to about 800 pixels wide)': 'ຮູບບໍ່ເກີນ {1} (ຫຍໍ້ໃຫ້ກວ້າງປະມານ 800 ພິກເຊວ)',
	'an image from elsewhere, "{}"': 'ຮູບຈາກບ່ອນອື່ນ, "{1}"',
	'an image file beside this one, like ./photos/name.jpg, so the site can resize it':
		'ໄຟລ໌ຮູບທີ່ຢູ່ຄຽງໄຟລ໌ນີ້, ເຊັ່ນ ./photos/name.jpg, ເພື່ອໃຫ້ເວັບໄຊຫຍໍ້ຂະໜາດໄດ້',
	'the path of an image file, like ./photos/name.jpg': 'ທີ່ຢູ່ຂອງໄຟລ໌ຮູບ, ເຊັ່ນ ./photos/name.jpg',

	// Briefs, awards, interface strings.
	'an empty "{}" section': 'ພາກ "{1}" ທີ່ຫວ່າງເປົ່າ',
	'a few sentences under the heading': 'ສອງສາມປະໂຫຍກ ພາຍໃຕ້ຫົວຂໍ້',
	'no "{}" section': 'ບໍ່ມີພາກ "{1}"',
	'a heading "## {}" followed by that section': 'ຫົວຂໍ້ "## {1}" ຕາມດ້ວຍເນື້ອໃນຂອງພາກນັ້ນ',
	'"{}", the same language as {}': '"{1}", ພາສາດຽວກັນກັບ {2}',
	'the language this translation is written in': 'ພາສາທີ່ໃຊ້ຂຽນສະບັບແປນີ້',
	'"{}", itself a translation': '"{1}", ເຊິ່ງເປັນສະບັບແປເອງ',
	'the original brief, "{}"': 'ບົດສະຫຼຸບຕົ້ນສະບັບ, "{1}"',
	'a second "{}" translation (the first is {})': 'ສະບັບແປ "{1}" ທີສອງ (ສະບັບທຳອິດແມ່ນ {2})',
	'one translation per language': 'ໜຶ່ງສະບັບແປຕໍ່ໜຶ່ງພາສາ',
	'{}, already awarded in {} by {}': '{1}, ໄດ້ມອບລາງວັນແລ້ວໃນ {2} ໂດຍ {3}',
	'one Volunteer of the Month per series and month': 'ອາສາສະໝັກດີເດັ່ນປະຈຳເດືອນ ໜຶ່ງຄົນຕໍ່ຊຸດກອງປະຊຸມ ແລະ ຕໍ່ເດືອນ',
	// Plans (src/schemas/plan.ts, src/check/rules/plans.ts).
	'the goal in a sentence': 'ເປົ້າໝາຍ ໃນໜຶ່ງປະໂຫຍກ',
	'an expected outcome': 'ຜົນທີ່ຄາດວ່າຈະໄດ້ຮັບ ໜຶ່ງຢ່າງ',
	'a list of expected outcomes': 'ລາຍການຜົນທີ່ຄາດວ່າຈະໄດ້ຮັບ',
	'at least one expected outcome': 'ຜົນທີ່ຄາດວ່າຈະໄດ້ຮັບ ຢ່າງໜ້ອຍໜຶ່ງຢ່າງ',
	'a number of minutes such as 120': 'ຈຳນວນນາທີ ເຊັ່ນ 120',
	'a sentence or two on who attends': 'ໜຶ່ງສອງປະໂຫຍກ ບອກວ່າໃຜເຂົ້າຮ່ວມ',
	'a turn on the rota: when, and host and facilitator':
		'ຮອບໜຶ່ງໃນຕາຕະລາງປ່ຽນກັນ: when (ເມື່ອໃດ), ແລະ host (ເຈົ້າພາບ) ກັບ facilitator (ຜູ້ອຳນວຍຄວາມສະດວກ)',
	'a list of turns, each with when, host and facilitator': 'ລາຍການຮອບ, ແຕ່ລະຮອບມີ when, host ແລະ facilitator',
	'{}, which already has a plan in {}': '{1}, ເຊິ່ງມີແຜນແລ້ວໃນ {2}',
	'one plan per series: change that plan, or give this one another series': 'ໜຶ່ງແຜນຕໍ່ໜຶ່ງຊຸດກອງປະຊຸມ: ແກ້ໄຂແຜນນັ້ນ ຫຼື ໃຫ້ແຜນນີ້ເປັນຂອງຊຸດກອງປະຊຸມອື່ນ',
	'no translation': 'ບໍ່ມີຄຳແປ',
	'every interface string in {} (copy the English from {} and translate it)': 'ທຸກຂໍ້ຄວາມຂອງໜ້າຈໍເປັນພາສາ {1} (ສຳເນົາພາສາອັງກິດຈາກ {2} ແລ້ວແປ)',
	'the page title': 'ຫົວຂໍ້ຂອງໜ້າ',

	// Fields every collection shares.
	'a web address starting with https://': 'ທີ່ຢູ່ເວັບທີ່ເລີ່ມດ້ວຍ https://',
	'a web address starting with https:// (or mailto:)': 'ທີ່ຢູ່ເວັບທີ່ເລີ່ມດ້ວຍ https:// (ຫຼື mailto:)',
	'a two-letter country code such as LA (Lao PDR) or NG (Nigeria)': 'ລະຫັດປະເທດສອງຕົວອັກສອນ ເຊັ່ນ LA (ສປປ ລາວ) ຫຼື NG (ໄນຈີເຣຍ)',
	'a two-letter country code in capitals, such as LA (Lao PDR) or NG (Nigeria)': 'ລະຫັດປະເທດສອງຕົວອັກສອນໂຕໃຫຍ່ ເຊັ່ນ LA (ສປປ ລາວ) ຫຼື NG (ໄນຈີເຣຍ)',
	'a language code such as lo (Lao) or en (English)': 'ລະຫັດພາສາ ເຊັ່ນ lo (ລາວ) ຫຼື en (ອັງກິດ)',
	'{} in each language of the site ({})': '{1} ໃນທຸກພາສາຂອງເວັບໄຊ ({2})',
	'{}, at least in {}': '{1}, ຢ່າງໜ້ອຍເປັນພາສາ {2}',
	'{}, which cannot be read as a picture': '{1}, ເຊິ່ງບໍ່ສາມາດອ່ານເປັນຮູບໄດ້',
	'a language the site does not have': 'ພາສາທີ່ເວັບໄຊບໍ່ມີ',
	"one of the site's languages: {}": 'ໜຶ່ງໃນພາສາຂອງເວັບໄຊ: {1}',
	'{} in at least one language ({})': '{1} ຢ່າງໜ້ອຍໜຶ່ງພາສາ ({2})',
	'{}, or the text in each language, like { {} }': '{1}, ຫຼື ຂໍ້ຄວາມໃນແຕ່ລະພາສາ ເຊັ່ນ { {2} }',
	'a month written as 2026-10': 'ເດືອນ ຂຽນເປັນ 2026-10',
	'a time zone such as Asia/Vientiane or Africa/Lagos': 'ເຂດເວລາ ເຊັ່ນ Asia/Vientiane ຫຼື Africa/Lagos',
	'a year, month or day written as 2023, 2023-06 or 2023-06-30': 'ປີ, ເດືອນ ຫຼື ວັນ ຂຽນເປັນ 2023, 2023-06 ຫຼື 2023-06-30',
	'a date and time with a UTC offset or a time zone, like {} or 2026-12-05T09:00[Asia/Vientiane]':
		'ວັນທີ ແລະ ເວລາ ພ້ອມເຂດເວລາ, ເຊັ່ນ {1} ຫຼື 2026-12-05T09:00[Asia/Vientiane]',
	'a real calendar date and time ({} does not exist)': 'ວັນທີ ແລະ ເວລາທີ່ມີແທ້ໃນປະຕິທິນ ({1} ບໍ່ມີ)',
	'a known time zone such as Asia/Vientiane or Africa/Lagos (not {})': 'ເຂດເວລາທີ່ຮູ້ຈັກ ເຊັ່ນ Asia/Vientiane ຫຼື Africa/Lagos (ບໍ່ແມ່ນ {1})',
	'an offset that matches {} on that date ({}, not {})': 'ເວລາຕ່າງທີ່ກົງກັບ {1} ໃນວັນນັ້ນ ({2}, ບໍ່ແມ່ນ {3})',
	'true or false: did they agree to be named on the site?': 'true ຫຼື false: ເຂົາເຈົ້າຍິນຍອມໃຫ້ລະບຸຊື່ໃນເວັບໄຊບໍ?',
	'true or false: did they agree to their photo being shown?': 'true ຫຼື false: ເຂົາເຈົ້າຍິນຍອມໃຫ້ສະແດງຮູບບໍ?',
	'consent with name: true or false (and photo: true or false)': 'consent ທີ່ມີ name: true ຫຼື false (ແລະ photo: true ຫຼື false)',
	'a sentence': 'ໜຶ່ງປະໂຫຍກ',
	'one or two sentences': 'ໜຶ່ງ ຫຼື ສອງປະໂຫຍກ',
	'at most 300 characters': 'ບໍ່ເກີນ 300 ຕົວອັກສອນ',
	'at most 40 characters': 'ບໍ່ເກີນ 40 ຕົວອັກສອນ',
	'at most {} characters, so it fits on the card': 'ບໍ່ເກີນ {1} ຕົວອັກສອນ ເພື່ອໃຫ້ພໍດີກັບບັດ',

	// Sessions.
	'a day like 2027-02-05, or a date and time like 2027-02-05T10:00+01:00': 'ວັນ ເຊັ່ນ 2027-02-05, ຫຼື ວັນທີ ແລະ ເວລາ ເຊັ່ນ 2027-02-05T10:00+01:00',
	'a sentence saying what was learnt': 'ໜຶ່ງປະໂຫຍກ ບອກສິ່ງທີ່ໄດ້ຮຽນຮູ້',
	'a sentence, or text and by (who said it)': 'ໜຶ່ງປະໂຫຍກ, ຫຼື text ແລະ by (ຜູ້ເວົ້າ)',
	'a whole number such as 12': 'ຈຳນວນຖ້ວນ ເຊັ່ນ 12',
	'the topic of the session': 'ຫົວຂໍ້ຂອງກອງປະຊຸມ',
	'a number of minutes such as 60': 'ຈຳນວນນາທີ ເຊັ່ນ 60',
	'at least 10 minutes': 'ຢ່າງໜ້ອຍ 10 ນາທີ',
	'at most 600 minutes': 'ບໍ່ເກີນ 600 ນາທີ',
	'a place such as a town or an office': 'ສະຖານທີ່ ເຊັ່ນ ເມືອງ ຫຼື ຫ້ອງການ',
	'a list of people ids': 'ລາຍການລະຫັດຂອງບຸກຄົນ',
	'a whole number such as 25': 'ຈຳນວນຖ້ວນ ເຊັ່ນ 25',
	'0 or more': '0 ຫຼື ຫຼາຍກວ່າ',
	'a list of sentences': 'ລາຍການປະໂຫຍກ',
	'the benchmark agreed': 'ມາດຕະຖານທີ່ຕົກລົງກັນ',
	'the title of the resource': 'ຊື່ຂອງເອກະສານ',
	'a list of title and url pairs': 'ລາຍການຄູ່ title ແລະ url',
	'the topic agreed': 'ຫົວຂໍ້ທີ່ຕົກລົງກັນ',
	'a place, or "online"': 'ສະຖານທີ່, ຫຼື "online"',
	'no "by" on a Chatham House session (what was said may be shared, not who said it); keep only the text':
		'ບໍ່ມີ "by" ໃນກອງປະຊຸມແບບກົດຊາທຳເຮົາສ໌ (ແບ່ງປັນສິ່ງທີ່ເວົ້າໄດ້, ແຕ່ບໍ່ບອກວ່າໃຜເວົ້າ); ເກັບໄວ້ແຕ່ຂໍ້ຄວາມ',
	'the title in that language': 'ຫົວຂໍ້ໃນພາສານັ້ນ',
	'a title, and optionally a summary, in that language': 'ຫົວຂໍ້ (title) ແລະ ບົດສະຫຼຸບສັ້ນ (summary) ຖ້າມີ, ໃນພາສານັ້ນ',
	'a title for each other language of the site ({}), such as en: { title: … }': 'ຫົວຂໍ້ສຳລັບແຕ່ລະພາສາອື່ນຂອງເວັບໄຊ ({1}), ເຊັ່ນ en: { title: … }',
	'only languages other than the session’s own (lang); its own title and summary are title and summary':
		'ສະເພາະພາສາອື່ນທີ່ບໍ່ແມ່ນພາສາຂອງກອງປະຊຸມ (lang); ຫົວຂໍ້ ແລະ ບົດສະຫຼຸບໃນພາສາຂອງກອງປະຊຸມເອງແມ່ນ title ແລະ summary',
	'a benchmark only on a Benchmarking Club session (approach: bmc)': 'ມາດຕະຖານ ສະເພາະໃນກອງປະຊຸມສະໂມສອນການກຳນົດມາດຕະຖານ (approach: bmc)',
	'a list of theme ids': 'ລາຍການລະຫັດໝວດຫົວຂໍ້',

	// The learning loop: commitments, check-ins, benchmarks, roadmaps and progress reports.
	commitment: 'ຄຳໝັ້ນສັນຍາ',
	step: 'ຂັ້ນຕອນ',
	'a short name for the {}, such as exit-interviews': 'ຊື່ສັ້ນຂອງ{1} ເຊັ່ນ exit-interviews',
	'a short name for the {}: lowercase letters, digits and hyphens, such as exit-interviews':
		'ຊື່ສັ້ນຂອງ{1}: ຕົວອັກສອນນ້ອຍ, ຕົວເລກ ແລະ ຂີດ (-) ເຊັ່ນ exit-interviews',
	'a sentence saying what will be done': 'ໜຶ່ງປະໂຫຍກ ບອກສິ່ງທີ່ຈະເຮັດ',
	'a commitment: id, text, and optionally organisation, person and due': 'ຄຳໝັ້ນສັນຍາ: id, text ແລະ ຖ້າມີ organisation, person ແລະ due',
	'a sentence on how it went': 'ໜຶ່ງປະໂຫຍກ ບອກວ່າເປັນໄປແນວໃດ',
	'a check-in: session, commitment, status, and optionally note': 'ການລາຍງານຕິດຕາມ: session, commitment, status ແລະ ຖ້າມີ note',
	'a sentence saying what the step is': 'ໜຶ່ງປະໂຫຍກ ບອກວ່າຂັ້ນຕອນນີ້ແມ່ນຫຍັງ',
	'a roadmap step: id, step, and optionally due': 'ຂັ້ນຕອນຂອງແຜນທີ່ນຳທາງ: id, step ແລະ ຖ້າມີ due',
	'a sentence on where things stood': 'ໜຶ່ງປະໂຫຍກ ບອກສະພາບໃນເວລານັ້ນ',
	'a list of steps, each with id and step': 'ລາຍການຂັ້ນຕອນ ແຕ່ລະອັນມີ id ແລະ step',
	'the benchmark agreed: a sentence, or text with baseline, organisation and roadmap':
		'ມາດຕະຖານທີ່ຕົກລົງກັນ: ໜຶ່ງປະໂຫຍກ, ຫຼື text ພ້ອມ baseline, organisation ແລະ roadmap',
	'a sentence on where things stand': 'ໜຶ່ງປະໂຫຍກ ບອກສະພາບໃນປັດຈຸບັນ',
	'a progress report: benchmark, status, and optionally step and note': 'ບົດລາຍງານຄວາມຄືບໜ້າ: benchmark, status ແລະ ຖ້າມີ step ແລະ note',
	'true or false: may its commitments carry its name?': 'true ຫຼື false: ຄຳໝັ້ນສັນຍາຂອງອົງການນີ້ ສະແດງຊື່ອົງການໄດ້ບໍ?',
	'a list of commitments, each with id and text': 'ລາຍການຄຳໝັ້ນສັນຍາ ແຕ່ລະອັນມີ id ແລະ text',
	'a list of check-ins, each with session, commitment and status': 'ລາຍການການລາຍງານຕິດຕາມ ແຕ່ລະອັນມີ session, commitment ແລະ status',
	'a list of progress reports, each with benchmark and status': 'ລາຍການບົດລາຍງານຄວາມຄືບໜ້າ ແຕ່ລະອັນມີ benchmark ແລະ status',
	'no organisation on a Chatham House session (what is committed may be shared, not who committed it); leave it out':
		'ບໍ່ມີ organisation ໃນກອງປະຊຸມແບບກົດຊາທຳເຮົາສ໌ (ແບ່ງປັນສິ່ງທີ່ໝັ້ນສັນຍາໄດ້, ແຕ່ບໍ່ບອກວ່າໃຜໝັ້ນສັນຍາ); ລຶບອອກ',
	'no person on a Chatham House session (what is committed may be shared, not who committed it); leave it out':
		'ບໍ່ມີ person ໃນກອງປະຊຸມແບບກົດຊາທຳເຮົາສ໌ (ແບ່ງປັນສິ່ງທີ່ໝັ້ນສັນຍາໄດ້, ແຕ່ບໍ່ບອກວ່າໃຜໝັ້ນສັນຍາ); ລຶບອອກ',
	'an id not used above in the same list: later sessions refer to each item by it':
		'id ທີ່ບໍ່ຊ້ຳກັບອັນທີ່ຢູ່ຂ້າງເທິງໃນລາຍການດຽວກັນ: ກອງປະຊຸມຕໍ່ໄປອ້າງອີງແຕ່ລະລາຍການດ້ວຍ id ນີ້',
	'"{}", a session of another series ({})': '"{1}", ກອງປະຊຸມຂອງຊຸດກອງປະຊຸມອື່ນ ({2})',
	"a session of this session's series ({})": 'ກອງປະຊຸມໃນຊຸດກອງປະຊຸມດຽວກັນກັບກອງປະຊຸມນີ້ ({1})',
	'"{}", which is not earlier than this session': '"{1}", ເຊິ່ງບໍ່ໄດ້ຈັດກ່ອນກອງປະຊຸມນີ້',
	'an earlier session: a report comes after the meeting that made the commitment or agreed the benchmark':
		'ກອງປະຊຸມທີ່ຈັດກ່ອນ: ການລາຍງານມາຫຼັງກອງປະຊຸມທີ່ໃຫ້ຄຳໝັ້ນສັນຍາ ຫຼື ຕົກລົງມາດຕະຖານ',
	'"{}", which is not a commitment of {}': '"{1}", ເຊິ່ງບໍ່ແມ່ນຄຳໝັ້ນສັນຍາຂອງ {2}',
	'a session that recorded commitments: that one has none': 'ກອງປະຊຸມທີ່ບັນທຶກຄຳໝັ້ນສັນຍາໄວ້: ກອງປະຊຸມນັ້ນບໍ່ມີ',
	'"{}", a session with no benchmark': '"{1}", ກອງປະຊຸມທີ່ບໍ່ມີມາດຕະຖານ',
	'the id of a Benchmarking Club session that agreed a benchmark': 'ລະຫັດຂອງກອງປະຊຸມສະໂມສອນການກຳນົດມາດຕະຖານ ທີ່ຕົກລົງມາດຕະຖານໄວ້',
	'"{}", which is not a step of the roadmap of {}': '"{1}", ເຊິ່ງບໍ່ແມ່ນຂັ້ນຕອນໃນແຜນທີ່ນຳທາງຂອງ {2}',
	'no step (that benchmark has no roadmap), or a roadmap added to it': 'ບໍ່ມີ step (ມາດຕະຖານນັ້ນບໍ່ມີແຜນທີ່ນຳທາງ), ຫຼື ເພີ່ມແຜນທີ່ນຳທາງໃຫ້ມັນ',
	'"{}" (check the spelling), or another of {}: {}': '"{1}" (ກວດການສະກົດ), ຫຼື ອັນອື່ນໃນ{2}: {3}',
	'one of {}: {}': 'ອັນໃດອັນໜຶ່ງໃນ{1}: {2}',
	'the commitments of that session': 'ຄຳໝັ້ນສັນຍາຂອງກອງປະຊຸມນັ້ນ',
	'its steps': 'ຂັ້ນຕອນຂອງມັນ',

	// Briefs.
	'the brief’s title': 'ຫົວຂໍ້ຂອງບົດສະຫຼຸບ',
	'at least one theme': 'ຢ່າງໜ້ອຍໜຶ່ງໝວດຫົວຂໍ້',
	'from (and to, unless it continues), like from: 2020': 'from (ແລະ to, ຖ້າສິ້ນສຸດແລ້ວ), ເຊັ່ນ from: 2020',
	'a list of organisation ids': 'ລາຍການລະຫັດອົງການ',
	'the publisher': 'ຜູ້ພິມເຜີຍແຜ່',
	'the original title': 'ຫົວຂໍ້ຕົ້ນສະບັບ',
	'publisher (and title and url if known)': 'publisher (ແລະ title ແລະ url ຖ້າຮູ້)',
	'a list of source ids': 'ລາຍການລະຫັດແຫຼ່ງຂໍ້ມູນ',

	// Awards, people, organisations, series, themes, glossary, sources, the site.
	'a sentence or two saying why': 'ໜຶ່ງ ຫຼື ສອງປະໂຫຍກ ບອກວ່າເປັນຫຍັງ',
	'their name': 'ຊື່ຂອງເຂົາເຈົ້າ',
	'their role, such as Nutrition Officer': 'ໜ້າທີ່ຂອງເຂົາເຈົ້າ ເຊັ່ນ ພະນັກງານດ້ານໂພຊະນາການ',
	'a sentence or two about them': 'ໜຶ່ງ ຫຼື ສອງປະໂຫຍກ ກ່ຽວກັບເຂົາເຈົ້າ',
	'a list of language codes such as [lo, en]': 'ລາຍການລະຫັດພາສາ ເຊັ່ນ [lo, en]',
	'their name, since consent.name is true': 'ຊື່ຂອງເຂົາເຈົ້າ, ເພາະວ່າ consent.name ແມ່ນ true',
	'no photo unless consent.photo is true; remove the photo or record their consent':
		'ບໍ່ມີຮູບ ຖ້າ consent.photo ບໍ່ແມ່ນ true; ລຶບຮູບອອກ ຫຼື ບັນທຶກການຍິນຍອມຂອງເຂົາເຈົ້າ',
	'the organisation’s name': 'ຊື່ຂອງອົງການ',
	'a short name': 'ຊື່ຫຍໍ້',
	'a region': 'ພາກພື້ນ',
	'a network name': 'ຊື່ເຄືອຂ່າຍ',
	'a list of network names': 'ລາຍການຊື່ເຄືອຂ່າຍ',
	'the series’ name': 'ຊື່ຂອງຊຸດກອງປະຊຸມ',
	'the network that runs it': 'ເຄືອຂ່າຍທີ່ດຳເນີນງານ',
	'how to join': 'ວິທີເຂົ້າຮ່ວມ',
	'a sentence or two about the series': 'ໜຶ່ງ ຫຼື ສອງປະໂຫຍກ ກ່ຽວກັບຊຸດກອງປະຊຸມ',
	'an id: lowercase letters, digits and hyphens': 'ລະຫັດ: ຕົວອັກສອນລາແຕັງໂຕນ້ອຍ, ຕົວເລກ ແລະ ຂີດ (-)',
	'the theme’s name': 'ຊື່ຂອງໝວດຫົວຂໍ້',
	'a sentence describing the theme': 'ໜຶ່ງປະໂຫຍກ ອະທິບາຍໝວດຫົວຂໍ້',
	'the term': 'ຄຳສັບ',
	'a definition': 'ຄວາມໝາຍ',
	'a list of glossary ids': 'ລາຍການລະຫັດຄຳສັບ',
	'another name': 'ຊື່ອື່ນ',
	'a list of other names': 'ລາຍການຊື່ອື່ນ',
	'the document’s title': 'ຊື່ຂອງເອກະສານ',
	'who published it': 'ຜູ້ພິມເຜີຍແຜ່',
	'the site’s name': 'ຊື່ຂອງເວັບໄຊ',
	'a sentence describing the site': 'ໜຶ່ງປະໂຫຍກ ອະທິບາຍເວັບໄຊ',
	'the branch name': 'ຊື່ branch',
	'an e-mail address or web address': 'ທີ່ຢູ່ອີເມວ ຫຼື ທີ່ຢູ່ເວັບ',
	// Limits no real entry reaches.
	'at most {} characters (put longer text in the body, below the ---)': 'ບໍ່ເກີນ {1} ຕົວອັກສອນ (ຂຽນຂໍ້ຄວາມທີ່ຍາວກວ່ານີ້ໃນເນື້ອໃນ, ຢູ່ລຸ່ມເສັ້ນ ---)',
	'a file of {} MB': 'ໄຟລ໌ຂະໜາດ {1} MB',
	'at most {}: an entry is text; put images in files beside it, and split a long text into several pages':
		'ບໍ່ເກີນ {1}: ລາຍການແມ່ນຂໍ້ຄວາມ; ໃສ່ຮູບເປັນໄຟລ໌ຢູ່ຂ້າງມັນ, ແລະ ແບ່ງຂໍ້ຄວາມຍາວອອກເປັນຫຼາຍໜ້າ',
	'{} of {} × {} pixels': '{1} ຂະໜາດ {2} × {3} ພິກເຊວ',
	'an image at most {} pixels on each side (resize it to about 800 pixels wide)': 'ຮູບທີ່ແຕ່ລະດ້ານບໍ່ເກີນ {1} ພິກເຊວ (ຫຍໍ້ໃຫ້ກວ້າງປະມານ 800 ພິກເຊວ)',

	// Private notes and names.
	'their name in Lao script': 'ຊື່ຂອງເຂົາເຈົ້າເປັນຕົວອັກສອນລາວ',
	'private notes, which are public in the repository as soon as the file is proposed':
		'ບັນທຶກສ່ວນຕົວ, ເຊິ່ງຈະເປັນສາທາລະນະໃນບ່ອນເກັບ (repository) ທັນທີທີ່ສະເໜີໄຟລ໌',
	'no notes: field; send private notes (who raised what, figures shared in confidence) to the secretariat, not to the repository':
		'ບໍ່ມີຊ່ອງ notes:; ສົ່ງບັນທຶກສ່ວນຕົວ (ໃຜຍົກຫຍັງຂຶ້ນມາ, ຕົວເລກທີ່ແບ່ງປັນແບບລັບ) ໃຫ້ກອງເລຂາ, ບໍ່ແມ່ນໃສ່ບ່ອນເກັບ',
	'"{}", the name of {}, on a Chatham House session': '"{1}", ຊື່ຂອງ {2}, ໃນກອງປະຊຸມພາຍໃຕ້ກົດ Chatham House',
	'what was said without who said it: take the name out, or write "the presenter" or "a participant"':
		'ສິ່ງທີ່ເວົ້າ ໂດຍບໍ່ບອກວ່າໃຜເວົ້າ: ເອົາຊື່ອອກ, ຫຼື ຂຽນວ່າ "ຜູ້ນຳສະເໜີ" ຫຼື "ຜູ້ເຂົ້າຮ່ວມຄົນໜຶ່ງ"',

	// YAML, in plain words.
	'{}, which YAML reads as a field because of the colon': '{1}, ເຊິ່ງ YAML ອ່ານເປັນຊ່ອງຂໍ້ມູນ ເພາະມີຈ້ຳສອງເມັດ (:)',
	'the text in double quotes, like {} "{}"': 'ຂໍ້ຄວາມຢູ່ໃນວົງຢືມຄູ່, ເຊັ່ນ {1} "{2}"',
	'the text written out in full instead of *{}: the site does not accept YAML anchors (&) and aliases (*)':
		'ຂຽນຂໍ້ຄວາມເຕັມ ແທນ *{1}: ເວັບໄຊບໍ່ຮັບ anchor (&) ແລະ alias (*) ຂອງ YAML',
	'the text written out in full: the site does not accept YAML anchors (&) and aliases (*)':
		'ຂຽນຂໍ້ຄວາມເຕັມ: ເວັບໄຊບໍ່ຮັບ anchor (&) ແລະ alias (*) ຂອງ YAML',
	'a closing bracket ] or } for the list or group opened above this line': 'ວົງເລັບປິດ ] ຫຼື } ສຳລັບລາຍການ ຫຼື ກຸ່ມທີ່ເປີດຢູ່ເທິງແຖວນີ້',
	'a closing quote or bracket for the one opened on this line': 'ວົງຢືມ ຫຼື ວົງເລັບປິດ ສຳລັບອັນທີ່ເປີດຢູ່ແຖວນີ້',
	'text in double quotes without a backslash (\\), or the text in single quotes': 'ຂໍ້ຄວາມໃນວົງຢືມຄູ່ ທີ່ບໍ່ມີເຄື່ອງໝາຍ (\\), ຫຼື ຂໍ້ຄວາມໃນວົງຢືມດ່ຽວ',
	'spaces, not tabs, at the start of the line ({})': 'ຍະຫວ່າງ, ບໍ່ແມ່ນແທັບ, ຢູ່ຕົ້ນແຖວ ({1})',
	'one group of fields: only the first and last lines are ---': 'ກຸ່ມຊ່ອງຂໍ້ມູນດຽວ: ມີແຕ່ແຖວທຳອິດ ແລະ ແຖວສຸດທ້າຍທີ່ເປັນ ---',
	'text that does not start with @, `, % or a | > sign, or the text in double quotes':
		'ຂໍ້ຄວາມທີ່ບໍ່ເລີ່ມດ້ວຍ @, `, % ຫຼື ເຄື່ອງໝາຍ | >, ຫຼື ຂໍ້ຄວາມໃນວົງຢືມຄູ່',
	'plain values without YAML tags (!) or directives (%)': 'ຄ່າທຳມະດາ ທີ່ບໍ່ມີ tag (!) ຫຼື directive (%) ຂອງ YAML',
	'a field name before each colon; {}': 'ຊື່ຊ່ອງຂໍ້ມູນກ່ອນຈ້ຳສອງເມັດແຕ່ລະອັນ; {1}',
	'field names written as plain words, like title:': 'ຊື່ຊ່ອງຂໍ້ມູນທີ່ຂຽນເປັນຄຳທຳມະດາ, ເຊັ່ນ title:',
	'a smaller file': 'ໄຟລ໌ທີ່ນ້ອຍກວ່ານີ້',
	// Series, status and the agreed next meeting.
	'a WhatsApp invite link such as https://chat.whatsapp.com/AbCdEfGhIjK': 'ລິ້ງເຊີນເຂົ້າກຸ່ມ WhatsApp ເຊັ່ນ https://chat.whatsapp.com/AbCdEfGhIjK',
	'an email address such as hangouts@example.org': 'ທີ່ຢູ່ອີເມວ ເຊັ່ນ hangouts@example.org',
	'whatsapp, email, form and text (each optional)': 'whatsapp, email, form ແລະ text (ແຕ່ລະອັນບໍ່ບັງຄັບ)',
	'a postponed session needs newDate, the date and time it moves to, like 2027-03-04T09:00+07:00':
		'ກອງປະຊຸມທີ່ເລື່ອນ ຕ້ອງມີ newDate, ວັນທີ ແລະ ເວລາໃໝ່, ເຊັ່ນ 2027-03-04T09:00+07:00',
	'newDate only on a session with status: postponed (or cancelled after a postponement)':
		'newDate ມີໄດ້ສະເພາະກອງປະຊຸມທີ່ມີ status: postponed (ຫຼື ຖືກຍົກເລີກຫຼັງຈາກເລື່ອນ)',
	'a newDate later than date: date keeps the first date, newDate the one it moved to':
		'newDate ທີ່ຊ້າກວ່າ date: date ເກັບວັນທີເດີມ, newDate ເກັບວັນທີທີ່ເລື່ອນໄປ',
	'{}, a day that has passed with no session file of {} for it': '{1}, ມື້ທີ່ຜ່ານໄປແລ້ວ ໂດຍບໍ່ມີໄຟລ໌ກອງປະຊຸມຂອງ {2}',
	"that meeting's file (content/sessions/{}-<topic>.md), or the date it moved to in next.date":
		'ໄຟລ໌ຂອງກອງປະຊຸມນັ້ນ (content/sessions/{1}-<topic>.md), ຫຼື ວັນທີທີ່ເລື່ອນໄປ ໃນ next.date',
};
