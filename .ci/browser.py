"""What the browser checks share: how Chromium is started, and how contrast is measured.

Imported by page_check.py, site_check.py and rtl-docs.py, which .ci/page-check, .ci/site-check
and .ci/rtl-docs run with the Python that .ci/browser-env prepares.
"""

# Debian's Chromium, headless, with nothing that reaches the network on its own.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """Debian's Chromium, driven by Playwright (whose own browser download is not needed)."""
    return playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)


# The contrast of every visible element that has text of its own, against the background it is
# drawn on (translucent layers composited): WCAG 2 relative luminance, 4.5:1, or 3:1 for large
# text; and the stylesheet's colour for visited links, when it names one in `--visited`.
# Returns {problems: [...], checked: n}.
CONTRAST_JS = r"""
() => {
  const parse = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let color = [255, 255, 255, 1];
    for (const layer of layers.reverse()) color = over(layer, color);
    return color;
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const problems = [];
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility !== 'visible' || style.display === 'none' || rect.width === 0
        || rect.height === 0 || rect.bottom + window.scrollY < 0) continue;
    const bg = background(el);
    const fg = over(parse(style.color), bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const r = ratio(fg, bg);
    checked++;
    if (r < need) {
      problems.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}": `
        + `${r.toFixed(2)} < ${need} (${style.color} on rgb(${bg.slice(0, 3).join(', ')}))`);
    }
  }
  // Visited links keep their own colour, which the page cannot read back: check the colour
  // the stylesheet gives them against the page's background.
  const root = getComputedStyle(document.documentElement);
  const visited = root.getPropertyValue('--visited').trim();
  if (visited) {
    const probe = document.createElement('span');
    probe.style.color = visited;
    document.body.appendChild(probe);
    const color = parse(getComputedStyle(probe).color);
    probe.remove();
    const r = ratio(color, background(document.body));
    if (r < 4.5) problems.push(`visited links: ${r.toFixed(2)} < 4.5`);
  }
  return { problems, checked };
}
"""
