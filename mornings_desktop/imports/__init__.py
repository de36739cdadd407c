"""Registration files in: readers (xlsx, xls, ods, csv), header mapping, validation, import."""
