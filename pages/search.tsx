import type { GetServerSideProps } from "next";
import { loadSearchIndex } from "@/features/search/load-index";
import { searchPosts, type SearchOutcome } from "@/features/search/search-posts";
import { SearchView } from "@/features/search/search-view";
import { firstQueryValue } from "@/lib/http/query";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<{ outcome: SearchOutcome }> = async ({ query }) => ({
  props: { outcome: searchPosts(await loadSearchIndex(), firstQueryValue(query.q)) },
});

export default SearchView;
