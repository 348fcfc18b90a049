import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines; the JSON is escaped so it cannot end the element. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // Escaped by serializeJsonLd: this is data, never executed, and contains no `<`.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
