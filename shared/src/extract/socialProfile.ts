// Social profile links (a person's or a company's page), as opposed to share buttons and the
// networks' own navigation.

const PROFILE_PATTERNS: readonly RegExp[] = [
  /^https?:\/\/([a-z]{2,3}\.)?linkedin\.com\/(?:in|company|school|pub)\/[^/?#]+/i,
  /^https?:\/\/(?:www\.)?github\.com\/(?!(?:features|about|pricing|login|join|topics|explore|marketplace|sponsors|orgs\/?$|site|contact|security|enterprise|collections|trending)(?:[/?#]|$))[A-Za-z0-9-]+\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?!(?:intent|share|home|hashtag|search|i|explore|login|signup|privacy|tos)(?:[/?#]|$))[A-Za-z0-9_]{1,15}\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.|m\.|[a-z]{2}-[a-z]{2}\.)?facebook\.com\/(?!(?:sharer|share|dialog|login|plugins|policies|help|privacy)(?:[/?#.]|$))[^/?#]+/i,
  /^https?:\/\/(?:www\.)?instagram\.com\/(?!(?:p|explore|accounts|about)(?:[/?#]|$))[A-Za-z0-9_.]+/i,
  /^https?:\/\/(?:www\.)?youtube\.com\/(?:@|c\/|channel\/|user\/)[^/?#]+/i,
  /^https?:\/\/(?:www\.|m\.)?weibo\.(?:com|cn)\/(?!(?:share|login|signup)(?:[/?#.]|$))[^/?#]+/i,
  /^https?:\/\/mp\.weixin\.qq\.com\/(?:s|mp\/profile_ext)[/?]/i,
  /^https?:\/\/(?:www\.)?zhihu\.com\/(?:people|org)\/[^/?#]+/i,
  /^https?:\/\/space\.bilibili\.com\/\d+/i,
  /^https?:\/\/(?:www\.)?douyin\.com\/user\/[^/?#]+/i,
  /^https?:\/\/(?:www\.)?xing\.com\/(?:profile|pages)\/[^/?#]+/i,
  /^https?:\/\/(?:www\.)?xiaohongshu\.com\/user\/profile\/[^/?#]+/i,
];

/** True for the address of a social profile (LinkedIn, GitHub, X/Twitter, Facebook, Weibo, WeChat official account …). */
export function isSocialProfileUrl(url: string): boolean {
  return PROFILE_PATTERNS.some((p) => p.test(url));
}

/** A web address worth keeping on a contact: http(s) only, without the #fragment. */
export function cleanWebUrl(url: string): string | null {
  const u = url.trim();
  if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(u) || u.length > 500) return null;
  const hash = u.indexOf('#');
  return hash >= 0 ? u.slice(0, hash) : u;
}
