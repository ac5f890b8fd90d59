// The page of index.html: the <relief-annotator> component full page.
// body[data-relief-ready] tells scripts (and the tests) the core is loaded.
import "./relief-annotator.js";

const relief = document.getElementById("relief");
relief.addEventListener("relief-ready", () => { document.body.dataset.reliefReady = "true"; });
relief.addEventListener("relief-error", () => { document.body.dataset.reliefReady = "false"; });
