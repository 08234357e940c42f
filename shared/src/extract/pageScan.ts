import type { ElementLike } from './types.ts';

/** One line of visible text. */
export interface Line {
  text: string;
  heading: boolean;
  /** Emails and phones found in it. */
  hits: number;
}

/** A run of lines that belong together: a card, a table row, the text under a heading. */
export interface Segment {
  lines: Line[];
  heading: string | null;
  /** The card element it belongs to, if any; `strong` is the nearest class/itemscope card. */
  card: ElementLike | null;
  strong: ElementLike | null;
  /** The element it sits in, for the evidence text ('mailto link in .team-card'). */
  where: ElementLike | null;
  emails: string[];
  phones: string[];
  urls: string[];
  /** 'mailto' / 'tel' when a link gave a hit (the contact's source is then 'link'). */
  linkKind: 'mailto' | 'tel' | null;
  nameHints: string[];
  titleHints: string[];
  orgHints: string[];
}

/** The page after one walk: its contact segments and what its head says about it. */
export interface PageScan {
  /** Segments holding any text, contact data or hint, in page order. */
  segments: Segment[];
  /** <meta> contents by lower-case property, name or itemprop (og:site_name, og:email …). */
  meta: Map<string, string>;
  title: string | null;
  /** Base for relative links: <base href> resolved against the page address. */
  base: string | undefined;
  /** Short lines with a copyright mark: they often carry the legal company name. */
  copyrightLines: string[];
  /** The walk stopped at maxNodes. */
  truncated: boolean;
}
