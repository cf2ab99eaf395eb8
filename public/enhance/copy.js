// Copy buttons: progressive enhancement for any <button data-copy="text" hidden>. Without JavaScript the
// button stays hidden and the text beside it can be selected by hand.
for (const button of document.querySelectorAll("button[data-copy]")) {
  const text = button.firstElementChild;
  const status = button.querySelector("[role=status]");
  const idle = text.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      text.textContent = "Copied";
      status.textContent = `${button.dataset.copyName} URL copied`;
    } catch {
      text.textContent = "Copy failed: select the URL";
    }
    setTimeout(() => (text.textContent = idle), 4000);
  });
}
