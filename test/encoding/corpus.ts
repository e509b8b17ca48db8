/**
 * Clean English news paragraphs written for the damage generator, in the style of REEx articles, using every kind
 * of punctuation the damage kinds destroy: apostrophes (contractions, possessives, plural possessives, elisions,
 * decades), double and single quotes, em dashes (closed and spaced), en dashes in ranges, ellipses, bullets,
 * trade mark, copyright and registered signs, currencies, degrees, fractions, NBSP and accented names.
 */
export const paragraphs: ReadonlyArray<string> = [
  'Lynas Rare Earths said on Tuesday it had doubled heavy rare earth output at its Malaysian plant—a first outside China—and expects to reach 1,500 tonnes a year by 2026.',
  'The company’s chief executive, Amanda Lacaze, told analysts that “the market isn’t pricing in the risk of another export ban,” adding that customers’ inventories are thin.',
  'Prices for NdPr oxide rose 12% in the quarter to ¥560,000 per tonne (about US$78,000), the highest since mid-2023, according to Shanghai Metals Market.',
  'MP Materials’ Mountain Pass mine produced 45,455 metric tons of REO in 2024, up from 41,557 tons in 2023; the company expects 2025–2026 volumes to rise 10–15%.',
  '“We’re not going to wait for Beijing,” said one official. “If they won’t supply us, we’ll build it ourselves—and we’ll do it faster than they think.”',
  'In the ’90s, China supplied more than 90% of the world’s rare earths; today it still refines about 85% of them, and controls 94% of sintered magnet output.',
  'Analysts at Benchmark Mineral Intelligence warn that the West’s plan is “ambitious… but achievable” only if permitting times fall from 7–10 years to under 3.',
  'Key takeaways:',
  '• Dysprosium oxide traded at €850/kg in Rotterdam, up 40% year on year.',
  '• Terbium prices hit a record of $3,100/kg in early March.',
  '• The EU’s Critical Raw Materials Act sets a 40% domestic processing target for 2030.',
  'Neo Performance Materials opened its Narva magnet plant in Estonia in September; the €100 million facility will make 2,000 tonnes of magnets a year at first, and 5,000 tonnes later.',
  'Solvay’s La Rochelle site—once the West’s largest separation plant—will restart two lines; the company calls it “a turning point for Europe’s magnet chain.”',
  'Iluka Resources’ Eneabba refinery, backed by a A$1.65 billion government loan, is due to start in 2027 and will process monazite from the company’s own stockpile.',
  'A spokesperson for the Ministry of Commerce said the new rules were “not targeted at any country,” but traders in Tokyo and Seoul weren’t convinced.',
  'Japan’s JOGMEC and Sojitz have invested A$200 million in Lynas since 2011 — an early bet that now looks prescient.',
  'Ucore Rare Metals plans to separate 2,000 tonnes of REO at Louisiana’s SMC in 2026, rising to 7,500 tonnes; its RapidSX™ process is designed to cut costs by a third.',
  'The report, “Rare Earths 2025: Outlook and Risks,” notes that magnet demand from EVs and wind turbines could triple by 2035, while supply grows 5–6% a year.',
  'Energy Fuels’ White Mesa Mill in Utah produced its first 99.9% pure dysprosium oxide in October, operating at temperatures above 1,000 °C in the final step.',
  'Critics say the deal is “too little, too late”; supporters point to the Pentagon’s $400 million equity stake and a ten-year price floor of $110/kg for NdPr.',
  'It’s a familiar pattern: announcements, then delays, then cost overruns… The question isn’t whether the West can build a supply chain, it’s whether it can do so before 2030.',
  'Chinese state media described the new export controls as “a legitimate measure to safeguard national security,” repeating Beijing’s line that the rules don’t amount to a ban.',
  'Société Générale and Crédit Agricole have financed projects in Québec à la carte, while Zürich-based traders report thin volumes; São Paulo’s CBMM supplies niobium worldwide.',
  'Rainbow Rare Earths’ Phalaborwa project in South Africa—which recovers rare earths from old gypsum stacks—says costs will be in the “lowest quartile” globally.',
  'Pensana’s Longonjo project in Angola aims to start production in late 2026; Mkango, Vulcan Elements and Noveon are racing to build magnet capacity in the U.S. and U.K.',
  'The government’s strategy has three pillars: secure supply, diversify processing, and “recycle what we already have.” Officials expect ½ of demand to be met domestically.',
  'Shenghe Resources, JL Mag and China Northern Rare Earth Group reported combined profits of ¥4.2 billion for the first half, down 30% from a year earlier.',
  'He called it the industry’s ‘Sputnik moment’ and said the U.S. had “no choice but to act — now.”',
  'O’Brien, a former Pentagon official, said: “The ’80s taught us that whoever controls the magnets controls the motors.”',
  'The quota for 2025 was 270,000 tonnes (mining) and 254,000 tonnes (smelting and separation); Q1 and Q2 figures weren’t published.',
  'Beijing’s new licensing regime—announced on October 9 and effective December 1—extends controls to products made abroad with Chinese rare earths or Chinese technology.',
  'Washington’s response was swift: the Commerce Department said it would “review all options,” while lawmakers called for an emergency stockpile of NdPr and dysprosium.',
  'USA Rare Earth’s Stillwater magnet plant in Oklahoma is expected to reach 1,200 tonnes a year by 2026; the company didn’t say when the second line would start.',
  'Arafura Rare Earths’ Nolans project in the Northern Territory has secured A$1 billion in debt—its largest funding package yet—and offtake deals with Hyundai and Siemens Gamesa.',
  '“This isn’t a trade war, it’s a technology war,” said a Brussels-based analyst. “And the side that controls processing wins.”',
  'Rare earth magnet exports from China fell 74% in May from a year earlier, customs data showed, before recovering in June and July as licences were approved.',
  'The Pentagon’s Office of Strategic Capital has lent $150 million to a heavy rare earth separation project; officials say the U.S. can’t rely on a single foreign supplier.',
  'Mining in Myanmar’s Kachin State—the source of much of China’s heavy rare earth feed—has been disrupted by fighting, pushing terbium prices up 20–25% in two months.',
  'Analysts expect the NdPr market to move into deficit by 2027–2028, when demand from EV traction motors, wind turbines and robots outpaces new supply.',
  'India’s IREL plans to double its separation capacity; Vietnam’s reserves, the world’s second largest, remain largely untapped because of permitting and processing hurdles.',
  'Greenland’s Tanbreez deposit, acquired by Critical Metals Corp., could supply heavy rare earths to Europe—but the island’s uranium rules complicate nearby Kvanefjeld.',
  'Brazil’s Serra Verde began commercial production of ionic clay concentrate in 2024; the company says it’s the only producer of its kind outside Asia.',
  'The company’s shares rose 18% on the news, its biggest one-day gain since March, before giving back half of that in after-hours trading.',
  'Officials in Baotou said the city’s rare earth output value exceeded ¥100 billion last year, and they aim to double it by 2030 as the “world’s rare earth capital.”',
  'We’ve seen this before: a price spike, a rush of announcements, then a slump that strands projects halfway to production.',
  'Europe’s magnet makers—there are only a handful—say they’ll need guaranteed offtake and price floors before they commit to new capacity.',
  'Noveon Magnetics, based in Texas, recycles end-of-life magnets; it says recycled NdFeB can be 90% cheaper in energy terms than mining new ore.',
  'According to Adamas Intelligence, global demand for rare earth magnets will grow 8.7% a year through 2040, led by EVs, wind power and consumer electronics.',
  'The deal, which hasn’t been made public in full, reportedly includes a ten-year supply agreement and a floor price that would protect the miner if prices fall.',
  'Japan’s experience after 2010—when China halted exports during a territorial dispute—shows what diversification can achieve: its dependence fell from 90% to about 60%.',
  'Some investors aren’t convinced. “Every cycle, we hear that this time is different,” one fund manager said. “Then China floods the market and prices collapse.”',
  'The ministry’s statement, issued late on Friday, said exports to “end users in good standing” would continue, but gave no timeline for approvals.',
  'It’s unclear whether the new rules will apply to semi-finished products; lawyers say the text is vague and leaves room for discretion at China’s customs offices.',
  'Two of the three projects are in Australia—one in Western Australia, one in the Northern Territory—and the third is in Canada’s Northwest Territories.',
  'In a note to clients, the bank said rare earth equities had “priced in a lot of good news” and that volatility would stay high until China’s policy becomes clearer.',
  '© 2025 Rare Earth Exchanges™ — Accelerating Transparency, Accuracy, and Insight Across the Rare Earth & Critical Minerals Supply Chain.',
  'Subscribe to REEx Pro® for daily prices\u00A0and analysis.'
]

