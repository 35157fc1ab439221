NAME bad
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 1
 y obj 1 R7 1
RHS
 rhs c1 notanumber
ENDATA
