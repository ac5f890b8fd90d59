// The places of a document on an offline world map: Natural Earth 110m
// countries (the world-atlas package, copied to web/dist/vendor/ by
// tools/build-vendor.mjs) drawn as SVG paths with d3-geo. No tiles, no
// network beyond this origin (and nothing at all in the file:// build).
import { geoNaturalEarth1, geoPath } from "./dist/vendor/d3-geo.mjs";
import { feature, mesh } from "./dist/vendor/topojson-client.mjs";
import { s, onActivate } from "./relief-dom.js";

const MAP_WIDTH = 640;
const MAP_HEIGHT = 340;
let worldPromise = null;

// The world's countries and borders as GeoJSON, loaded once per page.
export function loadWorld() {
  worldPromise ??= (async () => {
    const embedded = globalThis.RELIEF_EMBEDDED?.worldAtlas;
    const topology = embedded ? JSON.parse(embedded)
      : await (await fetch(new URL("dist/vendor/countries-110m.json", import.meta.url))).json();
    const countries = topology.objects.countries;
    return { countries: feature(topology, countries), borders: mesh(topology, countries, (a, b) => a !== b) };
  })();
  worldPromise.catch(() => { worldPromise = null; });  // a later call may retry
  return worldPromise;
}

// The map frame: the places with a margin of at least 8 degrees (so one
// city shows its region), or the whole world when there is none.
function fitProjection(places) {
  const projection = geoNaturalEarth1();
  const extent = [[12, 12], [MAP_WIDTH - 12, MAP_HEIGHT - 12]];
  if (!places.length) return projection.fitExtent(extent, { type: "Sphere" });
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const margin = Math.max(8, 0.2 * Math.max(east - west, north - south));
  const corners = [[west - margin, south - margin], [east + margin, north + margin],
    [west - margin, north + margin], [east + margin, south - margin]]
    .map(([lon, lat]) => [Math.max(-180, Math.min(180, lon)), Math.max(-85, Math.min(85, lat))]);
  return projection.fitExtent(extent, { type: "MultiPoint", coordinates: corners });
}

// Draws `places` ([{group, lat, lon}]) into `svg`; choosing a marker calls
// onSelect(group). Markers are focusable buttons named after the place;
// t: the interface's words (relief-ui-text.js).
export function drawMap(svg, world, places, { t, onSelect }) {
  const projection = fitProjection(places);
  const path = geoPath(projection);
  svg.setAttribute("viewBox", `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
  const markers = places.map(({ group, lat, lon }) => {
    const [x, y] = projection([lon, lat]);
    const count = group.mentions.length;
    const marker = s("g", { class: "relief-marker", role: "button", tabindex: 0, "data-key": group.key,
      "data-name": group.name, "aria-label": `${group.name}: ${t.mentions(count)}` },
      s("title", {}, `${group.name} (${lat.toFixed(2)}, ${lon.toFixed(2)})`),
      s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(10, 4 + 1.5 * Math.sqrt(count)) }),
      s("text", { x: (x + 9).toFixed(1), y: (y + 4).toFixed(1) }, group.name));
    return onActivate(marker, () => onSelect(group));
  });
  svg.replaceChildren(
    s("path", { class: "relief-map-sphere", d: path({ type: "Sphere" }) }),
    s("path", { class: "relief-map-land", d: path(world.countries) }),
    s("path", { class: "relief-map-borders", d: path(world.borders) }),
    ...markers);
}
