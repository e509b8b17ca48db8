/**
 * The page's style sheet, inlined in a `<style>` element (the page loads nothing). Colours keep at least 4.5:1
 * contrast for text (WCAG AA): badge text is white on the kind's dark colour, claim text is near-black on the
 * kind's pale tint. A claim's kind is also written in its badge, so colour is never the only cue. Below 800px the
 * side panel moves under the article; long words and URLs wrap anywhere so nothing is wider than a phone.
 *
 * @example
 * pageStyle.includes('@media (max-width: 800px)') // → true
 */
export const pageStyle = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4d4d4d;--line:#d0d0d0;--accent:#0b4fa8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff;overflow-wrap:anywhere}
h1,h2{line-height:1.25}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.rx-skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:20}
.rx-skip:focus{left:.5rem}
.rx-banner{padding:.75rem max(1rem,calc((100% - 70.5rem) / 2));border-bottom:1px solid var(--line);background:#f6f7f9}
.rx-app{margin:0;font-weight:700}
.rx-tally{margin:.1rem 0 .4rem;color:var(--muted);font-size:.875rem}
.rx-legend h2{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;margin:0}
.rx-legend ul{list-style:none;margin:.25rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem}
.rx-hint{margin:.25rem 0 0;font-size:.85rem;color:var(--muted)}
.rx-layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(0,22rem);justify-content:center;gap:2.5rem;margin:0 auto;padding:1rem}
@media (max-width: 800px){.rx-layout{grid-template-columns:minmax(0,1fr);gap:1rem}}
main{min-width:0}
main:focus{outline:none}
.rx-article{line-height:1.75}
.rx-byline{color:var(--muted);margin:0 0 1rem}
.rx-highlights{background:#f6f7f9;border-left:4px solid var(--line);padding:.1rem 1rem .1rem .75rem}
.rx-highlights h2{margin-top:.75rem}
ul,ol{padding-left:1.4rem}
li ul,li ol{padding-left:clamp(.5rem,3vw,1.4rem)}
.rx-chrome{color:var(--muted);font-size:.875rem;line-height:1.5}
footer.rx-chrome{border-top:1px solid var(--line);margin-top:2rem;padding-top:.5rem}
.rx-chrome p{margin:.3rem 0}
.rx-preamble{border-bottom:1px solid var(--line);margin-bottom:1rem}
.rx-label{font-weight:600}
.rx-none{color:var(--muted);font-style:italic}
.rx-count{color:var(--muted);font-weight:400}
.rx-kind-statement{--k:#1f5fbf;--kb:#e7effc}
.rx-kind-plan{--k:#6b3fb3;--kb:#f1eafc}
.rx-kind-event{--k:#2a7339;--kb:#e4f4e7}
.rx-kind-quantitative{--k:#9a4a00;--kb:#fdeedd}
.rx-kind-fact{--k:#0d6a6b;--kb:#dff3f3}
.rx-kind-assessment{--k:#a12c4e;--kb:#fbe9ef}
.rx-kind-other{--k:#5c5c5c;--kb:#efefef}
.rx-badge{display:inline-block;background:var(--k,#5c5c5c);color:#fff;font:600 .7rem/1.5 system-ui,sans-serif;letter-spacing:.02em;text-transform:uppercase;padding:0 .35rem;border-radius:.25rem;vertical-align:.1em}
.rx-claim{background:var(--kb);border-bottom:2px solid var(--k);padding:.05em .1em;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
.rx-claim:not(.rx-cont)::before{content:attr(data-kind);display:inline-block;background:var(--k);color:#fff;font:600 .62rem/1.45 system-ui,sans-serif;letter-spacing:.02em;text-transform:uppercase;padding:0 .3rem;margin-right:.3rem;border-radius:.25rem;vertical-align:.15em}
.rx-claim:focus{outline:none}
.rx-claim:focus-visible,.rx-claim.rx-active{outline:3px solid var(--ink);outline-offset:2px}
.rx-question{background:#f0f0f0;border-bottom:2px dashed var(--muted)}
.rx-entity{text-decoration:underline solid var(--ink) 1.5px;text-underline-offset:.2em}
.rx-figure{text-decoration:underline double #9a4a00 2px;text-underline-offset:.2em}
.rx-date{text-decoration:underline dotted #0d6a6b 2px;text-underline-offset:.2em}
.rx-link{color:var(--accent)}
.rx-link::after{content:"\\2197";font-size:.75em}
.rx-repair{background:#ffe0a3;box-shadow:inset 0 -2px #b35900}
body:has(#rx-show-was:checked) .rx-repair::before{content:attr(data-from);text-decoration:line-through;color:#8b1a1a;margin-right:.1em}
.rx-hit,.rx-pin{background:#fff08a;outline:2px solid #7a5d00}
.rx-panel{font-size:.9rem;line-height:1.5;min-width:0}
.rx-panel section{border-top:1px solid var(--line);padding-top:.25rem}
.rx-panel h2{font-size:1rem;margin:.6rem 0 .3rem}
.rx-panel ul{list-style:none;padding:0;margin:0}
.rx-panel li{margin:.3rem 0}
.rx-type,.rx-aliases{color:var(--muted)}
.rx-aliases{display:block;font-size:.85em}
.rx-hl{font:inherit;color:var(--accent);background:none;border:0;padding:0;text-align:left;text-decoration:underline;cursor:pointer;overflow-wrap:anywhere}
.rx-hl[aria-pressed="true"]{background:#fff08a;color:var(--ink)}
.rx-hl:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.rx-was{text-decoration:line-through;color:#8b1a1a}
.rx-sev{--k:#5c5c5c}
.rx-severity-warning .rx-sev{--k:#8a5a00}
.rx-severity-error .rx-sev{--k:#b00020}
.rx-tip{position:absolute;z-index:10;left:0;top:0;width:max-content;max-width:min(26rem,calc(100vw - 1rem));background:#fff;color:var(--ink);border:1px solid #333;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:.5rem .75rem;font-size:.875rem;line-height:1.45}
.rx-tip[hidden]{display:none}
.rx-tip p{margin:0 0 .3rem}
.rx-tip dl{margin:0}
.rx-tip dl div{display:flex;gap:.5rem}
.rx-tip dt{font-weight:600;flex:0 0 5rem}
.rx-tip dd{margin:0;min-width:0}
.rx-hedged{font-style:italic}
.rx-worth{color:var(--muted)}
`
