// Resolved dates on a time axis (SVG): a dot per date mention, a bar per
// range; dots at the same place stack up. Choosing one calls
// onSelect(mentionIndex).
import { s, onActivate } from "./relief-dom.js";

const TIMELINE_WIDTH = 640;
const LANE = 16;
const LABELLED_POINTS = 24;
const LABEL_CHAR = 6.4;  // width of a digit at the labels' 11px
const AXIS = 24;

// Ticks: years (every 1, 2, 5, 10… so at most 12), or months within a year.
function ticks(lo, hi, months) {
  if (hi - lo <= 1) {
    return months.map((label, m) => ({ at: lo + m / 12, label: m ? label : `${label} ${lo}` }));
  }
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((k) => (hi - lo) / k <= 12) ?? 1000;
  const out = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) out.push({ at: y, label: String(y) });
  return out;
}

// One point per distinct value, so a long article's hundred mentions of
// one day are one point (sized by its count), not a hundred.
function pointsByValue(dated) {
  const byValue = new Map();
  for (const d of dated) {
    const v = d.mention.value;
    const value = typeof v === "object" ? `${v.start} – ${v.end}` : v;
    let point = byValue.get(value);
    if (!point) byValue.set(value, point = { value, start: d.start, end: d.end, indices: [], texts: [] });
    point.indices.push(d.index);
    if (!point.texts.includes(d.mention.text)) point.texts.push(d.mention.text);
  }
  return [...byValue.values()].sort((a, b) => a.start - b.start || a.indices[0] - b.indices[0]);
}

// dated: [{index, mention, start, end}] (relief-format.js datedMentions).
// Choosing a point calls onSelect(indices of its mentions); t: the
// interface's words (relief-ui-text.js).
export function drawTimeline(svg, dated, { t, onSelect }) {
  if (!dated.length) {
    svg.setAttribute("viewBox", `0 0 ${TIMELINE_WIDTH} ${AXIS + LANE}`);
    svg.replaceChildren(s("text", { class: "relief-timeline-empty", x: 8, y: 20 }, t.noDate));
    return;
  }
  const lo = Math.floor(Math.min(...dated.map((d) => d.start)));
  const hi = Math.max(lo + 1, Math.floor(Math.max(...dated.map((d) => d.end))) + 1);
  const x = (t) => 16 + (t - lo) / (hi - lo) * (TIMELINE_WIDTH - 32);
  // Points are labelled with their value when there are few (otherwise
  // their titles and the entity panel say it). Lanes: a point and its
  // label go in the first lane where they touch nothing; a label too close
  // to the right edge goes left of its point.
  const values = pointsByValue(dated);
  const labelled = values.length <= LABELLED_POINTS;
  const laneEnds = [];
  const items = values.map((d) => {
    const x0 = x(d.start), x1 = Math.max(x(d.end), x0);
    const count = d.indices.length;
    const label = count > 1 ? `${d.value} ×${count}` : d.value;
    const labelWidth = labelled ? 10 + LABEL_CHAR * label.length : 0;
    const labelLeft = x1 + labelWidth > TIMELINE_WIDTH - 4;
    const left = (labelLeft ? x0 - labelWidth : x0) - 7, right = (labelLeft ? x1 : x1 + labelWidth) + 7;
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = right;
    return { ...d, x0, x1, lane, label, labelLeft, count };
  });
  const height = AXIS + LANE * (laneEnds.length + 1);
  const axisY = height - AXIS;
  svg.setAttribute("viewBox", `0 0 ${TIMELINE_WIDTH} ${height}`);
  const tickMarks = ticks(lo, hi, t.months).map(({ at, label }) => s("g", { class: "relief-tick" },
    s("line", { x1: x(at), x2: x(at), y1: 4, y2: axisY + 4 }),
    // The last label ends at its tick, so it stays inside the frame.
    s("text", at + 1e-9 >= hi ? { x: x(at) - 3, y: axisY + 16, "text-anchor": "end" } : { x: x(at) + 3, y: axisY + 16 }, label)));
  const points = items.map((d) => {
    const y = axisY - LANE * (d.lane + 1) + 4;
    const r = Math.min(7, 4 + Math.sqrt(d.count));
    const shape = d.x1 - d.x0 > 2 * r
      ? s("rect", { x: d.x0.toFixed(1), y: y - r, width: (d.x1 - d.x0).toFixed(1), height: 2 * r, rx: r })
      : s("circle", { cx: d.x0.toFixed(1), cy: y, r });
    const text = labelled ? s("text", d.labelLeft
      ? { x: (d.x0 - r - 3).toFixed(1), y: y + 4, "text-anchor": "end" } : { x: (d.x1 + r + 3).toFixed(1), y: y + 4 }, d.label)
      : null;
    const mentions = t.mentions(d.count);
    const point = s("g", { class: "relief-tl-point", role: "button", tabindex: 0, "data-index": d.indices[0],
      "data-value": d.value, "data-count": d.count, "aria-label": `${d.value}: ${d.texts.join(", ")} (${mentions})` },
      s("title", {}, `${d.value} — ${d.texts.join(", ")} (${mentions})`), shape, text);
    return onActivate(point, () => onSelect(d.indices));
  });
  svg.replaceChildren(...tickMarks, s("line", { class: "relief-axis", x1: 8, x2: TIMELINE_WIDTH - 8, y1: axisY, y2: axisY }),
    ...points);
}
