// Scores the date recognizer on the shared phrase suites and on WiNER-fr
// absolute-date recall, through the native CLI (build/native/relief
// annotate --jsonl), and prints a Markdown table (README "Dates").
//
//   node eval/dates.mjs [--write-readme] [--fails SUITE] [--limit N]
//
// --write-readme replaces the tables between the "dates-eval" markers of
// README.md with this run's; --fails SUITE (e.g. chrono-fr, RT-en-model,
// winer-Date) prints that suite's failing cases on standard error.
//
// Suites (../shared/suites, README.txt there):
//   chrono/{fr,en}-datetime.jsonl: every case;
//   recognizers-text/{fr,en}-datetime-*.jsonl: cases with ref_impl_tested
//     (the ones the C# reference really runs), one row per file.
// A case passes "span" when every expected date overlaps one of Relief's
// date mentions and a negative case (expected == []) gets none; "exact"
// when the spans are also equal; "value" when, in addition, each matched
// mention's value equals the expected one through the normaliser below
// (cases without a checkable value, e.g. RT extractor files or French RT
// cases without a reference date, count only for span).
//
// Normaliser, from each source's value to SPEC's TIMEX3-style strings:
//   chrono: value.start/end hold only the asserted components (year, month,
//     day, hour, minute; 1-based month). Relief's value (or range start /
//     end) is parsed into the same components; every asserted one among
//     year..minute that Relief's value gives must be equal (second,
//     millisecond, meridiem, weekday and time zone are not compared: SPEC
//     values stop at the minute). A year before Christ is TIMEX3's
//     "BC0234" in SPEC and the negative year -234 in chrono. Components finer than Relief's grain
//     are not compared ("next month" = 2016-11 against chrono's 2016-11-01),
//     except an hour asked of a bare date, which fails. A week value
//     ("2016-W40", or its weekend "2016-W40-WE") passes when chrono's day
//     lies in it (or when chrono asserts nothing); a quarter or half
//     ("2021-Q2" for "next quarter") when chrono's day lies in it (chrono
//     shifts the reference by three months); a part of day
//     ("…TEV") when chrono's hour lies in it (MO 4–11, AF 12–17, EV 17–23,
//     NI 20–5); a duration ("P2W", SPEC's value for "the next 2 weeks",
//     as for the seed's "les dernières 24 heures" → PT24H; compound ones
//     too, "PT5M30S") when the reference plus or minus it is chrono's
//     start (start_date to the minute, else the asserted components):
//     chrono gives the far end of the span, SPEC its length, which carries
//     no direction to compare. A range that starts at the reference
//     ("within 3 days" → [ref, ref + 3 days]) passes when its end is
//     chrono's single point (chrono gives the deadline alone). An asserted
//     hour (and minute) that chrono implied is not asked of a bare date:
//     chrono flags it uncertain (certain_start.hour false) or it is the
//     reference's clock, which chrono carries onto shifts of days or more
//     ("next day", "within 3 days" at the reference's 14:52).
//   Chrono cases run with a setting Relief does not have (options such as
//   forwardDate, day-first or custom parsers, strict mode's refusals) are
//   not scored: see chronoDefaultReading.
//   Recognizers-Text: candidates are each resolution's timex, value, start
//     and end ("2016-11-07 16:12:00" → "2016-11-07T16:12", seconds
//     dropped: SPEC values stop at the minute, so "7:56:30 pm" is
//     T19:56 in SPEC and T19:56:30 in RT; an hour-grain timex gets its
//     ":00": SPEC's times always carry minutes, "every Monday at 4pm" is
//     XXXX-WXX-1T16:00 in SPEC and XXXX-WXX-1T16 in RT) and, for parser
//     cases, Timex and Future/Past resolutions. A
//     single Relief value passes if it equals a candidate; a Relief range
//     passes if its start and end equal a resolution's start and end (RT
//     ends are exclusive: end minus one grain unit is accepted) or the
//     timex is a tuple "(start,end,duration)" whose duration SPEC writes
//     as Relief's duration ("les dernières 24 heures" → PT24H). Ranges of
//     years or months compare as day periods (RT: "from 2014 to 2018" =
//     [2014-01-01, 2018-01-01); Relief: 2014/2018), decades and centuries
//     likewise ("199X" = [1990-01-01, 2000-01-01)), and quarters and
//     halves ("2016-Q3" = [2016-07-01, 2016-10-01)), and a single month
//     or year ("2017-02" = [2017-02-01, 2017-03-01)). A timex
//     that is a time alone ("T20") is compared with the time of Relief's
//     value, which puts it on the reference day (a range of such times,
//     "(T16,T17,PT1H)", likewise); a part of day ("…TMO")
//     passes when RT's timex has the same part and its start is that day,
//     or when RT's timex is that part alone ("TMO": RT leaves "dans la
//     matinée" undated, SPEC resolves it on the reference day); a season
//     likewise ("l'été": RT "SU", SPEC 2016-SU). Notation only, also:
//     RT's "2016-11-07 00:00:00" is SPEC's "2016-11-07T00:00" when Relief's
//     value keeps its clock; a duration compares by its length ("PT0.5H" =
//     "PT30M"); RT's recurring part of day "TMO" is SPEC's "XXXX-XX-XXTMO";
//     and RT's modifiers ("after Feb", "since late July", "mid-November",
//     "Thursday before 5pm"), which SPEC cannot write (no open-ended range,
//     no modifier: edge words keep the period's value), compare Relief's
//     anchor with RT's bound (modifiedAnchorOk below). A span of the day
//     that RT leaves undated ("lunchtime": start "11:00:00") compares with
//     the times of Relief's range, as a time alone does.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readJsonl, annotateWithCli, score, metrics } from "./score.mjs";

