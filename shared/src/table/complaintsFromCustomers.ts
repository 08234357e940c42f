import type { ComplaintRecord, CustomerRecord } from '../model/records.ts';

/**
 * The complaint of each customer row that has a complaint status, date or closed date (the
 * complaint columns of the customer table). Without a status, a closed date means closed and
 * anything else received. The row's satisfaction is not taken as the complaint's: it may predate
 * the complaint, and a post-complaint survey should still be planned.
 */
export function complaintsFromCustomers(records: CustomerRecord[]): ComplaintRecord[] {
  const complaints: ComplaintRecord[] = [];
  // Indexed: every customer row passes here, and for-of would make an iterator result for each.
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as CustomerRecord;
    if (r.complaintStatus === null && r.complaintDate === null && r.complaintClosedDate === null) continue;
    const stage = r.complaintStatus ?? (r.complaintClosedDate !== null ? 'closed' : 'received');
    complaints.push({
      row: r.row,
      table: 'customers',
      customerId: r.id,
      customerRow: r.row,
      openedDate: r.complaintDate,
      stage,
      stageDate:
        r.complaintStageDate ?? (stage === 'closed' ? r.complaintClosedDate : null) ?? r.complaintDate,
      closedDate: r.complaintClosedDate,
      summary: r.complaint,
      satisfaction: null,
    });
  }
  return complaints;
}
