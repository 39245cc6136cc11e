"""With no helpline known, the one sentence the member reads follows the server's register."""

from __future__ import annotations

from bot.domain.policy import load_policy
from bot.services.help.phrases import helplines_text


def test_no_helpline_known_says_tu_in_a_game_server_and_vous_in_a_patient_one() -> None:
    game = load_policy("game").model_copy(update={"helplines": {}})
    patient = load_policy("patient").model_copy(update={"helplines": {}})
    assert "Si tu es en danger" in helplines_text(game, None, "fr")
    assert "Si vous êtes en danger" in helplines_text(patient, None, "fr")
    assert helplines_text(game, None, "en").startswith("If you")
