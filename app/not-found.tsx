import Link from 'next/link';
import { t } from '@/lib/i18n';

export const metadata = { title: t.notFound.title };

export default function NotFound() {
  return (
    <div className="not-found">
      <h1 className="page-title">{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <Link href="/">{t.notFound.home}</Link>
      </p>
    </div>
  );
}