const SHARED = process.env.RELIEF_SHARED_DIR ?? "/work/shared";
const CLI = fileURLToPath(new URL("../build/native/relief", import.meta.url));
const DATE_TYPES = new Set(["date", "time", "datetime", "daterange", "timerange", "datetimerange",
  "duration", "set", "datetimealt"]);

function runCli(cases) {
  const input = cases.map((c) => JSON.stringify({ id: c.id, text: c.text, lang: c.lang,
    // The source's reference to the minute, its wall clock ("2016-11-07T16:12"):
    // shifts in hours and minutes ("in 5 minutes") resolve from it.
    reference_date: c.ref ? c.ref.slice(0, 16) : undefined })).join("\n") + "\n";
  const r = spawnSync(CLI, ["annotate", "--jsonl"], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error("relief failed: " + r.stderr);
  return new Map(r.stdout.toString().trim().split("\n").map((l) => JSON.parse(l)).map((d) => [d.id, d]));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// "2016-11-07T16:12" → {year, month, day, hour, minute} of what is given.
function components(value) {
  const m = /^(BC)?(\d{4}|XXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?(?:T(\d\d)(?::(\d\d))?)?$/.exec(value ?? "");
  if (!m) return null;
  const n = (s) => (s === undefined || s.startsWith("X") ? undefined : Number(s));
  const year = n(m[2]);
  return { year: m[1] && year !== undefined ? -year : year, month: n(m[3]), day: n(m[4]),
    hour: n(m[5]), minute: n(m[6]) };
}

const PARTS_OF_DAY = { MO: [4, 11], AF: [12, 17], EV: [17, 23], NI: [20, 29] };

function isoWeekOf(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86400000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return [thursday.getUTCFullYear(), Math.floor((thursday.getTime() - jan1) / 86400000 / 7) + 1];
}

// ref + a SPEC duration ("PT24H", "P3D", "PT5M30S"), as "YYYY-MM-DDTHH:MM"
// (seconds fall in their minute, as chrono's start_date is cut to it).
function addDuration(ref, duration, sign = 1) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m || duration === "P" || duration.endsWith("T") || !ref) return null;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => sign * Number(x ?? 0));
  const t = new Date(ref.slice(0, 16) + ":00Z");
  t.setUTCFullYear(t.getUTCFullYear() + y);
  t.setUTCMonth(t.getUTCMonth() + mo);
  t.setUTCDate(t.getUTCDate() + 7 * w + d);
  t.setUTCSeconds(t.getUTCSeconds() + 3600 * h + 60 * mi + s);
  return t.toISOString().slice(0, 16);
}

