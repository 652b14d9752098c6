"""Bytes -> NFC text for Vietnamese articles: UTF-8 (BOM or not), UTF-16, Windows-1258, TCVN3 (ABC), VNI.

Legacy encodings are converted only when the result reads as Vietnamese (scored on very common words);
otherwise the file is rejected by name. Double-encoded UTF-8 ("Viá»‡t", "Ã¡") is repaired when the repair
is exact, else rejected: mojibake is never passed on silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


class DecodeError(ValueError):
    """The bytes cannot be read as Vietnamese text; the message is for the user (Vietnamese)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


# --- legacy tables ------------------------------------------------------------------------------------------------

# TCVN 5712:1993 "VN3" (the ABC keyboard's .VnTime fonts): lower-case letters and the seven upper-case letters with
# a diacritic; upper case with tone marks lived in a separate font (.VnTimeH) that reused the lower-case codes.
_TCVN3 = {
    0xB5: "à", 0xB8: "á", 0xB6: "ả", 0xB7: "ã", 0xB9: "ạ",
    0xA8: "ă", 0xBB: "ằ", 0xBE: "ắ", 0xBC: "ẳ", 0xBD: "ẵ", 0xC6: "ặ",
    0xA9: "â", 0xC7: "ầ", 0xCA: "ấ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCB: "ậ",
    0xAE: "đ", 0xCC: "è", 0xD0: "é", 0xCE: "ẻ", 0xCF: "ẽ", 0xD1: "ẹ",
    0xAA: "ê", 0xD2: "ề", 0xD5: "ế", 0xD3: "ể", 0xD4: "ễ", 0xD6: "ệ",
    0xD7: "ì", 0xDD: "í", 0xD8: "ỉ", 0xDC: "ĩ", 0xDE: "ị",
    0xDF: "ò", 0xE3: "ó", 0xE1: "ỏ", 0xE2: "õ", 0xE4: "ọ",
    0xAB: "ô", 0xE5: "ồ", 0xE8: "ố", 0xE6: "ổ", 0xE7: "ỗ", 0xE9: "ộ",
    0xAC: "ơ", 0xEA: "ờ", 0xED: "ớ", 0xEB: "ở", 0xEC: "ỡ", 0xEE: "ợ",
    0xEF: "ù", 0xF3: "ú", 0xF1: "ủ", 0xF2: "ũ", 0xF4: "ụ",
    0xAD: "ư", 0xF5: "ừ", 0xF8: "ứ", 0xF6: "ử", 0xF7: "ữ", 0xF9: "ự",
    0xFA: "ỳ", 0xFD: "ý", 0xFB: "ỷ", 0xFC: "ỹ", 0xFE: "ỵ",
    0xA1: "Ă", 0xA2: "Â", 0xA7: "Đ", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư",
}  # fmt: skip

# VNI-Windows writes a base letter followed by modifier bytes (seen through cp1252 as "Vieät", "töôùng").
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_AFTER_CIRC = {"á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_AFTER_BREVE = {"é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}

# Frequent Vietnamese words: a decoding that yields many of them is Vietnamese.
_COMMON = set(
    [
        "và",
        "của",
        "các",
        "có",
        "là",
        "được",
        "trong",
        "cho",
        "với",
        "những",
        "người",
        "một",
        "không",
        "này",
        "đã",
        "năm",
        "đến",
        "theo",
        "tại",
        "về",
        "để",
        "việt",
        "nam",
        "tỉnh",
        "công",
        "tác",
        "phát",
        "triển",
        "kinh",
        "tế",
        "hội",
        "nghị",
        "chính",
        "phủ",
        "thủ",
        "tướng",
        "nhà",
        "nước",
        "ngày",
        "tháng",
        "thực",
        "hiện",
        "quốc",
        "đồng",
        "chí",
        "bộ",
        "ngành",
        "địa",
        "phương",
        "đầu",
        "tư",
        "hợp",
        "nhân",
        "dân",
        "cơ",
        "quan",
        "đại",
        "diện",
        "trên",
        "từ",
        "khi",
        "cũng",
        "như",
        "đó",
        "sẽ",
        "đang",
        "vào",
        "ra",
        "lên",
    ]
)

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf¡-ÿ]|á»|áº|Ä‘|Æ°|Æ¡|Ä\u0090|Ä\u0083")


def vietnamese_score(text: str) -> float:
    toks = re.findall(r"\w+", text.lower())
    if not toks:
        return 0.0
    return sum(t in _COMMON for t in toks) / len(toks)


def _decode_tcvn3(raw: bytes) -> str:
    return "".join(_TCVN3.get(b, chr(b)) if b >= 0x80 else chr(b) for b in raw)


