NAME tiny
ROWS
 N obj
 L r1
COLUMNS
 x r1 1e-20
 y obj -2 r1 1
RHS
 rhs r1 5
BOUNDS
 UP bnd x 7
ENDATA
