// Copy buttons, as progressive enhancement: any <button data-copy="text" hidden> (feed and post URLs) is
// shown and wired up, and each code block in a post gets one. Without JavaScript the text is there to select.
async function copyWith(button, text, announcement) {
  const label = button.firstElementChild ?? button;
  const status = button.querySelector("[role=status]");
  const idle = label.textContent;
  try {
    await navigator.clipboard.writeText(text);
    label.textContent = "Copied";
    if (status) status.textContent = announcement;
  } catch {
    label.textContent = "Copy failed: select the text";
  }
  setTimeout(() => (label.textContent = idle), 4000);
}

for (const button of document.querySelectorAll("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () =>
    copyWith(button, button.dataset.copy, `${button.dataset.copyName} URL copied`),
  );
}

for (const pre of document.querySelectorAll(".post-body pre")) {
  const wrapper = Object.assign(document.createElement("div"), { className: "code-block" });
  const button = Object.assign(document.createElement("button"), { type: "button", className: "code-copy" });
  button.setAttribute("aria-label", "Copy this code");
  button.append(Object.assign(document.createElement("span"), { textContent: "Copy" }));
  button.append(Object.assign(document.createElement("span"), { className: "sr-only" }));
  button.lastElementChild.setAttribute("role", "status");
  pre.replaceWith(wrapper);
  wrapper.append(pre, button);
  button.addEventListener("click", () => copyWith(button, pre.innerText, "Code copied"));
}
