// Element builders for the component: attributes and text only (no
// markup strings), so article text can never become markup.
const SVG_NS = "http://www.w3.org/2000/svg";

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    element.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return element;
}

// h("button", {class: "x", onclick: f}, "text", child…)
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

// s("circle", {cx: 1, cy: 2, r: 3}): SVG geometry goes in attributes.
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

// Enter and Space activate an SVG element that plays a button.
export function onActivate(element, action) {
  element.addEventListener("click", action);
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action(event);
    }
  });
  return element;
}
