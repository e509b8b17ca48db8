/**
 * The few browser globals the page checks use inside `page.evaluate`. The project compiles against Node's types,
 * not the DOM library (which would let library code use `document` unnoticed), so they are typed here.
 */
export interface DomElement {
  readonly id: string
  readonly className: string
  readonly tabIndex: number
  readonly textContent: string | null
  readonly dataset: Readonly<Record<string, string | undefined>>
  getAttribute(name: string): string | null
  getBoundingClientRect(): {readonly top: number; readonly bottom: number; readonly left: number; readonly right: number}
}

export interface DomWindow {
  readonly document: {
    readonly activeElement: DomElement | null
    readonly documentElement: {readonly scrollWidth: number; readonly clientWidth: number}
    querySelector(selector: string): DomElement | null
    querySelectorAll(selector: string): ArrayLike<DomElement>
    getElementById(id: string): DomElement | null
  }
  getComputedStyle(element: DomElement, pseudo?: string): {readonly content: string; readonly backgroundColor: string; readonly outlineStyle: string}
}
