"""One rule for text entering briefgen (articles, their titles, file names shown in reports) and for every string
the DOCX writer puts in XML: NFC, line breaks as newlines, a page break as a space, no other control character.

Why: Word's manual line break (\\x0b) and page break (\\x0c), an ESC or \\x01 left by a converter, and U+2028/U+2029/
U+0085 are legal in a .txt file but not in XML 1.0 (python-docx refuses the whole document: "All strings must be XML
compatible"), and Pillow's text layout fails on the Unicode separators. Tab and newline are kept.
"""

from __future__ import annotations

import dataclasses
import errno
import re
import unicodedata
from typing import Any, TypeVar

T = TypeVar("T")

# Breaks of a line, in every spelling: one newline each ("\r\n" first, so it is not two). A page break (\x0c) is a
# space: pdftotext puts it before the next page's first line, in the middle of a paragraph (a newline there would
# cut the paragraph, and a task, in two).
_BREAKS = re.compile("\r\n|[\r\x0b\x85\u2028\u2029]")
# What XML 1.0 does not allow, and the C0/C1 controls it allows but no text means: removed.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def sanitise_text(text: str) -> str:
    """NFC text with breaks as "\\n" and no control character other than "\\t" and "\\n"; fast on clean text."""
    if _BREAKS.search(text):
        text = _BREAKS.sub("\n", text)
    if "\x0c" in text:
        text = text.replace("\x0c", " ")
    if _NOT_TEXT.search(text):
        text = _NOT_TEXT.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def one_line(text: str) -> str:
    """sanitise_text, with every break a space: for a chart label or a title drawn on one line."""
    return sanitise_text(text).replace("\n", " ").replace("\t", " ")


def shown_name(name: str) -> str:
    """A file name as a message may print it: undecodable bytes (os.fsdecode's surrogates) as U+FFFD."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        raw = name.encode("utf-8", "replace")
    return sanitise_text(raw.decode("utf-8", "replace"))


def sanitise_tree(obj: T) -> T:
    """A copy of obj (dataclasses, lists, tuples, dicts) with every string sanitised; other values kept."""
    return _clean(obj)


def _clean(obj: Any) -> Any:
    if isinstance(obj, str):
        return sanitise_text(obj)
    if isinstance(obj, list):
        return [_clean(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_clean(x) for x in obj)
    if isinstance(obj, dict):
        return {_clean(k): _clean(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(
            obj, **{f.name: _clean(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
        )
    return obj


# What the operating system said, in the user's language (strerror is English).
_VI_ERRNO = {
    errno.ENOSPC: "ổ đĩa đầy",
    errno.EDQUOT: "hết hạn mức dung lượng",
    errno.EACCES: "không có quyền",
    errno.EPERM: "không được phép",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOENT: "không tìm thấy",
    errno.EISDIR: "là một thư mục",
    errno.ENOTDIR: "không phải thư mục",
    errno.ELOOP: "liên kết vòng",
    errno.ENAMETOOLONG: "tên quá dài",
    errno.EIO: "lỗi đọc/ghi đĩa",
    errno.EMFILE: "mở quá nhiều tệp",
    errno.EFBIG: "tệp quá lớn",
}


def os_reason(error: OSError) -> str:
    """'ổ đĩa đầy' for ENOSPC …; the system's own words for an error not listed."""
    return _VI_ERRNO.get(error.errno or -1, error.strerror or type(error).__name__)
