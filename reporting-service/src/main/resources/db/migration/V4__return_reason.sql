-- Why the reviewer returned a report, on the report itself (the region needs it to correct the
-- report), kept from the return until the report is accepted; the history keeps every return.
alter table report add column return_reason text;

update report
   set return_reason = latest.reason
  from (select distinct on (report_id) report_id, reason
          from report_transition
         where transition = 'RETURNED'
         order by report_id, id desc) latest
 where latest.report_id = report.id
   and report.status <> 'ACCEPTED';
