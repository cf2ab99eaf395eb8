import { Pagination } from "@/features/site/pagination";
import { PostList } from "@/features/site/post-list";
import { getPosts, paginate } from "@/features/content/posts";
import { site } from "@/lib/site";
import { alternatesFor } from "@/features/site/metadata";

export const metadata = { alternates: alternatesFor("/") };

export default function HomePage() {
  const page = paginate(getPosts(), 1)!;
  return (
    <>
      <header className="page-intro">
        <h1>{site.name}</h1>
        <p>{site.description}</p>
      </header>
      <PostList posts={page.items} />
      <Pagination page={page.page} pageCount={page.pageCount} />
    </>
  );
}