def _decode_vni(raw: bytes) -> str:
    s = raw.decode("cp1252", errors="replace")
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        low = c.lower()
        up = c != low
        prev = out[-1] if out else ""
        pbase = unicodedata.normalize("NFD", prev)[:1].lower() if prev else ""
        bare = prev != "" and len(unicodedata.normalize("NFD", prev)) == 1  # a vowel with no mark yet
        if low == "â" and pbase in "aeo" and bare:
            out[-1] = prev + "\u0302"
        elif low == "ê" and pbase == "a" and bare:
            out[-1] = prev + "\u0306"
        elif low in _VNI_AFTER_CIRC and pbase in "aeo" and bare:  # "aá" = ấ: circumflex and tone in one byte
            out[-1] = prev + "\u0302" + _VNI_AFTER_CIRC[low]
        elif low in _VNI_AFTER_BREVE and pbase == "a" and bare:  # "aé" = ắ
            out[-1] = prev + "\u0306" + _VNI_AFTER_BREVE[low]
        elif low in _VNI_TONE and pbase in "aeiouy" and prev:
            out[-1] = prev + _VNI_TONE[low]
        elif low in _VNI_SINGLE:
            r = _VNI_SINGLE[low]
            out.append(r.upper() if up else r)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 read as cp1252/latin-1; None when the repair is not exact."""
    buf = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 256:
            buf.append(o)
        else:
            try:
                buf.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                return None
    try:
        fixed = buf.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _MOJIBAKE.search(fixed) else fixed


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    ctrl = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return ctrl > len(sample) * 0.05


def decode_bytes(raw: bytes) -> Decoded:
    """Decode an article's bytes to NFC text, or raise DecodeError with a Vietnamese message."""
    if not raw.strip():
        raise DecodeError("tệp rỗng, không có nội dung")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _finish(raw[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _finish(raw.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as e:
            raise DecodeError("tệp UTF-16 bị hỏng") from e
    # UTF-16 without a BOM: every other byte is NUL in Vietnamese/ASCII text.
    if len(raw) >= 4 and raw[1::2].count(0) > len(raw) // 4 and raw[0::2].count(0) == 0:
        try:
            return _finish(raw.decode("utf-16-le"), "utf-16-le")
        except UnicodeDecodeError:
            pass
    if len(raw) >= 4 and raw[0::2].count(0) > len(raw) // 4 and raw[1::2].count(0) == 0:
        try:
            return _finish(raw.decode("utf-16-be"), "utf-16-be")
        except UnicodeDecodeError:
            pass
    if _looks_binary(raw):
        raise DecodeError("tệp nhị phân, không phải văn bản")
    try:
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    bad, good = _utf8_errors(raw)
    if bad * 20 <= good:
        # UTF-8 with a few broken bytes (a truncated download, a bad copy): the rest is worth reading
        return _finish(raw.decode("utf-8", errors="replace"), "utf-8", _replaced(bad))
    candidates = []
    for name, fn in (
        ("windows-1258", lambda b: b.decode("cp1258", errors="strict")),
        ("TCVN3", _decode_tcvn3),
        ("VNI-Windows", _decode_vni),
    ):
        try:
            text = unicodedata.normalize("NFC", fn(raw))
        except UnicodeDecodeError:
            continue
        candidates.append((vietnamese_score(text), name, text))
    candidates.sort(reverse=True)
    if candidates and candidates[0][0] >= 0.12 and (len(candidates) < 2 or candidates[0][0] > candidates[1][0] * 1.5):
        score, name, text = candidates[0]
        return _finish(text, name, f"đã chuyển từ bảng mã {name} sang Unicode")
    if bad <= 3:
        # mostly ASCII with a stray byte or two: no legacy encoding explains it better than a damaged UTF-8 file
        return _finish(raw.decode("utf-8", errors="replace"), "utf-8", _replaced(bad))
    guess = candidates[0][1] if candidates else "không rõ"
    raise DecodeError(f"không đọc được bảng mã (có thể là {guess}); hãy lưu lại tệp dạng Unicode UTF-8 rồi chạy lại")


def _utf8_errors(raw: bytes) -> tuple[int, int]:
    """(invalid sequences, valid multi-byte characters) when raw is read as UTF-8. Text in a legacy encoding has
    almost no valid multi-byte sequence; UTF-8 text with a few damaged bytes has many."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = sum(1 for c in text if c > "\x7f") - bad - raw.count("\ufffd".encode())
    return bad, good


def is_utf8(raw: bytes) -> bool:
    """Strict UTF-8 with at least one multi-byte character: such bytes are UTF-8 whatever a page declares (a legacy
    page almost never forms valid multi-byte sequences)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b > 0x7F for b in raw)


def _replaced(bad: int) -> str:
    return f"tệp UTF-8 có {bad} byte hỏng, đã thay bằng '\ufffd' — nên lấy lại bản gốc nếu chỗ đó quan trọng"


# A line break inside a paragraph where the converter ends paragraphs with LF alone (see _soft_wraps_joined); not
# before a list item's marker.
_SOFT_WRAP = re.compile(r"[ \t\u00a0]*\r\n[ \t\u00a0]*(?=\S)(?![-+•*]\s|\d{1,2}[.)/]\s|[a-zđ][)/]\s)")


def _soft_wraps_joined(text: str) -> str:
    """Text converted from a document whose paragraphs end with LF and whose lines are wrapped inside them with CRLF
    ("… đề nghị Ủy ban nhân dân tỉnh\r\nquan tâm chỉ đạo …\n"): the CRLF breaks are spaces. A file with one kind of
    line end (all CRLF from Windows, all LF) keeps its lines."""
    crlf = text.count("\r\n")
    if crlf < 5 or text.count("\n") - crlf < 5:
        return text
    return _SOFT_WRAP.sub(" ", text)


def _finish(text: str, encoding: str, warning: str | None = None) -> Decoded:
    text = _soft_wraps_joined(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text:
        text = text.replace("\x00", "")
    hits = len(_MOJIBAKE.findall(text))
    if hits >= 2:
        fixed = _repair_mojibake(text)
        if fixed is None:
            raise DecodeError("văn bản bị lỗi phông chữ (mojibake, ví dụ 'Ã¡', 'á»'); hãy lấy lại bản gốc dạng UTF-8")
        return Decoded(unicodedata.normalize("NFC", fixed), encoding, "đã sửa lỗi mã hóa kép UTF-8 (mojibake)")
    return Decoded(text, encoding, warning)
