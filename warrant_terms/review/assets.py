"""The inline style sheet, script and colours of the review pages.

Everything a page needs is written into the page itself: the pages are opened from disk,
often on machines without network access, and the Content-Security-Policy forbids loading
anything anyway. No document text ever goes into the script: the script reads the page's
`data-*` attributes, so there is nothing to inject into.
"""

from __future__ import annotations

from warrant_terms.schema.models import FIELD_NAMES

# Forbids every network load; inline style and script (ours) are the only things allowed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

# (background, edge) per field: light fills keep black text readable, the darker edge
# under each highlight tells neighbouring colours apart.
_PALETTE: tuple[tuple[str, str], ...] = (
    ("#fde68a", "#d97706"),  # amber
    ("#bbf7d0", "#16a34a"),  # green
    ("#bfdbfe", "#2563eb"),  # blue
    ("#fbcfe8", "#db2777"),  # pink
    ("#fecaca", "#dc2626"),  # red
    ("#c7d2fe", "#4f46e5"),  # indigo
    ("#99f6e4", "#0d9488"),  # teal
    ("#fed7aa", "#ea580c"),  # orange
    ("#ddd6fe", "#7c3aed"),  # violet
    ("#d9f99d", "#65a30d"),  # lime
    ("#a5f3fc", "#0891b2"),  # cyan
    ("#f5d0fe", "#c026d3"),  # fuchsia
    ("#fef08a", "#a16207"),  # yellow
    ("#d6d3d1", "#57534e"),  # stone
    ("#fda4af", "#be123c"),  # rose
    ("#e9d5ff", "#9333ea"),  # purple
    ("#bae6fd", "#0284c7"),  # sky
    ("#fde047", "#ca8a04"),  # gold
    ("#86efac", "#15803d"),  # deep green
    ("#fca5a5", "#b91c1c"),  # deep red
    ("#a5b4fc", "#4338ca"),  # deep indigo
    ("#5eead4", "#0f766e"),  # deep teal
    ("#fdba74", "#c2410c"),  # deep orange
    ("#f0abfc", "#a21caf"),  # deep fuchsia
    ("#bef264", "#4d7c0f"),  # deep lime
    ("#e7e5e4", "#44403c"),  # warm grey
    ("#fecdd3", "#e11d48"),  # pale rose
)

# One colour per field while the palette lasts (27 fields, 27 colours); a test keeps them apart.
FIELD_COLOURS: dict[str, tuple[str, str]] = {
    name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(FIELD_NAMES)
}


def field_colour_css() -> str:
    """One rule per field: the fill and edge of its highlights and its legend swatch."""
    rules = []
    for name, (fill, edge) in FIELD_COLOURS.items():
        rules.append(
            f".c-{name}{{background-color:{fill};border-bottom:2px solid {edge}}}"
            f".s-{name}{{background-color:{fill};border:2px solid {edge}}}"
        )
    return "\n".join(rules)


def stripes(fields: list[str]) -> str:
    """An inline background of diagonal stripes, one per field, for overlapping evidence."""
    width = 6
    stops = []
    for i, name in enumerate(fields):
        fill = FIELD_COLOURS.get(name, ("#e5e7eb", "#6b7280"))[0]
        stops.append(f"{fill} {i * width}px {(i + 1) * width}px")
    return f"background-image:repeating-linear-gradient(135deg,{','.join(stops)})"


