/**
 * Escape text for HTML text content and for double- or single-quoted attribute values: `&`, `<`, `>`, `"` and `'`
 * become character references, so untrusted article text can never open a tag, close an attribute or start a
 * character reference of its own. NUL, which an HTML parser drops or replaces, becomes U+FFFD so what is shown is
 * what was there.
 *
 * @param text any text (article text is scraped and untrusted)
 * @returns the text, safe to place between tags or inside a quoted attribute
 * @example
 * escapeHtml('<script>alert("x")</script> & \'y\'')
 * // → '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\0]/g, (character) => references[character] ?? character)
}

const references: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\0': '\uFFFD'
})

/**
 * Write HTML attributes from a record, each value escaped and double-quoted, in the record's order.
 *
 * @param attributes attribute names (trusted: written by this module) and values (escaped)
 * @returns the attributes with a leading space each, or `''` for none
 * @example
 * htmlAttributes({class: 'rx-claim', 'data-kind': 'a"b'}) // → ' class="rx-claim" data-kind="a&quot;b"'
 */
export function htmlAttributes(attributes: Readonly<Record<string, string>>): string {
  let result = ''
  for (const [name, value] of Object.entries(attributes)) result += ` ${name}="${escapeHtml(value)}"`
  return result
}
