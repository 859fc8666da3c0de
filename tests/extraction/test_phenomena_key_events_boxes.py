"""Issue 11: a live blog's "Key events" box is not a list of places struck.

A bulleted box opens with a strike ("• Four people were killed ... in Poltava")
and goes on with other news ("• Volodymyr Zelenskyy is in Berlin, where he is
expected to ask Friedrich Merz for additional Patriot launchers").  A short
item, or one that heads with its place ("• Білозерка — пошкоджено три
будинки"), still tells of the strike like the items before it.
"""

from __future__ import annotations

from phenomena import TUESDAY, places

BOX = (
    "Ukraine war live\n\n"
    "Key events\n"
    "• Four people were killed and 21 injured when Russian drones struck Poltava "
    "overnight on Tuesday, the regional administration said.\n"
    "• Volodymyr Zelenskyy is in Berlin, where he is expected to ask Friedrich Merz for "
    "additional Patriot launchers and a new aid package.\n"
    "• Delegations are due to resume talks on prisoner exchanges in Istanbul on Thursday.\n"
)


def test_other_news_in_a_key_events_box_strikes_nothing(extract):
    assert places(extract(BOX, published=TUESDAY, language="en")) == {"Poltava"}


def test_short_items_under_a_struck_item_are_struck(extract):
    text = (
        "Наслідки атак\n\n"
        "У вівторок росіяни атакували громади області:\n"
        "• Херсон — двоє поранених.\n"
        "• Білозерка — пошкоджено три приватні будинки.\n"
    )
    assert places(extract(text, published=TUESDAY, language="uk")) >= {"Kherson", "Bilozerka"}
