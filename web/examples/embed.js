// The mock CMS's script: listens to the component and fills its own fields.
import "../relief-annotator.js";

const body = document.getElementById("cms-body");
const field = (id) => document.getElementById(id);

body.addEventListener("relief-ready", () => { document.body.dataset.reliefReady = "true"; });
body.addEventListener("relief-annotate", ({ detail: { doc } }) => {
  const names = doc.entities?.filter((e) => e.category === "place" || e.category === "actor").map((e) => e.name) ?? [];
  const dates = doc.mentions.filter((m) => m.category === "date" && typeof m.value === "string").map((m) => m.value);
  field("cms-tags").value = [...new Set(names)].join(", ");
  field("cms-dates").value = [...new Set(dates)].join(", ");
  field("cms-annotations").value = body.exportAs("json");
});
field("cms-form").addEventListener("submit", (event) => {
  event.preventDefault();
  // <relief-annotator name="body"> is a form field: its value is the text.
  const form = new FormData(event.target);
  const annotations = form.get("annotations");
  const count = annotations ? JSON.parse(annotations).mentions.length : 0;
  field("cms-result").value =
    `Draft saved (mock): "${form.get("headline")}", ${form.get("body").length} characters, ${count} annotations.`;
});
