import {describe, expect, it} from 'vitest'
import {ArticleParseError} from '../../src/diagnostics/error.js'
import {fixText, repairInput} from '../../src/encoding/fix-text.js'
import {EncodingReport} from '../../src/schema/encoding.js'
import {damage} from './damage.js'

const fix = (input: string | Uint8Array): string => fixText(input).text
const settings = {maxInputBytes: 1_000_000}

describe('K1, lossy Thai (UTF-8 read as TIS-620, 0x80-0x9F deleted)', () => {
  it('infers an apostrophe inside a word before a contraction ending', () => {
    expect(fix('Chinaโs isnโt weโre Iโve weโll heโd Iโm')).toBe('China’s isn’t we’re I’ve we’ll he’d I’m')
  })
  it('infers an em dash between two words that are not a contraction', () => {
    expect(fix('long-term planningโreassuring investors')).toBe('long-term planning—reassuring investors')
    expect(fix('global supplierโa narrative')).toBe('global supplier—a narrative')
  })
  it('tells a dash from an apostrophe in one run of words', () => {
    expect(fix('its rare earth monopolyโitโs modernizing it')).toBe('its rare earth monopoly—it’s modernizing it')
    expect(fix('China is acceleratingโnot looseningโits internal cohesion')).toBe(
      'China is accelerating—not loosening—its internal cohesion'
    )
  })
  it('infers an en dash between two numbers', () => {
    expect(fix('from 2025โ2027 and 10โ15%')).toBe('from 2025–2027 and 10–15%')
  })
  it('pairs opening and closing double quotes by position', () => {
    expect(fix('its role as a โworld-class rare earth champion.โ')).toBe('its role as a “world-class rare earth champion.”')
    expect(fix('and โhigh-quality development,โ China is')).toBe('and “high-quality development,” China is')
  })
  it('closes a quoted word that ends before a space', () => {
    expect(fix('the โtwo basesโ plan')).toBe('the “two bases” plan')
  })
  it('reads a plural possessive when no quote is open', () => {
    expect(fix('the investorsโ confidence')).toBe('the investors’ confidence')
  })
  it('reads an apostrophe before a decade, and after a number before `s`', () => {
    expect(fix('in the โ90s, China')).toBe('in the ’90s, China')
    expect(fix('the 1990โs boom')).toBe('the 1990’s boom')
  })
  it('reads ™ after a name and • at the start of a line', () => {
    expect(fix('© Rare Earth Exchangesโข โ Accelerating Transparency across the chain.')).toBe(
      '© Rare Earth Exchanges™ — Accelerating Transparency across the chain.'
    )
    expect(fix('Key points:\nโข Prices rose\n  โข Output fell')).toBe('Key points:\n• Prices rose\n  • Output fell')
  })
  it('restores …, ©, ¥, NBSP and accented letters', () => {
    expect(fix('ambitiousโฆ but ยฉ 2025 ยฅ560 Sociรฉtรฉ')).toBe('ambitious… but © 2025 ¥560 Société')
    expect(fix('a\u0E22\u00A0b')).toBe('a\u00A0b')
  })
  it('reports each K1 repair as lossy with a confidence', () => {
    const {encoding} = fixText('Chinaโs ยฉ')
    expect(encoding.repairs).toEqual([
      expect.objectContaining({start: 5, end: 6, from: 'โ', to: '’', kind: 'lossy-thai', lossy: true}),
      expect.objectContaining({start: 8, end: 10, from: 'ยฉ', to: '©', kind: 'lossy-thai', lossy: false, confidence: 1})
    ])
    expect(encoding.repairs[0]?.confidence).toBeGreaterThan(0.6)
    expect(encoding.repairs[0]?.confidence).toBeLessThan(1)
  })
})

describe('K2, Windows-874 with gaps from Windows-1252', () => {
  it('repairs three-byte sequences exactly', () => {
    expect(fix('Chinaโ€™s planningโ€”and โ€œquotesโ€')).toBe('China’s planning—and “quotes”')
  })
  it('infers the lost 0x9D of a closing quote', () => {
    const {text, encoding} = fixText('โ€œchampion.โ€ next')
    expect(text).toBe('“champion.” next')
    expect(encoding.repairs[1]).toMatchObject({from: 'โ€', to: '”', kind: 'windows-874', lossy: true})
  })
})

