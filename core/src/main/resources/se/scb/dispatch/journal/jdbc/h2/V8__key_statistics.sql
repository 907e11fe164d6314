-- Schema version 8: tell H2's planner what the keys of a letter are before it has statistics of its own.
-- Until H2 has analysed a table (after some thousands of changed rows), it guesses every column's selectivity
-- alike, and it chose the foreign key's index on dispatch_id alone for the statements that find one letter by
-- (dispatch_id, row_no): each claim, outcome or batch update then walked every letter of the dispatch. That made a
-- small dispatch, and the first parts of a large one, slow (JFR of the first letter of 100 000: most of the runner's
-- time in one claim's UPDATE). A row number is unique within a dispatch, and a journal holds few dispatches beside
-- the letters of each; an ANALYZE later replaces these figures with measured ones, which say the same.

ALTER TABLE ${prefix}letters ALTER COLUMN row_no SELECTIVITY 100;
ALTER TABLE ${prefix}letters ALTER COLUMN dispatch_id SELECTIVITY 1;
ALTER TABLE ${prefix}letter_data ALTER COLUMN row_no SELECTIVITY 100;
ALTER TABLE ${prefix}letter_data ALTER COLUMN dispatch_id SELECTIVITY 1;
ALTER TABLE ${prefix}log ALTER COLUMN row_no SELECTIVITY 100;
ALTER TABLE ${prefix}log ALTER COLUMN dispatch_id SELECTIVITY 1;
