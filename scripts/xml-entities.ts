/** The five predefined XML entities of corpus files, decoded (`&amp;` last, so `&amp;lt;` stays `&lt;`). */
export const decodeXmlEntities = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
