/** Article references in the English citation style ("Art. 13(2)(b)"), for the SARIF rules and the README. */
import type { ArticleRef } from '../service/catalogue';

export function citeArticle(ref: ArticleRef): string {
  return `Art. ${ref.article}${ref.paragraph === undefined ? '' : `(${ref.paragraph})`}${ref.point === undefined ? '' : `(${ref.point})`}`;
}

export function citeArticles(refs: readonly ArticleRef[]): string {
  return refs.map(citeArticle).join(', ');
}
