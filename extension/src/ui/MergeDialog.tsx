import type { Contact } from '@crm/shared';
import { formatPhoneForDisplay } from '@crm/shared/parse';
import { useState } from 'react';
import { MERGE_SIDES, type MergeChoices, type MergeConflict } from '../logic/mergeContacts.ts';
import type { Clip } from '../model/clip.ts';
import { uiTexts } from '../texts/uiTexts.ts';

/** Shown instead of saving a second record: pick per field, lists are united. */
export function MergeDialog(props: {
  existing: Clip;
  merged: Contact;
  conflicts: MergeConflict[];
  onMerge: (choices: MergeChoices) => void;
  onCancel: () => void;
}) {
  const texts = uiTexts();
  const [choices, setChoices] = useState<MergeChoices>({});
  const who =
    props.existing.contact.name ??
    props.existing.contact.organization ??
    props.existing.contact.emails[0] ??
    '';
  return (
    <div className="card merge" data-testid="merge-dialog">
      <h2>{texts.mergeHeading}</h2>
      <p>{texts.mergeExplain(who)}</p>
      {props.conflicts.map((c) => (
        <fieldset key={c.field}>
          <legend>{texts.fields[c.field]}</legend>
          {MERGE_SIDES.map((side) => (
            <label key={side} className="choice">
              <input
                type="radio"
                name={c.field}
                checked={(choices[c.field] ?? 'existing') === side}
                onChange={() => setChoices((x) => ({ ...x, [c.field]: side }))}
              />
              <span>{side === 'existing' ? c.existing : c.incoming}</span>
              <small>{texts.mergeSides[side]}</small>
            </label>
          ))}
        </fieldset>
      ))}
      <dl className="merged">
        <dt>{texts.fields.emails}</dt>
        <dd>{props.merged.emails.join(', ') || '—'}</dd>
        <dt>{texts.fields.phones}</dt>
        <dd>{props.merged.phones.map(formatPhoneForDisplay).join(', ') || '—'}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={() => props.onMerge(choices)}>
          {texts.mergeAction}
        </button>
        <button type="button" onClick={props.onCancel}>
          {texts.cancel}
        </button>
      </div>
    </div>
  );
}