describe('K3, Windows-1252', () => {
  it('repairs the classic sequences', () => {
    expect(fix('Chinaâ€™s cafÃ© â€œquotedâ€\u009D â€” fine')).toBe('China’s café “quoted” — fine')
  })
  it('repairs sloppy damage: a lost undefined byte and 0xA0 turned into a space', () => {
    expect(fix('â€œquotedâ€ and voilÃ  le travail')).toBe('“quoted” and voilà le travail')
    expect(fix('price:Â 5 â€™')).toBe('price:\u00A05 ’')
  })
  it('keeps à a word of its own when 0xA0 became the space after it', () => {
    expect(fix('relatifs Ã l’utilisation, voilÃ le travail')).toBe('relatifs à l’utilisation, voilà le travail')
    expect(fix('com especial atenÃ§Ã£o Ã s crianÃ§as')).toBe('com especial atenção às crianças')
  })
  it('repairs Cyrillic whose 0xA0 byte became a space', () => {
    const russian = 'Редкоземельные металлы России'
    expect(damage.k3(russian)).toContain('Ð ')
    expect(fix(damage.k3(russian))).toBe(russian)
  })
  it('keeps U+FFFD where a byte was replaced, since the character cannot be known', () => {
    expect(fix('in the newspaper ï¿½ email, SlovenÄ\uFFFDina')).toBe('in the newspaper \uFFFD email, Sloven\uFFFDina')
  })
  it('repairs a lone lead character only when the text shows other damage', () => {
    expect(fix('SÃO PAULO')).toBe('SÃO PAULO')
    expect(fix('C O N C L U S Ã O')).toBe('C O N C L U S Ã O')
  })
})

describe('K4, Latin-1 (C1 controls)', () => {
  it('repairs UTF-8 read as Latin-1', () => {
    const {text, encoding} = fixText('Chinaâ\u0080\u0099s')
    expect(text).toBe('China’s')
    expect(encoding.damage).toEqual([{kind: 'latin-1', count: 1}])
  })
  it('reads a lone C1 control as the Windows-1252 character it stands for', () => {
    expect(fix('parlé\u0085 Tu sais')).toBe('parlé… Tu sais')
  })
})

describe('K5, damaged twice', () => {
  it('repairs Windows-1252 applied twice', () => {
    const {text, encoding} = fixText('ChinaÃ¢â‚¬â„¢s cafÃƒÂ©')
    expect(text).toBe('China’s café')
    expect(encoding.damage).toEqual([{kind: 'double', count: 2}])
  })
  it('repairs an inner layer in the context of its line', () => {
    expect(fix(damage.k3plain(damage.k1('He said “China’s monopoly—it’s modernizing” today')))).toBe(
      'He said “China’s monopoly—it’s modernizing” today'
    )
  })
  it('repairs a lost byte in the inner layer', () => {
    expect(fix('Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009D')).toBe('“quoted”')
  })
})

describe('correct text', () => {
  it('leaves ftfy-style look-alikes alone', () => {
    for (const text of [
      'higher values (“+” and “×” curves)',
      'Join ZZAJÉ’s Official Fan List',
      'NESTLÉ® requiere',
      'SELKÄ\u00A0EDELLÄ\u00A0MAAHAN',
      'MÄ£ÄM ÌÑÌ Q £ÄGÌ',
      'Bremer/Mccoy – DrÃ¥ber',
      'Offering 5×£35 pin ups',
      '├┤a┼┐a┼┐a'
    ]) {
      expect(fix(text)).toBe(text)
    }
  })
  it('leaves real Thai alone, also when it holds a K1-looking pair', () => {
    const thai = 'ภาษาไทย โขง ไฟฟ้า โข แร่หายาก'
    expect(fix(thai)).toBe(thai)
  })
  it('reports nothing for clean text', () => {
    expect(fixText('China’s “rare earth” — ¥5…').encoding).toEqual({source: 'string', changed: false, damage: [], repairs: []})
  })
  it('is idempotent on repaired text', () => {
    const once = fix('Chinaโs monopolyโitโs โquotedโ ChinaÃ¢â‚¬â„¢s')
    expect(fix(once)).toBe(once)
  })
  it('keeps line endings and NBSP', () => {
    expect(fix('a\r\nb\rc\u00A0d')).toBe('a\r\nb\rc\u00A0d')
  })
  it('normalises to NFC and maps offsets through it', () => {
    const result = repairInput('cafe\u0301 Chinaโs', settings)
    expect(result.text).toBe('café China’s')
    expect(result.encoding.changed).toBe(true)
    expect(result.toInputOffset(4)).toBe(5)
    expect(result.toInputOffset(result.text.length)).toBe(13)
  })
})

