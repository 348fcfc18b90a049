import Link from 'next/link';

/**
 * A speaker badge, linking to the person's page when they have one. The colon is for screen
 * readers and copied text ("LeCun: …").
 */
export function Speaker({ name, href }: { name: string; href?: string }) {
  return (
    <span className="speaker">
      {href ? <Link href={href}>{name}</Link> : name}
      <span className="sr-only">: </span>
    </span>
  );
}
