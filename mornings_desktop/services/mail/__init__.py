"""Sending tickets, reminders and programme changes through the association's own mail server.

- `settings`: the server, the sender and the password (keyring), kept on this desk only;
- `transport`: one SMTP connection, every failure turned into one sentence (`MailError`);
- `templates` / `render`: the messages (HTML + text, the QR inline, the ticket PDF, an .ics);
- `outbox`: the durable queue; `worker`: sends it with a rate, retries and a cancel flag;
- `campaigns`: who gets tickets or a reminder; `claims`: one sending desk per Morning;
- `consent`: `may_contact`; `whatsapp`: click-to-chat links for people without e-mail.
"""
