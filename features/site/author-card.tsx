import { authorPath } from "@/lib/site";

type AuthorCardProps = {
  id: string;
  name: string;
  role: string;
  bio: string;
  links: readonly { label: string; href: string }[];
};

export function AuthorCard({ id, name, role, bio, links }: AuthorCardProps) {
  return (
    <section className="author-card" aria-label="About the author">
      <p className="author-card-name">
        <a href={authorPath(id)} rel="author">
          {name}
        </a>
      </p>
      <p className="author-card-role">{role}</p>
      <p>{bio}</p>
      {links.length > 0 && (
        <ul className="author-card-links">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
