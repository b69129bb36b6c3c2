-- Reports are expected from the schedule whether or not anyone starts them. The overdue check opens
-- the report of a period nobody started by its due date (and marks it overdue), so it exists and
-- is counted; started_at stays null until the region starts it, by creating it or changing a line.
alter table report add column started_at timestamptz;
update report set started_at = created_at;
