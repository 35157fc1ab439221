NAME tiny
OBJSENSE
    MAX
ROWS
 N obj
 L c1
 G c2
 E c3
COLUMNS
 MARKER MARKER INTORG
 x obj 1 c1 1
 x c2 1
 MARKER MARKER INTEND
 y obj 2 c1 1
 y c3 1
RHS
 rhs c1 4 c2 1
 rhs c3 2
RANGES
 rng c3 -1
BOUNDS
 UP bnd x 3
 MI bnd y
ENDATA
