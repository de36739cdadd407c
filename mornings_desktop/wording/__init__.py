"""Words shown to people, made once for the window and the command line (no Qt here).

`tr.Words` carries the language and a translate function (Qt's in the window, the compiled `.qm`
catalogue read without Qt on the command line); `checkin_results` words a scan's result and
`labels` turns internal keys (categories, methods, sources…) into labels in fr/en/ar.
"""
