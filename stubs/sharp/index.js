// next/og (@vercel/og) uses sharp when `import("sharp")` yields a function, and its own resvg otherwise.
module.exports = undefined;
