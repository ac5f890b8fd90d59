// Turns a peer's span (JS string offsets, so UTF-16 code units like SPEC)
// into a SPEC mention. Peers often include surrounding spaces or trailing
// punctuation in their spans ("2016," from compromise, " 3 mars" from
// Recognizers-Text); trimming them is the one normalisation applied to all.
const TRIM_START = /^[\s"'«“(]+/u;
const TRIM_END = /[\s"'»”),.;:!?]+$/u;

export function mention(text, start, end, category, subtype) {
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  let s = text.slice(start, end);
  const lead = s.match(TRIM_START)?.[0].length ?? 0;
  s = s.slice(lead);
  const tail = s.match(TRIM_END)?.[0].length ?? 0;
  s = s.slice(0, s.length - tail);
  if (!s) return null;
  return { start: start + lead, end: start + lead + s.length, text: s, category, subtype };
}

// SPEC mentions are sorted and never overlap: keep the longer of two
// overlapping spans, as Relief's own SortAndResolveOverlaps does.
export function resolve(mentions) {
  const sorted = mentions.filter(Boolean)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept = [];
  for (const m of sorted) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function referenceDate(ref) {
  // "2016-03-27" → local noon that day, so no time zone moves the day.
  return ref ? new Date(`${ref.slice(0, 10)}T12:00:00`) : new Date();
}
