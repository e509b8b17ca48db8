/**
 * The page's only script, inlined: it shows a claim's details beside it on hover and on keyboard focus (a copy of
 * the claim's hidden `role="tooltip"` element, which stays its accessible description), keeps the box open while
 * the pointer is on it, hides it on Escape or when focus leaves, and keeps it inside the viewport at any width.
 * It also lets a panel name (`.rx-hl`) mark its mentions in the text. It builds nodes by cloning the page's own
 * escaped markup and reads ids through `dataset`, never through a selector or `innerHTML`, so article text never
 * becomes code. Without script the page still shows every claim, mark and panel entry.
 *
 * @example
 * pageScript.includes('innerHTML') // → false
 */
export const pageScript = `
(function () {
  'use strict';
  var tip = document.getElementById('rx-tip');
  if (!tip) return;
  var current = null;
  var timer = 0;

  function claimOf(node) {
    return node && node.closest ? node.closest('.rx-claim') : null;
  }
  function fragments(id) {
    return Array.prototype.filter.call(document.querySelectorAll('.rx-claim'), function (el) {
      return el.dataset.claim === id;
    });
  }
  function place(claim) {
    var rects = claim.getClientRects();
    var anchor = rects.length ? rects[rects.length - 1] : claim.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    tip.style.left = '0px';
    tip.style.top = '0px';
    var box = tip.getBoundingClientRect();
    var left = Math.max(8, Math.min(anchor.left, width - box.width - 8));
    var top = anchor.bottom + 6;
    if (top + box.height > window.innerHeight && anchor.top - box.height - 6 > 0) top = anchor.top - box.height - 6;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = top + window.scrollY + 'px';
  }
  function show(claim) {
    window.clearTimeout(timer);
    var id = claim.dataset.claim;
    var details = document.getElementById('rx-tip-' + id);
    if (!details) return;
    if (current !== id) {
      hide();
      current = id;
      fragments(id).forEach(function (el) { el.classList.add('rx-active'); });
      tip.replaceChildren.apply(tip, Array.prototype.map.call(details.childNodes, function (node) { return node.cloneNode(true); }));
      tip.hidden = false;
    }
    place(fragments(id)[0] || claim);
  }
  function hide() {
    window.clearTimeout(timer);
    if (current !== null) fragments(current).forEach(function (el) { el.classList.remove('rx-active'); });
    current = null;
    tip.hidden = true;
  }
  function hideSoon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(hide, 250);
  }

  document.addEventListener('mouseover', function (event) {
    var claim = claimOf(event.target);
    if (claim) show(claim);
    else if (tip.contains(event.target)) window.clearTimeout(timer);
  });
  document.addEventListener('mouseout', function (event) {
    if (claimOf(event.target) || tip.contains(event.target)) hideSoon();
  });
  document.addEventListener('focusin', function (event) {
    var claim = claimOf(event.target);
    if (claim) show(claim);
    else hide();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
  window.addEventListener('resize', function () {
    if (current !== null) place(fragments(current)[0]);
  });

  function mentions(id) {
    return Array.prototype.filter.call(document.querySelectorAll('[data-ref]'), function (el) {
      return el.dataset.ref === id;
    });
  }
  function mark(button, on) {
    mentions(button.dataset.hl).forEach(function (el) { el.classList.toggle('rx-hit', on); });
  }
  function toggleOf(node) {
    return node && node.closest ? node.closest('.rx-hl') : null;
  }
  document.addEventListener('click', function (event) {
    var button = toggleOf(event.target);
    if (!button) return;
    var on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    var found = mentions(button.dataset.hl);
    found.forEach(function (el) { el.classList.toggle('rx-pin', on); });
    if (on && found[0]) found[0].scrollIntoView({block: 'center'});
  });
  ['mouseover', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var button = toggleOf(event.target);
      if (button) mark(button, true);
    });
  });
  ['mouseout', 'focusout'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var button = toggleOf(event.target);
      if (button) mark(button, false);
    });
  });
})();
`
