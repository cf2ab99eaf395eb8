import { listPagePath, site, tagFeedPath } from "@/lib/site";
import { AuthorCard } from "./author-card";
import type { AuthorListingProps, ListingPage, TagListingProps } from "./listings";
import { PageHead } from "./page-head";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

const pageSuffix = (listing: ListingPage) => (listing.page > 1 ? ` — page ${listing.page}` : "");

export function HomeView({ listing }: { listing: ListingPage }) {
  return (
    <>
      {listing.page === 1 ? (
        <>
          <PageHead canonical="/" />
          <header className="page-intro">
            <h1>{site.name}</h1>
            <p>{site.description}</p>
          </header>
        </>
      ) : (
        <>
          <PageHead title={`Page ${listing.page}`} canonical={listPagePath("/", listing.page)} />
          <h1 className="page-title">The Log{pageSuffix(listing)}</h1>
        </>
      )}
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} pageCount={listing.pageCount} base={listing.base} />
    </>
  );
}

export function TagView({ tag, listing }: TagListingProps) {
  const title = `Tagged “${tag.label}”${pageSuffix(listing)}`;
  return (
    <>
      <PageHead title={title} canonical={listPagePath(listing.base, listing.page)} tagFeed={tag} />
      <h1 className="page-title">{title}</h1>
      <p>
        {listing.total} {listing.total === 1 ? "post" : "posts"} · <a href={tagFeedPath(tag.label)}>RSS for this tag</a>
      </p>
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} pageCount={listing.pageCount} base={listing.base} />
    </>
  );
}

export function AuthorView({ author, listing }: AuthorListingProps) {
  return (
    <>
      <PageHead
        title={`${author.name}${pageSuffix(listing)}`}
        description={author.role}
        canonical={listPagePath(listing.base, listing.page)}
      />
      <h1 className="page-title">{author.name}</h1>
      {listing.page === 1 && <AuthorCard {...author} />}
      <h2 className="section-title">Posts{pageSuffix(listing)}</h2>
      <PostList posts={listing.posts} />
      <Pagination page={listing.page} pageCount={listing.pageCount} base={listing.base} />
    </>
  );
}