// The components of "YYYY-MM-DDTHH:MM" that chrono asserts agree with it.
function pointMatches(asserted, startDate, at) {
  if (at === null) return false;
  if (startDate != null) return at === startDate.slice(0, 16);
  const got = components(at);
  const keys = ["year", "month", "day", "hour", "minute"].filter((k) => asserted[k] !== undefined);
  return keys.length > 0 && keys.every((k) => got[k] === asserted[k]);
}

// Is chrono's asserted time of day one it implied rather than read? It
// flags it uncertain (certain_start.hour false), or it carried the
// reference's clock onto a shift of days or more ("next day" at 12:00,
// "within 3 days" at 14:52).
function impliedClock(asserted, certain, ref) {
  if (certain?.hour === false) return true;
  const r = components(ref?.slice(0, 16));
  return r !== null && asserted.hour === r.hour && (asserted.minute === undefined || asserted.minute === r.minute);
}

// Does one SPEC value (not a range) agree with chrono's asserted components?
function chronoPointOk(asserted, value, startDate, ref, certain) {
  if (typeof value !== "string") return false;
  if (value.startsWith("P")) {  // a duration: chrono gives its far end, ref ± it
    return pointMatches(asserted, startDate, addDuration(ref, value)) ||
      pointMatches(asserted, startDate, addDuration(ref, value, -1));
  }
  let m;
  if ((m = /^(\d{4})-W(\d\d)(?:-WE)?$/.exec(value))) {  // a week (or its weekend): the asserted day lies in it
    // Nothing asserted ("this weekend" → {}) checks nothing, as for dates.
    if (["year", "month", "day", "hour", "minute"].every((k) => asserted[k] === undefined)) return true;
    if (asserted.year === undefined || asserted.month === undefined || asserted.day === undefined) return false;
    const [wy, w] = isoWeekOf(asserted.year, asserted.month, asserted.day);
    return wy === Number(m[1]) && w === Number(m[2]);
  }
  if (/^\d{4}-[QH]\d$/.test(value)) {  // a quarter or half: the asserted day lies in it
    if (asserted.year === undefined || asserted.month === undefined || asserted.day === undefined) return false;
    const [first, after] = periodDays(value);
    const day = new Date(Date.UTC(asserted.year, asserted.month - 1, asserted.day)).toISOString().slice(0, 10);
    return first <= day && day < after;
  }
  let part = null;
  if ((m = /^(.*)T(MO|AF|EV|NI)$/.exec(value))) { value = m[1]; part = PARTS_OF_DAY[m[2]]; }
  const got = components(value);
  if (!got) return false;
  const given = ["year", "month", "day", "hour", "minute"].filter((k) => got[k] !== undefined ||
    (k === "minute" && got.hour !== undefined));
  // Relief's value stops at its grain: finer asserted components are not
  // compared, except a time of day asked of a bare date.
  for (const k of ["year", "month", "day", "hour", "minute"]) {
    if (asserted[k] === undefined) continue;
    if (k === "hour" && part) {
      const h = asserted.hour < part[0] ? asserted.hour + 24 : asserted.hour;
      if (h < part[0] || h > part[1]) return false;
      continue;
    }
    if (k === "minute" && part) continue;
    if (!given.includes(k)) {
      if ((k === "hour" || k === "minute") && got.day !== undefined && !impliedClock(asserted, certain, ref)) return false;
      continue;
    }
    const g = got[k] ?? 0;
    if (g !== asserted[k]) return false;
  }
  return given.length > 0 || part !== null;
}

function chronoValueOk(expected, mention, c) {
  const v = expected.value;
  if (!v || !v.start) return null;
  const mv = mention.value;
  if (mv && typeof mv === "object") {
    // A range from the reference ("within 3 days" → [ref, ref + 3 days]):
    // chrono may give its far end alone.
    if (!v.end && c.ref && [c.ref.slice(0, 10), c.ref.slice(0, 16)].includes(mv.start) &&
        chronoPointOk(v.start, mv.end, v.start_date, c.ref, v.certain_start)) return true;
    return chronoPointOk(v.start, mv.start, v.start_date, c.ref, v.certain_start) &&
      (!v.end || chronoPointOk(v.end, mv.end, v.end_date, c.ref, v.certain_end));
  }
  return !v.end && chronoPointOk(v.start, mv, v.start_date, c.ref, v.certain_start);
}

