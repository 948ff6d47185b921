"""The verbs that say what a body is to do.

After a body's name they mark the sentence as giving it work ("Sở Y tế chủ trì ...",
"Công an tỉnh nắm tình hình ..."), and they end a name no catalogue knows ("Công an xã
tăng cường ..."): one list serves both, so a verb added once is known to both readers.
Written in lower case; as ends of names they count in lower case only, since names
capitalise theirs ("Sở Xây dựng").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["WORK_VERBS", "alternation"]

WORK_VERBS: tuple[str, ...] = (
    # Leading and coordinating.
    "chủ trì", "phối hợp", "tham mưu", "chỉ đạo", "lãnh đạo", "hướng dẫn", "đôn đốc", "làm đầu mối",
    "có trách nhiệm", "chịu trách nhiệm", "phân công", "bố trí", "cử", "thành lập", "trình",
    # Doing.
    "tổ chức", "triển khai", "thực hiện", "tiến hành", "xây dựng", "ban hành", "sửa đổi", "bổ sung",
    "hoàn thiện", "lập", "tổng hợp", "báo cáo", "đề xuất", "nghiên cứu", "khảo sát", "thống kê",
    "đánh giá", "rà soát", "rà", "kiểm tra", "giám sát", "theo dõi", "nắm", "nắm bắt", "xử lý",
    "giải quyết", "xác minh", "xem xét", "quản lý", "vận hành", "cung cấp", "chuẩn bị", "hoàn thành",
    "chi trả", "chăm lo", "hỗ trợ", "thăm hỏi", "động viên", "vận động", "tuyên truyền", "phổ biến",
    "phát động", "tham gia", "chấp hành", "duy trì", "bảo đảm", "đảm bảo", "ngăn chặn",
    "phòng ngừa", "nhắc nhở", "tạo điều kiện", "đeo bám", "bám sát", "đề ra", "kêu gọi",
    # How: the manner a duty is done in, standing where the verb would.
    "tăng cường", "đẩy mạnh", "nâng cao", "tập trung", "chủ động", "tiếp tục", "quan tâm",
    "khẩn trương", "kịp thời", "nghiêm túc", "quyết liệt", "tích cực", "thường xuyên", "chú trọng",
    "chú ý", "làm tốt", "cần", "phải", "sớm", "nhanh chóng", "thanh tra",
)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, longest first so none hides a longer one.

    >>> alternation(["rà", "rà soát"])
    'rà\\\\ soát|rà'
    """
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