/**
 * Cases that K1 cannot settle because the lost bytes leave no trace and context points elsewhere; measured and
 * reported by the generator test, not held to the thresholds (see docs/encoding.md, Limits).
 */
export const hardCases: ReadonlyArray<string> = [
  'Prices are the highest since mid\u20112023, and the ten\u2011year floor is $110/kg.',
  'A spaced en dash – as some style guides prefer – reads as an em dash after K1.',
  'Temperatures fell to \u22125 °C, and the ratio rose \u2192 2:1.',
  'UK style puts ‘scare quotes’ in single quotes.',
  'Names like Ørsted and Øresund lose the second byte of Ø.'
]

/** Correct text in many scripts and symbol sets: none of it may change. */
export const scripts: ReadonlyArray<readonly [string, string]> = [
  ['Thai', 'ภาษาไทยเป็นภาษาราชการของประเทศไทย โขง ไฟฟ้า แร่หายาก'],
  ['Thai beside English', 'บริษัท Northern Rare Earth รายงานกำไร 30% ในไตรมาสแรก'],
  ['Chinese', '中国北方稀土（集团）高科技股份有限公司发布公告，稀土价格上涨。'],
  ['Japanese', '日本のレアアース調達は、豪州ライナス社への投資で多様化した。'],
  ['Korean', '한국은 희토류 공급망 다변화를 추진하고 있다.'],
  ['Cyrillic', 'Россия планирует увеличить добычу редкоземельных металлов к 2030 году.'],
  ['Greek', 'Η Ελλάδα εξετάζει κοιτάσματα σπάνιων γαιών στη Μακεδονία.'],
  ['Arabic', 'تسعى المملكة العربية السعودية إلى تطوير قطاع المعادن النادرة.'],
  ['Hebrew', 'ישראל משקיעה במחקר על מגנטים ללא עפרות נדירות.'],
  ['Devanagari', 'भारत दुर्लभ पृथ्वी खनिजों का उत्पादन बढ़ाना चाहता है।'],
  ['Vietnamese', 'Việt Nam có trữ lượng đất hiếm lớn thứ hai thế giới.'],
  ['Accented Latin', 'Société Générale, Zürich, São Paulo, Ørsted, Łódź, Çanakkale, naïve café, Ålesund, Ñandú, ÉCOLE.'],
  ['Upper-case accents', 'RETWEET SE VOCÊ… PARCE QUE IL Y MARQUÉ… SÓ… NESTLÉ® ZZAJÉ’s'],
  ['Symbols', '™ © ® € £ ¥ … ½ ¼ ¾ ° ± × ÷ § ¶ µ ¹ ² ³ • · ¿ ¡ « » ‹ › † ‡ ‰ ′ ″ № ℃'],
  ['Curly quotes and dashes', '“Quoted,” she said — ‘single’ — and it’s 2024–2025… ‒ ― ‐'],
  ['Emoji', 'Rare earths 🚀📈 magnets 🧲 and flags 🇨🇳🇺🇸 with ZWJ 👩‍🔬.'],
  ['Maths', '(-1/2)! = √π, ∑ x² ≤ ∞, ∆° ≈ 3.14, 5×£35, 4288×…'],
  ['Box drawing', '├┤a┼┐a┼┐ ╔═╗ ║ ╚═╝ ▲▼◆●'],
  ['Fullwidth and CJK punctuation', 'ＡＢＣ１２３「稀土」、。'],
  ['NBSP beside accents', 'SELKÄ\u00A0EDELLÄ\u00A0MAAHAN, ammaccato,\u00A0è come, [x]\u00A0©'],
  ['Latin-1 run', 'Ôôô VIDA MINHA, C O N C L U S Ã O, ESSE CARA AI QUEM É¿']
]
