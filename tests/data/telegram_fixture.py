"""A Telegram Desktop channel export with 50 messages, written for these tests.

The posts imitate the style of official channels (short, dated by the post,
hashtags, bold, sign-off links); the events and figures are invented.

Of the 50 messages: 38 posts with text (6 forwarded, 5 edited, 12 with text
entities), 8 service messages and 4 photos without a caption. 38 articles.
"""

from __future__ import annotations

from datetime import datetime, timedelta

CHANNEL = "Southern Defence Test Channel"
CHANNEL_ID = 1500000001
USERNAME = "south_def_test"
ARTICLES_IN_EXPORT = 38

POSTS: tuple[str, ...] = (
    "Over the night, 24 Shaheds were launched at Odesa region. Air defence destroyed 21 of them. "
    "A port warehouse in Izmail was damaged; no one was hurt.",
    "Enemy drones attacked Odesa overnight. Two people were injured in the Kyivskyi district.",
    "Air raid alert in Odesa region. Stay in shelters.",
    "All clear in Odesa region.",
    "This morning a missile hit an industrial facility in Bilhorod-Dnistrovskyi. "
    "One man was killed.",
    "Russian artillery shelled Kherson 14 times over the past day. A woman, 63, was wounded.",
    "At 03:40 a Russian drone struck a private house in Chornomorsk. The owner was injured.",
    "Izmail district: debris of a downed drone damaged a power line. Power is being restored.",
    "Over the night, 9 Shaheds were launched at Mykolaiv region; 7 were shot down.",
    "A guided aerial bomb hit a village near Kherson. Three houses were destroyed.",
    "Evacuation buses leave Kherson at 10:00 from the railway station.",
    "The enemy attacked Ochakiv with artillery. A fisherman was killed.",
    "Result of the night attack on Odesa: 1 dead, 5 injured, a supermarket burned down.",
    "Missile danger in the south! Take cover.",
    "Overnight, Russian drones hit port infrastructure in Reni. A fire broke out; no casualties.",
    "Mykolaiv: a ballistic missile struck the city centre at 07:15. Four people were injured.",
    "Power outages are scheduled in Odesa from 18:00 to 22:00.",
    "Shelling of Beryslav this afternoon injured two municipal workers.",
    "The Russian army dropped 6 glide bombs on Kherson region over the day.",
    "Two Shahed drones were shot down over Odesa region overnight. No damage.",
    "Odesa: the regional administration thanks rescuers who worked through the night.",
    "A drone attack on Pivdenne damaged a grain terminal. One worker was injured.",
    "Russian troops shelled Antonivka with mortars. A man, 45, was killed.",
    "At night the enemy launched 3 Iskander-M missiles at Odesa region. All three hit open "
    "ground near Tatarbunary.",
    "Kherson: an FPV drone hit a car in the Korabelnyi district, injuring the driver.",
    "Heating points are open in every district of Odesa.",
    "Over the day, the enemy shelled 27 settlements of Kherson region; 4 people were injured.",
    "Mykolaiv region: a drone struck an agricultural enterprise in Bashtanka district overnight.",
    "Morning update: 11 attack drones were launched at the south; 10 were destroyed.",
    "A Kh-59 missile was shot down over Odesa district this morning.",
    "Schools in Odesa switch to distance learning on Monday.",
    "Drone debris fell on a residential building in Odesa's Prymorskyi district; no injuries.",
    "Kherson: shelling damaged a hospital in the Dniprovskyi district. Patients were moved.",
    "Ochakiv came under drone attack at dawn. Two boats were burned out.",
    "A Russian drone hit a bus stop in Kherson. A 70-year-old woman was injured.",
    "Air defence is working in Odesa region! Stay in shelters.",
    "Two people were injured in the shelling of Kherson's Tavriiskyi microdistrict.",
    "Over the night, 31 Shaheds and 2 missiles were launched at the south. Odesa port was hit.",
)

