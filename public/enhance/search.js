// Search as you type: enhances /search, which works as a plain GET form without it. Each keystroke asks
// /api/search (the same search the page runs) and cancels the question before it, so only the latest answers.
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const elsewhere = document.querySelector(".search-elsewhere");
let pending;

function hitItem(hit) {
  const item = document.createElement("li");
  const link = Object.assign(document.createElement("a"), { href: hit.href, className: "search-hit-title" });
  link.textContent = hit.title;
  const time = Object.assign(document.createElement("time"), { dateTime: hit.publishedAt, textContent: hit.date });
  const snippet = Object.assign(document.createElement("p"), { className: "search-hit-snippet" });
  for (const piece of hit.snippet) {
    snippet.append(
      piece.match ? Object.assign(document.createElement("mark"), { textContent: piece.text }) : piece.text,
    );
  }
  item.append(link, " ", time, snippet);
  return item;
}

async function search() {
  pending?.abort();
  pending = new AbortController();
  const query = input.value;
  try {
    const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, { signal: pending.signal });
    if (!response.ok) throw new Error(String(response.status));
    const answer = await response.json();
    list.replaceChildren(...answer.hits.map(hitItem));
    status.textContent = answer.status;
    elsewhere.hidden = !answer.query || answer.total > 0;
    history.replaceState(null, "", query.trim() ? `?q=${encodeURIComponent(query)}` : location.pathname);
  } catch (error) {
    if (error.name !== "AbortError") status.textContent = "Search did not answer: press Enter to search again.";
  }
}

if (input && status && list && elsewhere) input.addEventListener("input", search);