BASE_CSS = """
*{box-sizing:border-box}
html{scroll-padding-top:20vh}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",
 Arial,sans-serif;color:#1f2328;background:#f6f7f9}
header.top{padding:14px 24px 10px;background:#fff;border-bottom:1px solid #d0d7de}
header.top h1{margin:0 0 4px;font-size:18px;font-weight:600;word-break:break-all}
.meta{color:#57606a;font-size:12.5px}
.meta span+span::before{content:" \\00b7  "}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;
 font-weight:600;vertical-align:middle;margin-left:8px}
.badge.ok{background:#dafbe1;color:#116329}
.badge.not_warrant{background:#fff8c5;color:#7d4e00}
.badge.error{background:#ffebe9;color:#a40e26}
.banner{margin:12px 24px 0;padding:10px 14px;border-radius:6px;border:1px solid}
.banner.error{background:#ffebe9;border-color:#ff8182;color:#82071e}
.banner.not_warrant{background:#fff8c5;border-color:#d4a72c;color:#4d2d00}
.issues{margin:12px 24px 0;padding:8px 14px;background:#fff;border:1px solid #d0d7de;
 border-radius:6px;font-size:13px}
.issues h2{font-size:13px;margin:2px 0 4px}
.issues ul{margin:0 0 4px;padding-left:18px}
.issues .error-item{color:#a40e26}
.issues code,.fields code{font-size:11.5px;background:#eff1f3;padding:0 3px;border-radius:3px}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(440px,620px);gap:20px;
 padding:16px 24px 40px;align-items:start}
@media (max-width:1000px){main{grid-template-columns:1fr}aside.panel{position:static;
 max-height:none}}
.docwrap{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:18px 22px;
 min-width:0}
pre#doc{margin:0 auto;max-width:92ch;white-space:pre-wrap;overflow-wrap:anywhere;
 font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
pre#doc:empty::before{content:"(the document has no text)";color:#8c959f;font-style:italic}
.page-marker{display:block;margin:10px 0;text-align:center;color:#8c959f;font:600 11.5px
 system-ui,sans-serif;letter-spacing:.06em;border-top:1px dashed #d0d7de;line-height:0;
 user-select:none}
.page-marker::before{content:"\\2014  page " attr(data-page) "  \\2014";background:#fff;
 padding:0 8px}
mark.ev{color:inherit;border-radius:2px;cursor:pointer;padding:0}
mark.ev.multi{border-bottom:2px solid #1f2328}
mark.ev.flash,mark.ev .flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,40%{outline:3px solid #0969da;outline-offset:1px;
 box-shadow:0 0 0 6px rgba(9,105,218,.25)}100%{outline:3px solid transparent;
 box-shadow:0 0 0 6px transparent}}
aside.panel{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;
 scroll-padding-top:34px;
 background:#fff;border:1px solid #d0d7de;border-radius:6px}
aside.panel h2{font-size:14px;margin:0;padding:10px 12px 6px}
.found{padding:0 12px 8px;color:#57606a;font-size:12.5px}
.legend{display:flex;flex-wrap:wrap;gap:4px 10px;padding:0 12px 10px;font-size:11.5px;
 color:#57606a;border-bottom:1px solid #d0d7de}
.legend>span{white-space:nowrap}
.swatch{display:inline-block;width:11px;height:11px;border-radius:2px;vertical-align:-1px;
 margin-right:4px}
table.fields{border-collapse:collapse;width:100%;font-size:12.5px}
table.fields th,table.fields td{padding:5px 8px;border-bottom:1px solid #eaeef2;
 text-align:left;vertical-align:top}
table.fields thead th{position:sticky;top:0;background:#f6f8fa;z-index:1;font-size:11.5px;
 color:#57606a;font-weight:600}
nav.instruments{display:flex;flex-wrap:wrap;gap:4px 8px;padding:0 12px 8px;font-size:12px}
nav.instruments a{color:#0969da;text-decoration:none;padding:1px 8px;border-radius:10px;
 background:#eff1f3}
section.instrument{border-top:2px solid #d0d7de}
section.instrument h3.instrument-name{margin:0;padding:10px 12px 4px;font-size:13.5px}
section.instrument h3 .of{margin-left:8px;color:#57606a;font-weight:400;font-size:11.5px}
table.fields tr.field{cursor:pointer}
table.fields tr.field:hover,table.fields tr.field:focus{background:#f3f8ff;outline:none}
table.fields tr.field.active{background:#ddf4ff}
table.fields tr.nohl{cursor:default}
table.fields tr.null td.value{color:#8c959f;font-style:italic}
table.fields .name{font-weight:600;width:34%;overflow-wrap:anywhere}
table.fields .value{overflow-wrap:anywhere;width:40%}
table.fields .conf{white-space:nowrap;font-variant-numeric:tabular-nums}
.bar{display:block;height:3px;background:#eaeef2;border-radius:2px;margin-top:2px;width:44px}
.bar span{display:block;height:3px;background:#2da44e;border-radius:2px}
.bar.low span{background:#d4a72c}
table.fields code.rule{display:block;margin:2px 0 0 15px;font-weight:400;color:#57606a;
 font-size:11px;
 background:none;padding:0;white-space:normal;overflow-wrap:anywhere}
table.fields .notes{min-width:64px}
.note{display:block;color:#7d4e00;font-size:11.5px}
.note.bad{color:#a40e26}
a.evlink{display:inline-block;margin:2px 4px 0 0;padding:0 5px;border-radius:8px;
 background:#eff1f3;color:#0969da;font-size:11px;text-decoration:none}
details.quotes{margin-top:3px;font-size:11.5px;color:#57606a}
details.quotes summary{cursor:pointer}
details.quotes blockquote{margin:3px 0;padding:2px 6px;border-left:3px solid #d0d7de;
 white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;
 max-height:9em;overflow:auto}
table.index{border-collapse:collapse;margin:16px 24px;background:#fff;
 border:1px solid #d0d7de;font-size:13px}
table.index th,table.index td{padding:6px 10px;border-bottom:1px solid #eaeef2;text-align:left}
table.index thead th{background:#f6f8fa}
"""

