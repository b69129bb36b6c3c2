-- The programme execution export reads accepted reports in revision order.
create index report_fact_export on report_fact (event_time, report_id) where accepted;
