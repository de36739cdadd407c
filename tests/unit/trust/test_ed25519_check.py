"""`trust.ed25519_check.signer_index` (libsodium's check, issue 12): which of the keys that may
have signed `OP_TAG + body` did — signatures made by the desks' keys (`cryptography`), found among
several keys; anything else is -1, never an exception."""

from __future__ import annotations

from mornings_desktop.trust import keys
from mornings_desktop.trust.ed25519_check import OP_TAG, public_key, signer_index

BODY = b'{"commit":{},"desk_id":"d1"}'


def test_the_key_that_signed_is_found_among_several() -> None:
    old, new, other = keys.new_key(), keys.new_key(), keys.new_key()
    sig = new.sign(OP_TAG + BODY)
    texts = [keys.public_text(k) for k in (old, new, other)]
    assert signer_index(texts, sig, BODY) == 1
    assert signer_index(texts[:1] + texts[2:], sig, BODY) == -1  # not among them


def test_a_signature_over_other_bytes_or_of_another_length_is_refused() -> None:
    key = keys.new_key()
    text = keys.public_text(key)
    sig = key.sign(OP_TAG + BODY)
    assert signer_index([text], sig, BODY + b" ") == -1
    assert signer_index([text], sig, BODY[:-1]) == -1
    assert signer_index([text], key.sign(BODY), BODY) == -1  # without the tag
    assert signer_index([text], sig[:63], BODY) == -1
    assert signer_index([text], sig + b"\0", BODY) == -1
    flipped = bytes([sig[0] ^ 1]) + sig[1:]
    assert signer_index([text], flipped, BODY) == -1


def test_unreadable_key_texts_are_skipped() -> None:
    key = keys.new_key()
    text = keys.public_text(key)
    sig = key.sign(OP_TAG + BODY)
    unreadable = ["", "AAAA", "not base64!", text[:-2], text + "A", text.replace("=", "")]
    assert [public_key(t) for t in unreadable] == [None] * len(unreadable)
    assert signer_index([*unreadable, text], sig, BODY) == len(unreadable)


def test_a_key_text_with_characters_base64_would_skip_is_no_key() -> None:
    text = keys.public_text(keys.new_key())
    assert public_key(text) is not None
    for junk in (text[:10] + "!" + text[10:], text[:10] + "\n" + text[10:], " " + text):
        assert public_key(junk) is None
