import { formatPhoneForDisplay } from '@crm/shared/parse';
import type { KnownCustomer } from '../logic/knownCustomers.ts';
import { uiTexts } from '../texts/uiTexts.ts';

/** Name, title, organisation and contact points of a contact, as plain text. */
export function ContactSummary(props: {
  name?: string | null | undefined;
  title?: string | null | undefined;
  organization?: string | null | undefined;
  emails: readonly string[];
  phones: readonly string[];
  wechat?: string | null | undefined;
  known?: KnownCustomer | null;
}) {
  const texts = uiTexts();
  const headline =
    props.name ||
    props.organization ||
    props.emails[0] ||
    (props.phones[0] ? formatPhoneForDisplay(props.phones[0]) : '') ||
    '—';
  const sub = [props.title, props.name ? props.organization : null].filter(Boolean).join(' · ');
  return (
    <div className="summary">
      <div className="headline">
        <strong>{headline}</strong>
        {props.known ? (
          <span className="badge known" data-testid="known-badge" title={texts.knownTitle}>
            {texts.knownCustomer}
            {props.known.segment ? ` · ${props.known.segment}` : ''}
            {props.known.nextFollowUp ? ` · ${texts.nextFollowUp} ${props.known.nextFollowUp}` : ''}
          </span>
        ) : null}
      </div>
      {sub ? <div className="sub">{sub}</div> : null}
      <ul className="points">
        {props.emails.map((e) => (
          <li key={e}>
            <span className="icon" aria-hidden>
              ✉
            </span>
            {e}
          </li>
        ))}
        {props.phones.map((p) => (
          <li key={p}>
            <span className="icon" aria-hidden>
              ☎
            </span>
            {formatPhoneForDisplay(p)}
          </li>
        ))}
        {props.wechat ? (
          <li>
            <span className="label">{texts.fields.wechat}</span> {props.wechat}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
