import type {FoundQuantity} from '../schema/mentions.js'

/** Find money, percentages, masses, prices and counts in text (STUB until issue 4). */
export function findQuantities(text: string): FoundQuantity[] {
  void text
  return []
}
