import type {FoundEntity} from '../schema/mentions.js'

/** Find organizations, people, places and materials in text (STUB until issue 4). */
export function findEntities(text: string): FoundEntity[] {
  void text
  return []
}
