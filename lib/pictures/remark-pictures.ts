import type { Image, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { DECORATIVE, isLocalPicture } from './refs';
import type { PictureInfo } from './variants';

/**
 * What a shown picture's component receives (components/markdown/Picture.tsx), as JSON. Which
 * picture loads first is the page's to say (one compile serves several pages).
 */
export interface PictureProps {
  info: PictureInfo;
  alt: string;
}

export interface PicturesOptions {
  /** The examined pictures of the post, by their text as written (`PostPicture.src`). */
  pictures?: Record<string, PictureInfo>;
}

/**
 * Local pictures of a post's text (examined by the loader, lib/posts/load.ts) become
 * `daedam-picture` elements, which components/markdown/Picture.tsx renders as a `<picture>`
 * of the encoded files; a picture alone in its paragraph becomes a `daedam-figure`, captioned
 * with the image's title (`![alt](src "caption")`). Run by the renderer only: the loader, which
 * examines the pictures, runs the plugins before it has done so, and nothing here is text.
 */
export default function remarkPictures({ pictures = {} }: PicturesOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'image', (node: Image, _index, parent) => {
      const info = isLocalPicture(node.url) ? pictures[node.url] : undefined;
      if (!info) return;
      const alt = node.alt?.trim() === DECORATIVE ? '' : (node.alt ?? '');
      const props: PictureProps = { info, alt };
      node.data = { hName: 'daedam-picture', hProperties: { picture: JSON.stringify(props) } };
      const alone =
        parent?.type === 'paragraph' &&
        parent.children.every(
          (child) => child === node || (child.type === 'text' && !child.value.trim()),
        );
      if (alone) {
        const paragraph = parent as Paragraph;
        paragraph.children = [node];
        paragraph.data = {
          hName: 'daedam-figure',
          hProperties: node.title ? { caption: node.title } : {},
        };
      }
    });
  };
}
