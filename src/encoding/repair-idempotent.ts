import {applyEdits, lineIndex, type Edit} from './edits.js'
import {countTriggers} from './triggers.js'
import {nfcChanges, nfcRiskNear, type Change} from './offset-map.js'
import {repairText, type RepairPass} from './repair-text.js'
import {gateAfterEdits, textGate, type TextGate} from './text-gate.js'

/** What `repairIdempotent` returns: the repairs, the repaired text, and NFC of it. */
export interface CheckedRepair {
  /** The repairs in order, offsets into the text. */
  readonly edits: ReadonlyArray<Edit>
  /** The text with the repairs applied. */
  readonly repaired: string
  /** What NFC changes in `repaired` (offsets into it). */
  readonly normalizing: ReadonlyArray<Change>
  /** `repaired` in NFC: the result. */
  readonly text: string
}

/**
 * Repair an NFC text (see `repairText`) so that repairing the result changes nothing, and hand back the repaired
 * and normalised text too, which the idempotence check has built already.
 *
 * @param text the text, in NFC
 * @param gate (optional) what `textGate` says of the text, when it was scanned already
 * @example
 * repairIdempotent('Chinaโs').text // 'China’s'
 */
export function repairIdempotent(text: string, gate: TextGate = textGate(text)): CheckedRepair {
  return verified(text, repairText(text, {latin: false}, gate), gate)
}

/**
 * Keep repair idempotent: repair the repaired text once more, and leave as they came the lines where that would
 * change something (`Ãƒ` → `Ã`, which a second pass reads as `à` with the space after it; `Ãโ` → `Ã’`, which
 * reads as `Ò`). Leaving a line changes the text around others, so this runs until nothing more is left out.
 * Clean output costs one regex test.
 */
function verified(text: string, first: RepairPass, gate: TextGate): CheckedRepair {
  let kept: ReadonlyArray<Edit> = first.edits
  let result = withEdits(text, kept)
  for (let round = 0; round < 3 && kept.length > 0; round++) {
    // The gate of the repaired text follows from the text's and the repairs, when NFC changed nothing after them;
    // it is asked for only when the triggers do not settle the question.
    const current = result
    let derived: TextGate | undefined
    const gateOfResult = (): TextGate =>
      (derived ??= (current.normalizing.length === 0 ? gateAfterEdits(text, gate, kept, current.text) : undefined) ?? textGate(current.text))
    const again = mayStillBeDamaged(result, first.triggers, () => gateOfResult().damaged)
      ? repairText(result.text, {latin: false, depth: 0}, gateOfResult()).edits
      : []
    if (again.length === 0) break
    // Lines where a second pass would change something: repairs there changed the evidence (a `’` repaired from
    // `â€™` is clean punctuation the next time), so the line is left as it came, and comes out the same again.
    // NFC keeps line breaks, so a line of the normalised text is the same line of the repaired one.
    const lineOfReturned = lineIndex(result.text)
    const unstable = new Set(again.map((edit) => lineOfReturned(edit.start)))
    const lineOf = lineIndex(result.repaired)
    const next: Edit[] = []
    let shift = 0
    for (const edit of kept) {
      const start = edit.start + shift
      shift += edit.to.length - (edit.end - edit.start)
      if (!unstable.has(lineOf(start))) next.push(edit)
    }
    if (next.length === kept.length) break
    kept = next
    result = withEdits(text, kept)
  }
  return result
}

/**
 * Whether repaired text may hold a trigger, without reading all of it when that can be proven: a trigger of the
 * output was one that no repair took (the repairs took as many as the text had), or came from a repair, or from NFC.
 * `damaged` reads the repaired text (its gate) when that is the only way left.
 */
function mayStillBeDamaged(result: CheckedRepair, triggers: number, damaged: () => boolean): boolean {
  if (result.normalizing.length > 0) return damaged()
  let taken = 0
  for (const edit of result.edits) {
    if (countTriggers(edit.to) > 0) return damaged()
    taken += countTriggers(edit.from)
  }
  return taken < triggers && damaged()
}

/**
 * The text with `edits` applied, and in NFC. The second pass reads the NFC text, as it will be returned: NFC can
 * glue a repaired combining mark onto the letter before it (`e` + U+0300 is `è`), and `è„¢` is a new span (`脢`).
 */
function withEdits(text: string, edits: ReadonlyArray<Edit>): CheckedRepair {
  if (edits.length === 0) return {edits, repaired: text, normalizing: [], text}
  const repaired = applyEdits(text, edits)
  // `text` is NFC, so NFC can only change what touches a repair; most repairs prove that without a whole scan.
  let shift = 0
  let risk = false
  for (const edit of edits) {
    const start = edit.start + shift
    shift += edit.to.length - (edit.end - edit.start)
    if (nfcRiskNear(repaired, start, start + edit.to.length)) {
      risk = true
      break
    }
  }
  const normalizing = risk ? nfcChanges(repaired) : []
  return {edits, repaired, normalizing, text: normalizing.length > 0 ? applyEdits(repaired, normalizing) : repaired}
}
