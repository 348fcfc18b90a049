import { cardImage } from '@/lib/og/card-image';
import { siteCard } from '@/lib/og/cards-for';
import { pngResponse } from '@/lib/og/render';

export const dynamic = 'force-static';

/** The site's own preview image, for the home and category pages. */
export async function GET() {
  return pngResponse(await cardImage(siteCard()));
}
