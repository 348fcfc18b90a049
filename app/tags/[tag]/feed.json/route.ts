import { feedRoute } from '@/lib/feed/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const { generateStaticParams, GET } = feedRoute('tag', 'json');
