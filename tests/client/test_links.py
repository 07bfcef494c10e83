"""The RFC 8288 Link header parser, on the RFC's own examples (section 3.5) and on broken input."""

from __future__ import annotations

import pytest

from space_sdk._links import find_link, parse_links


def test_the_rfcs_examples() -> None:
    # RFC 8288 section 3.5, one example per line
    (chapter2,) = parse_links(
        ['<http://example.com/TheBook/chapter2>; rel="previous"; title="previous chapter"']
    )
    assert chapter2.target == "http://example.com/TheBook/chapter2"
    assert chapter2.rels == {"previous"}
    assert chapter2.params["title"] == "previous chapter"
    (root,) = parse_links(['</>; rel="http://example.net/foo"'])
    assert (root.target, root.rels) == ("/", frozenset({"http://example.net/foo"}))
    (terms,) = parse_links(['</terms>; rel="copyright"; anchor="#foo"'])
    assert terms.params == {"rel": "copyright", "anchor": "#foo"}
    prev, nxt = parse_links(
        [
            "</TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, "
            "</TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel"
        ]
    )
    assert (prev.target, nxt.target) == ("/TheBook/chapter2", "/TheBook/chapter4")
    assert nxt.params["title*"] == "UTF-8'de'n%c3%a4chstes%20Kapitel"
    (start,) = parse_links(['<http://example.org/>; rel="start http://example.net/relation/other"'])
    assert start.rels == {"start", "http://example.net/relation/other"}
    first, index = parse_links(
        ['<https://example.org/>; rel="start", <https://example.org/index>; rel="index"']
    )
    assert (first.rels, index.rels) == (frozenset({"start"}), frozenset({"index"}))


@pytest.mark.parametrize(
    "header",
    [
        '</p2>; rel="next"',
        '</p2>; rel="NEXT"',
        '</p2>; rel="next last"',
        "</p2>; rel=next",
        '</p2> ; REL = "Next"',
        '</p1>; rel="first"; title="a, b; c", </p2>; rel="next"',
        'garbage, </p2>; rel="next"',
        '</p2>; rel="next"; rel="prev"',  # a second rel is ignored (section 3.3)
        '</p1>; title="x\\"y", </p2>; rel="next"',
    ],
)
def test_the_next_link_is_found(header: str) -> None:
    assert (
        find_link([header], "next", "https://api.example.com/volumes?page=1") == "https://api.example.com/p2"
    )


@pytest.mark.parametrize(
    "header",
    ["garbage", "<", "", '<>; rel="prev"', '</p2>; rel="nextpage"', '</p2>; title="next"', '</p2>; rel="nex'],
)
def test_no_next_link_is_found_where_there_is_none(header: str) -> None:
    assert find_link([header], "next", "https://api.example.com/") is None


def test_several_header_fields_are_one_list() -> None:
    assert find_link(['</p1>; rel="first"', '</p2>; rel="next"'], "next", "https://h/") == "https://h/p2"


def test_an_empty_target_is_the_request_itself() -> None:
    assert find_link(['<>; rel="next"'], "next", "https://h/volumes?page=1") == "https://h/volumes?page=1"
