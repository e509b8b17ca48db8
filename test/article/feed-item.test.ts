import {describe, expect, it} from 'vitest'
import {readFeedItem} from '../../src/article/feed-item.js'

const header = (title: string, tail = ' Mon, 17 Nov 2025 09:00:00 +0000') =>
  `Channel Name https://news.example.org Tagline here Tue, 18 Nov 2025 14:02:11 +0000 en-US hourly 1 https://wordpress.org/?v=6.8.3 https://news.example.org/logo-32x32.png Channel Name https://news.example.org 32 32 ${title} https://news.example.org/p/item/ https://news.example.org/p/item/#respond${tail}`

describe('readFeedItem', () => {
  it('reads the item title between the logo sizes and the item URL, and the item’s own date', () => {
    const text = header('Lynas Lifts Output at Kalgoorlie')
    const item = readFeedItem(text)
    expect(item).toMatchObject({title: 'Lynas Lifts Output at Kalgoorlie', publishedAt: '2025-11-17'})
    expect(text.slice(item?.start, item?.end)).toBe('Lynas Lifts Output at Kalgoorlie')
  })
  it('keeps a question inside the title', () => {
    expect(readFeedItem(header('Who Pays? A New Floor for Prices'))?.title).toBe('Who Pays? A New Floor for Prices')
  })
  it('reads the item without a comments URL when its date follows its URL', () => {
    const text = 'Channel https://x.example 32 32 Prices Climb Again https://x.example/a/ Mon, 17 Nov 2025 09:00:00 +0000'
    expect(readFeedItem(text)?.title).toBe('Prices Climb Again')
  })
  it('finds nothing in a header that names no item', () => {
    expect(readFeedItem('Rare Earth Exchanges » Feed Rare Earth Exchanges » Comments Feed https://rareearthexchanges.com/feed/')).toBeNull()
    expect(readFeedItem('Just a line of text with no links')).toBeNull()
  })
})