function normRt(s) {
  if (typeof s !== "string") return null;
  // An hour-grain timex ("XXXX-WXX-1T16") is "T16:00" in SPEC, whose times
  // always carry their minutes.
  return s.replace(" ", "T").replace(/T(\d\d:\d\d):\d\d$/, "T$1").replace(/T00:00$/, "")
    .replace(/T(\d\d)$/, "T$1:00");
}

// normRt without dropping a midnight time: RT's "2016-11-07 00:00:00" is
// SPEC's "2016-11-07T00:00" when Relief's value carries its time ("within 5
// minutes" said at midnight).
function normRtClock(s) {
  return typeof s === "string" ? s.replace(" ", "T").replace(/T(\d\d:\d\d):\d\d$/, "T$1") : null;
}

// A duration as [months, seconds] ("PT0.5H" and "PT30M" are one value in
// two notations), or null.
function durationParts(value) {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(value ?? "");
  if (!m || value === "P" || value.endsWith("T")) return null;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return [12 * y + mo, ((7 * w + d) * 24 + h) * 3600 + 60 * mi + s];
}

// RT's open-ended and edge modifiers ("after Feb": Mod "after", start
// 2018-03-01; "mid-November": Mod "mid", [2018-11-10, 2018-11-21)). SPEC has
// no open-ended range and no modifier (date_language.h: edge words keep the
// period's value), so Relief's value is the anchor period; it passes when
// RT's bound is where that anchor puts it: "after"/"until" at the period's
// end, "since"/"before" at its start, a compound ("since-end", "after-mid")
// or an edge ("start", "mid", "end") inside it; an anchor with a time of
// day ("Thursday before 5pm") is RT's bound itself.
function modifiedAnchorOk(mod, r, mv) {
  if (!mod || typeof mv !== "string") return false;
  const start = normRtClock(r.start ?? r.startDate ?? r.startDateTime), end = normRtClock(r.end ?? r.endDate ?? r.endDateTime);
  const [kind, edge] = mod.split("-");
  if (!["after", "before", "since", "until", "start", "mid", "end"].includes(kind) || edge === "approx") return false;
  if (mv.includes("T")) {
    return ["after", "since"].includes(kind) ? start === mv : ["before", "until"].includes(kind) && end === mv;
  }
  const pd = periodDays(mv);
  if (!pd || [start, end].some((d) => d != null && /T(?!00:00)/.test(d))) return false;  // "Feb 1st no later than 6:00" needs the time
  const tuple = /^\(([^,]*),([^,]*),/.exec(r.timex ?? r.Timex ?? "");
  if (tuple && (tuple[1] !== pd[0] || tuple[2] !== pd[1])) return false;  // the anchor is that range ("next year's first quarter")
  const inside = (d) => d != null && d.slice(0, 10) >= pd[0] && d.slice(0, 10) <= pd[1];
  if (["start", "mid", "end"].includes(kind)) return inside(start) && inside(end);
  const bound = ["after", "since"].includes(kind) ? start : end;
  if (bound == null || start != null && end != null) return false;
  if (edge) return inside(bound);
  return bound.slice(0, 10) === ({ after: pd[1], since: pd[0], before: pd[0], until: pd[1] })[kind];
}

function previousUnit(s) {  // RT exclusive end → inclusive: one day (or month, year) back
  let m;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] - 1));
    return [d.toISOString().slice(0, 10), d.toISOString().slice(0, 7), d.toISOString().slice(0, 4)];
  }
  return [s];
}

