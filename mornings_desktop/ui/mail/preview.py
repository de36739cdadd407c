"""Show a rendered message in a QTextBrowser: its subject, its recipient and its HTML part, with
the inline QR code resolved from its `cid:` part (no WebEngine)."""

from __future__ import annotations

import html
from email import message_from_bytes, policy
from email.message import EmailMessage

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from mornings_desktop.services.mail import render


def show_message(browser: QTextBrowser, done: render.Rendered | None) -> None:
    """`done` in `browser` (empty when None)."""
    if done is None:
        browser.setHtml("")
        return
    document = browser.document()
    msg = message_from_bytes(done.data, policy=policy.default)
    if isinstance(msg, EmailMessage):
        for part in msg.walk():
            if part.get_content_type() == "image/png" and part["Content-ID"]:
                payload = part.get_payload(decode=True)
                image = QImage.fromData(QByteArray(payload))  # type: ignore[arg-type]
                cid = "cid:" + str(part["Content-ID"]).strip("<>")
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(cid), image)
    head = (
        f"<p><b>{html.escape(done.subject)}</b> → {html.escape(done.recipient)}</p>"
        if done.recipient
        else f"<p><b>{html.escape(done.subject)}</b></p>"
    )
    page = done.html
    if 'dir="rtl"' in page:
        # QTextDocument ignores dir= on <html> and <body>: each paragraph gets it, so the Arabic
        # preview reads right to left as a mail reader shows the message.
        page = page.replace("<p>", '<p dir="rtl" align="right">')
        head = head.replace("<p>", '<p dir="rtl" align="right">')
    browser.setHtml(head + page)
