from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from townsfolk.services.settings import Settings, load_settings, save_settings


def test_defaults_when_missing(tmp_path: Path):
    settings = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert settings.show_sensitive_media is False
    assert settings.switch_back == "automatic"


def test_round_trip_and_unknown_keys_kept(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 9, "settings": {"text_scale": 150, "future": [1]}}))
    settings = load_settings(path)
    assert settings.text_scale == 150
    settings.desktop_notifications = False
    save_settings(path, settings)
    again = load_settings(path)
    assert again.text_scale == 150
    assert again.desktop_notifications is False
    assert json.loads(path.read_text())["settings"]["future"] == [1]


def test_damaged_file_is_moved_aside(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\x00{not json")
    assert load_settings(path) == Settings()
    assert not path.exists()
    assert (tmp_path / "settings.json.damaged").exists()


@given(
    st.dictionaries(
        st.sampled_from(
            ["text_scale", "switch_back", "refresh_interval", "show_sensitive_media", "other"]
        ),
        st.one_of(st.none(), st.integers(), st.text(), st.booleans(), st.floats(allow_nan=True)),
    )
)
def test_any_values_give_valid_settings(tmp_path_factory, values):
    path = tmp_path_factory.mktemp("s") / "settings.json"
    path.write_text(json.dumps({"settings": values}))
    settings = load_settings(path)
    assert Settings.TEXT_SCALE_MIN <= settings.text_scale <= Settings.TEXT_SCALE_MAX
    assert 30 <= settings.refresh_interval <= 3600
    assert settings.switch_back in ("automatic", "ask")
    assert isinstance(settings.show_sensitive_media, bool)