// A SPEC value as the days it covers: [first day, day after] ("2014" →
// 2014-01-01, 2015-01-01; "199X" → 1990-01-01, 2000-01-01; "20" → the
// 21st century; "2016-Q3" → 2016-07-01, 2016-10-01), or null for values
// that are not calendar periods.
function periodDays(value) {
  const day = (y, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  let m;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value))) return [value, day(+m[1], +m[2], +m[3] + 1)];
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return [day(+m[1], +m[2]), day(+m[1], +m[2] + 1)];
  if ((m = /^(\d{4})$/.exec(value))) return [day(+m[1]), day(+m[1] + 1)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return [day(+m[1], 3 * m[2] - 2), day(+m[1], 3 * m[2] + 1)];
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return [day(+m[1], 6 * m[2] - 5), day(+m[1], 6 * m[2] + 1)];
  if ((m = /^(\d{3})X$/.exec(value))) return [day(+m[1] * 10), day(+m[1] * 10 + 10)];
  if ((m = /^(\d\d)$/.exec(value))) return [day(+m[1] * 100), day(+m[1] * 100 + 100)];
  return null;
}

// Chrono cases run with a setting Relief does not have are not scored:
// options (forwardDate moves every date after the reference; timezones
// adds abbreviations), day-first parsers (en.GB, chronoLittleEndian),
// parsers a test assembles itself ("custom"), and strict mode's refusals
// (chrono.strict finds nothing in "Tuesday" or "5 h ago", which the
// default casual parser, like Relief, reads; strict cases that expect a
// result are kept: the casual parser finds those too).
function chronoDefaultReading(c) {
  if (c.options && Object.keys(c.options).length > 0) return false;
  if (["chrono.en.GB", "chronoLittleEndian", "custom"].includes(c.parser)) return false;
  return !(c.parser === "chrono.strict" && c.expected.length === 0);
}

function rtValueOk(expected, mention) {
  const timeOf = (value) => (typeof value === "string" && value.includes("T") ? value.slice(value.indexOf("T")) : null);
  const v = expected.value;
  if (!v) return null;
  const resolutions = v.values ?? [{ timex: v.Timex, Mod: v.Mod, ...(v.FutureResolution ?? {}) },
    { timex: v.Timex, Mod: v.Mod, ...(v.PastResolution ?? {}) }];
  const mv = mention.value;
  for (const r of resolutions) {
    const cands = new Set();
    for (const k of ["timex", "value", "date", "time", "datetime", "dateTime", "Timex"]) {
      if (r[k]) { cands.add(normRt(r[k])); cands.add(normRtClock(r[k])); }
    }
    const timex = r.timex ?? r.Timex ?? "";
    const tuple = /^\(([^,]*),([^,]*),([^)]*)\)$/.exec(timex);
    if (typeof mv === "string") {
      if (cands.has(mv)) return true;
      if (modifiedAnchorOk(r.Mod, r, mv)) return true;
      // A recurring part of day: RT's "TMO" ("every morning") is SPEC's
      // every day's morning, "XXXX-XX-XXTMO".
      if (/^T(MO|AF|EV|NI)$/.test(timex) && mv === "XXXX-XX-XX" + timex) return true;
      const dm = durationParts(mv), dt = durationParts(timex);
      if (dm && dt && dm[0] === dt[0] && dm[1] === dt[1]) return true;
      // A time alone ("T20", "T07:10"): Relief puts it on the reference day.
      const t = /^T(\d\d)(?::(\d\d))?(?::\d\d)?$/.exec(timex);
      if (t && timeOf(mv) === `T${t[1]}:${t[2] ?? "00"}`) return true;
      // A part of day ("mardi matin" → 2016-11-08TMO): RT's timex ends with
      // the same part and its start lies on the same day.
      const part = /^(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)$/.exec(mv);
      const rtStart = normRt(r.start ?? r.startDateTime ?? r.value ?? "") ?? "";
      // A part of day alone ("dans la soirée" → TEV) is undated in RT; SPEC
      // puts it on the reference day, as for a time alone.
      if (part && timex.endsWith("T" + part[2]) &&
          (rtStart.startsWith(part[1]) || timex === "T" + part[2])) return true;
      // A season alone ("l'été" → 2016-SU) is undated in RT ("SU"), as above.
      const season = /^\d{4}-(SP|SU|FA|WI)$/.exec(mv);
      if (season && timex === season[1]) return true;
      if (tuple && tuple[3] === mv) return true;
      // A month, year, decade, century or quarter against RT's day range.
      const pd = /X$|^\d\d$|-[QH]\d$|^\d{4}(?:-\d\d)?$/.test(mv) ? periodDays(mv) : null;
      // (parser cases name the bounds startDate and endDate, as below)
      if (pd && normRt(r.start ?? r.startDate ?? "") === pd[0] &&
          normRt(r.end ?? r.endDate ?? "") === pd[1]) return true;
    } else if (mv && typeof mv === "object") {
      const starts = [normRt(r.start ?? r.startDate ?? r.startDateTime), tuple && normRt(tuple[1]),
        normRtClock(r.start ?? r.startDate ?? r.startDateTime)];
      const ends = [normRt(r.end ?? r.endDate ?? r.endDateTime), tuple && normRt(tuple[2]),
        normRtClock(r.end ?? r.endDate ?? r.endDateTime)].filter(Boolean);
      const endOk = ends.some((e) => e === mv.end || previousUnit(e).includes(mv.end));
      if (starts.includes(mv.start) && endOk) return true;
      // A range of times alone ("(T16,T17,PT1H)"), compared with the times
      // of Relief's range, which puts them on the reference day (seconds
      // dropped, as above).
      const clock = (x) => { const t = /^T(\d\d)(?::(\d\d))?(?::\d\d)?$/.exec(x ?? ""); return t && `T${t[1]}:${t[2] ?? "00"}`; };
      if (tuple && clock(tuple[1]) && clock(tuple[2]) &&
          timeOf(mv.start) === clock(tuple[1]) && timeOf(mv.end) === clock(tuple[2])) return true;
      // Likewise a span of the day that RT leaves undated ("lunchtime":
      // TMEL, start "11:00:00", end "13:00:00").
      const bare = (x) => (/^\d\d:\d\d(:\d\d)?$/.test(x ?? "") ? clock("T" + x) : null);
      const [bs, be] = [bare(r.start ?? r.startTime), bare(r.end ?? r.endTime)];
      if (bs && be && timeOf(mv.start) === bs && timeOf(mv.end) === be) return true;
      // ... and its open-ended modifiers, as for periods (modifiedAnchorOk):
      // "after dinner" starts where dinner ends, "before lunch" ends where
      // lunch starts.
      if (r.Mod === "after" && bs && !be && timeOf(mv.end) === bs) return true;
      if (r.Mod === "before" && be && !bs && timeOf(mv.start) === be) return true;
      // Periods: RT counts days, "from 2014 to 2018" = [2014-01-01, 2018-01-01)
      // and Relief's range end is the period "2018" (its first day, or the
      // day after it for an inclusive reading).
      const ps = periodDays(mv.start), pe = periodDays(mv.end);
      if (ps && pe && starts.includes(ps[0]) && ends.some((e) => pe.includes(e))) return true;
    }
  }
  return false;
}

