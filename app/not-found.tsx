export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1 className="page-title">Page not found</h1>
      <p>
        There is nothing at this address. The <a href="/">Log</a> lists every post.
      </p>
    </div>
  );
}
