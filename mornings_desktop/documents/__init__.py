"""What leaves the program: badges, tickets, programme (PDF), workbooks (xlsx), .ics."""