function scoreSuite(cases, valueOk) {
  const docs = runCli(cases);
  const res = { cases: cases.length, span: 0, exact: 0, valued: 0, value: 0, fails: [] };
  for (const c of cases) {
    const dates = (docs.get(c.id)?.mentions ?? []).filter((m) => m.category === "date");
    const expected = c.expected.filter((e) => DATE_TYPES.has(e.type) && e.start !== null);
    let span = true, exact = true, value = true, checkable = c.ref !== null || c.expected.length === 0;
    if (c.expected.length === 0) {
      span = exact = value = dates.length === 0;
    } else if (expected.length === 0) {
      continue;  // no usable span (chrono "span_null"): not scored
    } else {
      for (const e of expected) {
        const m = dates.find((d) => overlaps(d, e));
        if (!m) { span = exact = value = false; break; }
        if (m.start !== e.start || m.end !== e.end) exact = false;
        const ok = c.value_checked === false ? null : valueOk(e, m, c);
        if (ok === null) checkable = false; else if (!ok) value = false;
      }
    }
    res.span += span; res.exact += exact;
    if (checkable) { res.valued += 1; res.value += span && value; }
    if (!(span && (value || !checkable))) {
      res.fails.push({ id: c.id, text: c.text, expected: expected.map((e) => [e.text, e.value]),
        got: dates.map((d) => [d.text, d.value]) });
    }
  }
  return res;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + " %" : "–");