FORWARDED = {
    4: "Air Force of Ukraine (test)",
    9: "Air Force of Ukraine (test)",
    16: "Mykolaiv Test Administration",
    22: "Air Force of Ukraine (test)",
    29: "Air Force of Ukraine (test)",
    38: "Air Force of Ukraine (test)",
}
#: Posts whose text was edited after posting: the export carries the latest text.
EDITED = (1, 6, 13, 25, 34)
#: Posts written with text entities (bold, hashtag, text link, mention).
WITH_ENTITIES = (1, 2, 5, 7, 12, 15, 18, 23, 26, 27, 33, 37)
SERVICE = (
    {"action": "create_channel", "title": CHANNEL},
    {"action": "pin_message", "message_id": 2},
    {"action": "edit_group_title", "title": CHANNEL},
    {"action": "pin_message", "message_id": 13},
    {"action": "edit_group_photo"},
    {"action": "pin_message", "message_id": 24},
    {"action": "clear_history"},
    {"action": "pin_message", "message_id": 30},
)
PHOTOS = 4


def _entities(text: str) -> list:
    """The text as Telegram writes it with entities: a bold first sentence, a hashtag,
    a sign-off link to the channel."""
    first, _, rest = text.partition(". ")
    parts: list = [{"type": "bold", "text": first + "."}]
    if rest:
        parts.append(" " + rest)
    parts += ["\n\n", {"type": "hashtag", "text": "#south"}, " | "]
    parts.append({"type": "text_link", "text": "Subscribe", "href": f"https://t.me/{USERNAME}"})
    return parts


def _post_text(number: int, text: str) -> str | list:
    if number in WITH_ENTITIES:
        return _entities(text)
    if number in FORWARDED:
        return text
    return f"{text}\n\nt.me/{USERNAME}"


def export() -> dict:
    """The export as Telegram Desktop writes it (one chat)."""
    start = datetime(2024, 3, 1, 6, 0)
    kinds = ["service"] * len(SERVICE) + ["photo"] * PHOTOS + ["post"] * len(POSTS)
    # Interleave: a service message or photo after every fourth post.
    order: list[tuple[str, int]] = []
    posts = iter(range(1, len(POSTS) + 1))
    extras = iter(
        [("service", i) for i in range(len(SERVICE))] + [("photo", i) for i in range(PHOTOS)]
    )
    for position in range(len(kinds)):
        extra = next(extras, None) if position % 4 == 0 else None
        order.append(extra if extra else ("post", next(posts, 0)))
    order = [o for o in order if o[1] or o[0] != "post"]
    order += [("post", n) for n in posts]
    messages = []
    for index, (kind, number) in enumerate(order, start=1):
        when = start + timedelta(hours=5 * index)
        message = {
            "id": index,
            "type": "message",
            "date": when.isoformat(),
            "date_unixtime": str(int(when.timestamp())),
        }
        if kind == "service":
            message.update(
                {
                    "type": "service",
                    "actor": CHANNEL,
                    "actor_id": f"channel{CHANNEL_ID}",
                    **SERVICE[number],
                    "text": "",
                    "text_entities": [],
                }
            )
        elif kind == "photo":
            message.update(
                {
                    "from": CHANNEL,
                    "from_id": f"channel{CHANNEL_ID}",
                    "photo": "(File not included. Change data exporting settings to download.)",
                    "width": 1280,
                    "height": 960,
                    "text": "",
                    "text_entities": [],
                }
            )
        else:
            text = POSTS[number - 1]
            message.update(
                {
                    "from": CHANNEL,
                    "from_id": f"channel{CHANNEL_ID}",
                    "text": _post_text(number, text),
                }
            )
            if number in FORWARDED:
                message["forwarded_from"] = FORWARDED[number]
            if number in EDITED:
                edited = when + timedelta(minutes=20)
                message.update(
                    {"edited": edited.isoformat(), "edited_unixtime": str(int(edited.timestamp()))}
                )
        messages.append(message)
    return {"name": CHANNEL, "type": "public_channel", "id": CHANNEL_ID, "messages": messages}