describe('bytes', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
  it('decodes UTF-8 with and without BOM', () => {
    expect(fixText(encode('Chinaโs')).encoding.source).toBe('utf-8')
    const withBom = fixText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('hi')]))
    expect(withBom).toMatchObject({text: 'hi', encoding: {source: 'utf-8-bom'}})
  })
  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(fixText(new Uint8Array([0xff, 0xfe, 0x68, 0, 0x19, 0x20]))).toMatchObject({text: 'h’', encoding: {source: 'utf-16le'}})
    expect(fixText(new Uint8Array([0xfe, 0xff, 0, 0x68, 0x20, 0x19]))).toMatchObject({text: 'h’', encoding: {source: 'utf-16be'}})
  })
  it('decodes invalid UTF-8 as Windows-1252 with its 0x80-0x9F table', () => {
    const result = repairInput(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x92]), settings)
    expect(result.text).toBe('Café “q”’')
    expect(result.encoding.source).toBe('windows-1252')
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['legacy-decoding'])
  })
  it('strips a BOM from a string and maps offsets past it', () => {
    const result = repairInput('\uFEFFChinaโs', settings)
    expect(result.text).toBe('China’s')
    expect(result.toInputOffset(0)).toBe(1)
    expect(result.encoding.repairs[0]).toMatchObject({start: 6, end: 7})
  })
})

describe('the report and the diagnostics', () => {
  it('points every repair into the input and counts damage per kind', () => {
    const input = 'Chinaโs planningโreassuring ยฉ 2025\nChinaâ€™s'
    const result = repairInput(input, settings)
    for (const repair of result.encoding.repairs) expect(input.slice(repair.start, repair.end)).toBe(repair.from)
    expect(result.encoding.damage).toEqual([
      {kind: 'lossy-thai', count: 3},
      {kind: 'windows-1252', count: 1}
    ])
    expect(EncodingReport.parse(result.encoding)).toEqual(result.encoding)
  })
  it('maps offsets in the repaired text back to the input', () => {
    const input = 'ยฉ 2025 Chinaâ€™s end'
    const result = repairInput(input, settings)
    expect(result.text).toBe('© 2025 China’s end')
    const at = result.text.indexOf('end')
    expect(input.slice(result.toInputOffset(at))).toBe('end')
    expect(result.toInputOffset(0)).toBe(0)
    expect(result.toInputOffset(1)).toBe(2)
  })
  it('gives one info diagnostic per damage kind, placed at its first repair', () => {
    const result = repairInput('ok\nChinaโs and Chinaโs', settings)
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'lossy-thai-mojibake',
        source: 'encoding',
        severity: 'info',
        place: {line: 2, column: 6, offset: 8},
        actual: 'โ',
        expected: '’'
      })
    ])
  })
  it('warns when a guess had little to go on', () => {
    const result = repairInput('Total:\nโ\nEnd', settings)
    expect(result.encoding.repairs[0]?.confidence).toBeLessThan(0.6)
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('uncertain-repair')
    expect(repairInput('a โ b', settings).diagnostics.map((d) => d.ruleId)).not.toContain('uncertain-repair')
  })
})

describe('messy input', () => {
  it('never throws on binary, lone surrogates, NUL or long runs', () => {
    const inputs: Array<string | Uint8Array> = [
      new Uint8Array([0, 1, 2, 255, 0xc3, 0x28, 0xa0, 0xa1]),
      '\uD800 lone \uDC00 surrogates โ\uD800',
      'a\u0000b',
      'โ'.repeat(100_000),
      'Ã'.repeat(50_000) + 'â€™',
      '\u0085'.repeat(10_000),
      ''
    ]
    for (const input of inputs) expect(() => repairInput(input, settings)).not.toThrow()
  })
  it('flags binary input', () => {
    const result = repairInput(new Uint8Array([0, 1, 2, 3, 65]), settings)
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('binary-input')
  })
  it('throws input-too-large over maxInputBytes', () => {
    expect(() => fixText('x'.repeat(11), {maxInputBytes: 10})).toThrow(ArticleParseError)
  })
})