function main() {
  const args = process.argv.slice(2);
  const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const limit = Number(option("--limit") ?? Infinity);
  const suites = [];
  for (const lang of ["fr", "en"]) {
    suites.push({ name: `chrono ${lang}`, path: `${SHARED}/suites/chrono/${lang}-datetime.jsonl`,
      filter: chronoDefaultReading, valueOk: chronoValueOk });
  }
  for (const lang of ["fr", "en"]) {
    for (const kind of ["model", "parser", "extractor"]) {
      suites.push({ name: `RT ${lang} ${kind}`, path: `${SHARED}/suites/recognizers-text/${lang}-datetime-${kind}.jsonl`,
        filter: (c) => c.ref_impl_tested === true, valueOk: rtValueOk, lang, rt: true });
    }
  }
  const lines = ["| suite | cases | span pass | exact span | value cases | span+value pass |",
    "|---|---:|---:|---:|---:|---:|"];
  const rtTotal = { fr: { n: 0, pass: 0 }, en: { n: 0, pass: 0 } };
  for (const s of suites) {
    if (!existsSync(s.path)) continue;
    const cases = readJsonl(s.path).filter(s.filter).slice(0, limit);
    const r = scoreSuite(cases, s.valueOk);
    const scoredCases = cases.filter((c) => c.expected.length === 0 ||
      c.expected.some((e) => DATE_TYPES.has(e.type) && e.start !== null)).length;
    lines.push(`| ${s.name} | ${scoredCases} | ${pct(r.span, scoredCases)} | ${pct(r.exact, scoredCases)} | ` +
      `${r.valued} | ${pct(scoredCases - r.fails.length, scoredCases)} |`);
    if (s.rt) { rtTotal[s.lang].n += scoredCases; rtTotal[s.lang].pass += scoredCases - r.fails.length; }
    if (option("--fails") && s.name.replace(/ /g, "-") === option("--fails")) {
      for (const f of r.fails) console.error(JSON.stringify(f));
    }
  }
  for (const lang of ["fr", "en"]) {
    lines.push(`| RT ${lang} all (ref_impl_tested) | ${rtTotal[lang].n} | | | | ${pct(rtTotal[lang].pass, rtTotal[lang].n)} |`);
  }
  // WiNER-fr: recall of the gold dates (label Date: absolute calendar dates;
  // Hour separately), with node eval/score.mjs matching.
  const winerPath = `${SHARED}/corpora/winer-2016-2017.fr.jsonl`;
  if (existsSync(winerPath)) {
    const gold = readJsonl(winerPath, limit);
    const predictions = annotateWithCli(gold);
    lines.push("", "| WiNER-fr 2016–2017 | gold | exact recall | overlap recall |", "|---|---:|---:|---:|");
    for (const label of ["Date", "Hour"]) {
      const only = gold.map((d) => ({ ...d, scored: [], recall_only: ["date"],
        mentions: d.mentions.filter((m) => m.category === "date" && m.label === label) }));
      const r = score(only, predictions);
      const e = metrics(r.counts.date.exact), o = metrics(r.counts.date.overlap);
      lines.push(`| ${label === "Date" ? "absolute dates (Date)" : "times (Hour)"} | ${e.gold} | ` +
        `${e.recall.toFixed(3)} | ${o.recall.toFixed(3)} |`);
      if (option("--fails") === `winer-${label}`) {
        for (const d of only) {
          const p = predictions.get(d.id)?.mentions.filter((m) => m.category === "date") ?? [];
          for (const m of d.mentions) {
            if (!p.some((x) => overlaps(x, m))) console.error(JSON.stringify(d.text.slice(Math.max(0, m.start - 40), m.end + 40)), "→", m.text);
          }
        }
      }
    }
  }
  const table = lines.join("\n");
  console.log(table);
  if (args.includes("--write-readme")) {
    const readme = fileURLToPath(new URL("../README.md", import.meta.url));
    const begin = "<!-- dates-eval:begin -->", end = "<!-- dates-eval:end -->";
    const text = readFileSync(readme, "utf8");
    const a = text.indexOf(begin), b = text.indexOf(end);
    if (a < 0 || b < a) throw new Error("README.md has no dates-eval markers");
    writeFileSync(readme, text.slice(0, a + begin.length) + "\n" + table + "\n" + text.slice(b));
    console.error("README.md updated");
  }
}

main();
