"""Chinese security and crime news: police and border bodies of a place, anonymised
suspects, river mouths, island groups, districts after their city.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "zh")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("福建海警局近日查获一艘走私船。", "福建海警局", "ORG"),
        ("浙江海警在舟山附近海域开展巡查。", "浙江海警", "ORG"),
        ("日本海上保安厅与菲律宾海岸警卫队举行演练。", "菲律宾海岸警卫队", "ORG"),
        ("泰国皇家警察逮捕了两名嫌疑人。", "泰国皇家警察", "ORG"),
        ("据海关总署统计，一季度进出口增长。", "海关总署", "ORG"),
        ("以王某某为首的诈骗团伙被捣毁。", "王某某", "PER"),
        ("犯罪嫌疑人刘某被当场抓获。", "刘某", "PER"),
        ("长江口附近海域出现赤潮。", "长江口", "LOC"),
        ("渔船在舟山群岛附近避风。", "舟山群岛", "LOC"),
        ("民警在佛山市顺德区抓获嫌疑人。", "顺德区", "LOC"),
    ],
)
def test_security_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("他曾在某地工作多年。", "在某"),
        ("公司将提高某种产品的价格。", "高某"),  # "提高某种": some kind, no surname
        ("海警、海关和公安联合执法。", "海警"),  # a kind of officer, no body
        ("广州市城区交通拥堵。", "城区"),  # the city's urban area
        ("美国警察开枪打伤一名男子。", "美国警察"),  # police officers, no body
        ("岛礁位于该岛以南海域。", "南海"),  # a direction, not the South China Sea
    ],
)
def test_ordinary_words_are_no_names(text: str, word: str) -> None:
    assert all(word != found for found, _ in _found(text))
