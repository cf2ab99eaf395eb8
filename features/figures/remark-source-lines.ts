import { SOURCE_LINE_ATTRIBUTE } from "./resolve-figures";

type Node = {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  data?: { hProperties?: Record<string, unknown> };
  attributes?: { type: string; name: string; value: string }[];
  children?: Node[];
};

/** JSX elements whose images resolveFigures checks: a raw <img> and our <Figure>. */
const IMAGE_ELEMENTS = new Set(["img", "Figure"]);

/**
 * Marks each image with the line it is written on (counted in the MDX body), so that resolveFigures can name
 * the line of a broken one. Only positions are read: the compiled post stays a function of its text, which
 * is what the MDX cache keys it by.
 */
export function remarkSourceLines() {
  return (tree: Node) => {
    const walk = (node: Node) => {
      const line = node.position?.start.line;
      if (line && node.type === "image") {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, [SOURCE_LINE_ATTRIBUTE]: line } };
      } else if (line && node.type.startsWith("mdxJsx") && IMAGE_ELEMENTS.has(node.name ?? "")) {
        node.attributes?.push({ type: "mdxJsxAttribute", name: SOURCE_LINE_ATTRIBUTE, value: String(line) });
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
