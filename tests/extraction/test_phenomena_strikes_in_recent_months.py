"""A remark on strikes "in recent months" ("Kiev a multiplié ces derniers mois les
frappes contre les infrastructures pétrolières russes", "Kiew hat in den vergangenen
Monaten seine Angriffe verstärkt") tells no strike: neither the capital that made
them nor the one whose war effort they hit is a place struck."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 6, 20)

LEAD = {
    "fr": "Des drones ont frappé un dépôt pétrolier à Rossoch dans la nuit.",
    "de": "Drohnen trafen in der Nacht ein Treibstofflager in Rossosch.",
    "uk": "Уночі дрони атакували нафтобазу в Бєлгороді.",
    "it": "Nella notte i droni hanno colpito un deposito di carburante a Rossosh.",
}

STRUCK = {"fr": "Rossosh", "de": "Rossosh", "uk": "Belgorod", "it": "Rossosh"}

REMARK = {
    "fr": "Kiev a multiplié ces derniers mois les frappes contre les infrastructures "
    "pétrolières russes, qu'elle juge essentielles à l'effort de guerre de Moscou.",
    "de": "Kiew hat in den vergangenen Monaten seine Angriffe auf die russische "
    "Ölinfrastruktur verstärkt.",
    "uk": "Київ протягом останніх місяців посилив удари по російських НПЗ.",
    "it": "Kiev ha intensificato negli ultimi mesi gli attacchi contro le raffinerie russe.",
}


@pytest.mark.parametrize("language", sorted(LEAD))
def test_a_remark_on_recent_months_strikes_no_capital(extract, language):
    text = f"News\n\n{LEAD[language]} {REMARK[language]}"
    events = extract(text, published=PUBLISHED, language=language)
    assert [e.place for e in events] == [STRUCK[language]]
