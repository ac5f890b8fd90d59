// Resolved dates on a time axis (SVG): a dot per date mention, a bar per
// range; dots at the same place stack up. Choosing one calls
// onSelect(mentionIndex).
import { s, onActivate } from "./relief-dom.js";

const TIMELINE_WIDTH = 640;
const LANE = 16;
const LABELLED_POINTS = 24;
const LABEL_CHAR = 6.4;  // width of a digit at the labels' 11px
const AXIS = 24;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// Ticks: years (every 1, 2, 5, 10… so at most 12), or months within a year.
function ticks(lo, hi) {
  if (hi - lo <= 1) {
    return MONTHS.map((label, m) => ({ at: lo + m / 12, label: m ? label : `${label} ${lo}` }));
  }
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((k) => (hi - lo) / k <= 12) ?? 1000;
  const out = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) out.push({ at: y, label: String(y) });
  return out;
}

// dated: [{index, mention, start, end}] (relief-format.js datedMentions).
export function drawTimeline(svg, dated, { onSelect }) {
  if (!dated.length) {
    svg.setAttribute("viewBox", `0 0 ${TIMELINE_WIDTH} ${AXIS + LANE}`);
    svg.replaceChildren(s("text", { class: "relief-timeline-empty", x: 8, y: 20 }, "No resolved date"));
    return;
  }
  const lo = Math.floor(Math.min(...dated.map((d) => d.start)));
  const hi = Math.max(lo + 1, Math.floor(Math.max(...dated.map((d) => d.end))) + 1);
  const x = (t) => 16 + (t - lo) / (hi - lo) * (TIMELINE_WIDTH - 32);
  // Each point is labelled with its value when there are few (a long
  // article's dates stay readable through their titles and the panel).
  // Lanes: a point and its label go in the first lane where they touch
  // nothing; a label too close to the right edge goes left of its point.
  const labelled = dated.length <= LABELLED_POINTS;
  const laneEnds = [];
  const items = [...dated].sort((a, b) => a.start - b.start || a.index - b.index).map((d) => {
    const x0 = x(d.start), x1 = Math.max(x(d.end), x0);
    const value = typeof d.mention.value === "object" ? `${d.mention.value.start} – ${d.mention.value.end}` : d.mention.value;
    const labelWidth = labelled ? 8 + LABEL_CHAR * value.length : 0;
    const labelLeft = x1 + labelWidth > TIMELINE_WIDTH - 4;
    const left = (labelLeft ? x0 - labelWidth : x0) - 6, right = (labelLeft ? x1 : x1 + labelWidth) + 6;
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = right;
    return { ...d, x0, x1, lane, value, labelLeft };
  });
  const height = AXIS + LANE * (laneEnds.length + 1);
  const axisY = height - AXIS;
  svg.setAttribute("viewBox", `0 0 ${TIMELINE_WIDTH} ${height}`);
  const tickMarks = ticks(lo, hi).map(({ at, label }) => s("g", { class: "relief-tick" },
    s("line", { x1: x(at), x2: x(at), y1: 4, y2: axisY + 4 }),
    // The last label ends at its tick, so it stays inside the frame.
    s("text", at + 1e-9 >= hi ? { x: x(at) - 3, y: axisY + 16, "text-anchor": "end" } : { x: x(at) + 3, y: axisY + 16 }, label)));
  const points = items.map((d) => {
    const y = axisY - LANE * (d.lane + 1) + 4;
    const shape = d.x1 - d.x0 > 6
      ? s("rect", { x: d.x0.toFixed(1), y: y - 4, width: (d.x1 - d.x0).toFixed(1), height: 8, rx: 4 })
      : s("circle", { cx: d.x0.toFixed(1), cy: y, r: 5 });
    const label = labelled ? s("text", d.labelLeft
      ? { x: (d.x0 - 8).toFixed(1), y: y + 4, "text-anchor": "end" } : { x: (d.x1 + 8).toFixed(1), y: y + 4 }, d.value)
      : null;
    const point = s("g", { class: "relief-tl-point", role: "button", tabindex: 0, "data-index": d.index,
      "data-value": d.value, "aria-label": `${d.mention.text}: ${d.value}` },
      s("title", {}, `${d.mention.text} — ${d.value}`), shape, label);
    return onActivate(point, () => onSelect(d.index));
  });
  svg.replaceChildren(...tickMarks, s("line", { class: "relief-axis", x1: 8, x2: TIMELINE_WIDTH - 8, y1: axisY, y2: axisY }),
    ...points);
}