# Rows point at their first evidence span through `data-target`; pieces list the spans
# they belong to in `data-ev`, so flashing a span lights every piece of it.
SCRIPT = """
(function () {
  "use strict";
  function pieces(spanId) {
    var all = document.querySelectorAll("mark.ev[data-ev]"), out = [];
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute("data-ev").split(" ").indexOf(spanId) >= 0) out.push(all[i]);
    }
    return out;
  }
  function flash(els) {
    els.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
    });
    window.setTimeout(function () {
      els.forEach(function (el) { el.classList.remove("flash"); });
    }, 1700);
  }
  function show(spanId) {
    var first = document.getElementById(spanId);
    if (!first) return false;
    // A span taller than most of the window is aligned by its start, or centring it
    // would scroll its first words out of sight.
    var tall = first.getBoundingClientRect().height > window.innerHeight * 0.6;
    first.scrollIntoView({block: tall ? "start" : "center", inline: "nearest"});
    flash(pieces(spanId));
    return true;
  }
  function activate(row) {
    var rows = document.querySelectorAll("tr.field.active");
    for (var i = 0; i < rows.length; i++) rows[i].classList.remove("active");
    row.classList.add("active");
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.evlink");
    if (link) {
      event.preventDefault();
      event.stopPropagation();
      show(link.getAttribute("data-target"));
      var owner = link.closest("tr.field");
      if (owner) activate(owner);
      return;
    }
    if (event.target.closest("blockquote")) return;
    var row = event.target.closest("tr.field[data-target]");
    if (row) {
      activate(row);
      show(row.getAttribute("data-target"));
      return;
    }
    var mark = event.target.closest("mark.ev");
    if (mark) {
      var key = mark.getAttribute("data-field").split(" ")[0];
      var target = document.querySelector('tr.field[data-field="' + key + '"]');
      if (target) {
        activate(target);
        target.scrollIntoView({block: "nearest"});
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var row = event.target.closest ? event.target.closest("tr.field[data-target]") : null;
    if (row && row === event.target) {
      event.preventDefault();
      activate(row);
      show(row.getAttribute("data-target"));
    }
  });
})();
"""
