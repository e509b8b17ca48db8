/**
 * The REEx articles the throughput and repair ratios are measured on: the five real seeds and the made-up
 * corpus in bench/corpus/ (both layouts, other page kinds, clean and damaged), each as a string and as bytes.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'

const folders = [new URL('../seeds/', import.meta.url), new URL('./corpus/', import.meta.url)]

/** Every article: `{name, text, bytes}`, in name order per folder. */
export const articles = folders.flatMap((folder) => {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(new URL(name, folder))
      return {name, bytes: new Uint8Array(bytes), text: new TextDecoder().decode(bytes)}
    })
})
