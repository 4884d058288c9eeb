"""Vietnamese text: NFC on entry, legacy TCVN3/VNI conversion, folding, slugs, sort order.

Provisions: BK-4.1, KT-9.2, ST-10.5, HG-4.2 (Unicode TCVN 6909:2001), ND43-7.
"""

import io
import unicodedata
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import given
from hypothesis import strategies as st

from cong.core.models import CalendarAdjustment
from cong.core.text import (
    TCVN3,
    UNICODE,
    VNI,
    LegacyTextError,
    clean_text,
    decode_bytes,
    detect_encoding,
    fix_text,
    fold,
    is_vietnamese_syllable,
    nfc,
    slugify,
    sort_key,
    unicode_to_legacy,
    vi_sorted,
    vietnamese_letters,
)

# The five seed regulations, kept in the repository (a copy of ../shared/seeds) so the test never runs empty.
SEEDS = Path(__file__).resolve().parents[2] / "demo" / "data" / "legal" / "seeds"
MOTTO = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
# Real legacy text as it shows when a .VnTime or VNI-Times document is pasted into a Unicode form.
MOTTO_TCVN3 = "Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc"
MOTTO_VNI = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc"

vietnamese_text = st.text(
    alphabet=st.sampled_from(
        vietnamese_letters() + list("abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY 0123456789.,-")
        + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]
    )
)  # fmt: skip


# --- NFC -----------------------------------------------------------------------------------------


def test_decomposed_input_becomes_precomposed():
    decomposed = unicodedata.normalize("NFD", "Bắc Kạn thủ tục")
    assert decomposed != "Bắc Kạn thủ tục"
    assert nfc(decomposed) == "Bắc Kạn thủ tục"
    assert clean_text(decomposed) == "Bắc Kạn thủ tục"


@pytest.mark.django_db
def test_text_saved_through_any_model_is_stored_nfc():
    """BK-4.1: "NFD 'Bắc Kạn' saved equals NFC" — the save hook covers forms, admin, imports, API."""
    entry = CalendarAdjustment.objects.create(
        date="2026-05-04", kind="day_off", reason=unicodedata.normalize("NFD", "Nghỉ bù ở Bắc Kạn")
    )
    entry.refresh_from_db()
    assert entry.reason == "Nghỉ bù ở Bắc Kạn"
    assert unicodedata.is_normalized("NFC", entry.reason)


@pytest.mark.django_db
def test_legacy_text_pasted_into_a_form_is_stored_as_unicode():
    entry = CalendarAdjustment.objects.create(date="2026-05-04", kind="day_off", reason="NghØ bï TÕt")
    entry.refresh_from_db()
    assert entry.reason == "Nghỉ bù Tết"


@given(vietnamese_text)
def test_nfc_is_idempotent(text):
    assert nfc(nfc(text)) == nfc(text)
    assert unicodedata.is_normalized("NFC", nfc(text))


# --- Folding, slugs ------------------------------------------------------------------------------


def test_fold_removes_diacritics_and_maps_d_stroke():
    assert fold("Thủ tục Đất đai") == "thu tuc dat dai"
    assert fold(unicodedata.normalize("NFD", "Hậu Giang")) == "hau giang"


@given(vietnamese_text)
def test_fold_is_idempotent_and_keeps_positions(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert len(folded) == len(nfc(text))  # the search highlighter maps positions 1:1
    assert folded.isascii() or not any(char in folded for char in "đăâêôơư")


def test_slugs_keep_every_letter():
    assert slugify("Thủ tục hành chính") == "thu-tuc-hanh-chinh"
    assert slugify("Đất đai – Điện Biên!") == "dat-dai-dien-bien"
    assert slugify("Quyết định số 17/2018/QĐ-UBND", max_length=20) == "quyet-dinh-so-172018"


# --- Sort order ----------------------------------------------------------------------------------


def test_vietnamese_alphabet_order():
    shuffled = ["ê", "đa", "ba", "ăn", "e", "da", "anh", "an", "âm", "Ơn", "ôm", "om", "ưa", "ua", "y"]
    assert vi_sorted(shuffled) == [
        "an",
        "anh",
        "ăn",
        "âm",
        "ba",
        "da",
        "đa",
        "e",
        "ê",
        "om",
        "ôm",
        "Ơn",
        "ua",
        "ưa",
        "y",
    ]


def test_tones_sort_after_base_letters():
    # Letters decide first ("mà" < "mai"), then tones: ngang, huyền, hỏi, ngã, sắc, nặng.
    assert vi_sorted(["mạ", "má", "mai", "mã", "mả", "mà", "ma"]) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
        "mai",
    ]


def test_sort_key_orders_records_by_name():
    agencies = [
        {"name": "Sở Y tế"},
        {"name": "Sở Tài chính"},
        {"name": "Sở Công Thương"},
        {"name": "Sở Tư pháp"},
    ]
    names = [agency["name"] for agency in vi_sorted(agencies, key=lambda agency: agency["name"])]
    assert names == ["Sở Công Thương", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế"]
    assert sort_key("an").isdigit()  # stored in a column, it sorts the same under any collation


# --- Legacy encodings ----------------------------------------------------------------------------


def test_tcvn3_text_is_detected_and_converted():
    result = fix_text(MOTTO_TCVN3)
    assert (result.text, result.encoding) == (MOTTO, TCVN3)


def test_vni_text_is_detected_and_converted():
    result = fix_text(MOTTO_VNI)
    assert (result.text, result.encoding) == (MOTTO, VNI)


def test_tcvn3_capitals_typed_with_vntimeh_are_restored():
    assert fix_text("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM").text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.mark.parametrize("letter", vietnamese_letters())
def test_vni_round_trips_every_letter(letter):
    from cong.core.text import vni_to_unicode

    encoded = unicode_to_legacy(letter, VNI)
    assert vni_to_unicode(encoded) == letter
    assert vni_to_unicode(f"T{encoded}N") == f"T{letter}N"


@pytest.mark.parametrize("letter", vietnamese_letters())
def test_tcvn3_round_trips_every_letter(letter):
    from cong.core.text import tcvn3_to_unicode

    encoded = unicode_to_legacy(letter, TCVN3)
    has_own_code = letter.islower() or letter in "ĂÂĐÊÔƠƯ"
    # TCVN3 has no code for a capital with a tone: .VnTimeH draws the lower-case code as a capital.
    assert tcvn3_to_unicode(encoded) == (letter if has_own_code else letter.lower())
    assert tcvn3_to_unicode(f"T{encoded}N") == f"T{letter.upper()}N"


def test_every_lower_case_letter_has_one_tcvn3_code():
    lower = [letter for letter in vietnamese_letters() if letter.islower()]
    codes = [unicode_to_legacy(letter, TCVN3) for letter in lower]
    assert all(len(code) == 1 for code in codes)
    assert len(set(codes)) == len(lower)


REAL_WORDS = [
    "Thủ",
    "tục",
    "hành",
    "chính",
    "Bắc",
    "Kạn",
    "dân",
    "đai",
    "tôi",
    "cà",
    "phê",
    "Tây",
    "quyết",
    "định",
]


@given(st.lists(st.sampled_from(REAL_WORDS), min_size=1))
def test_unicode_sentences_are_never_converted(words):
    text = " ".join(words)
    result = fix_text(text)
    assert (result.text, result.encoding) == (text, UNICODE)


@given(st.lists(st.sampled_from(REAL_WORDS)))
def test_legacy_sentences_round_trip(words):
    # One word alone can be ambiguous (TCVN3 "tôc" is also the Unicode word "tôc"); a sentence decides.
    text = " ".join(["Người", "dân", "Việt", "Nam", *words])
    converted = fix_text(unicode_to_legacy(text, VNI))
    assert (converted.text, converted.encoding) == (text, VNI)
    converted = fix_text(unicode_to_legacy(text, TCVN3))
    assert (converted.text.lower(), converted.encoding) == (text.lower(), TCVN3)


@pytest.mark.parametrize(
    "text",
    [
        "Hello world, this is plain English.",
        "café crème, naïve résumé, Zürich, São Paulo, Ångström",
        "Paris · London",
        "cà phê",
        "Tôi yêu em",
        "Tây Ninh, Cà Mau",
        MOTTO,
    ],
)
def test_correct_unicode_and_english_are_never_touched(text):
    result = fix_text(text)
    assert result.encoding == UNICODE
    assert result.text == nfc(text)


def test_seed_regulations_are_already_unicode():
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        assert detect_encoding(text) == UNICODE, seed.name
        assert fix_text(text).text == nfc(text)


def test_syllable_shape():
    assert all(is_vietnamese_syllable(word) for word in ["nghiêng", "Thủ", "khuya", "người", "quyết", "gì"])
    assert not any(is_vietnamese_syllable(word) for word in ["café", "world", "hàá", "Zürich"])


def test_legacy_bytes_from_a_file_are_decoded():
    assert decode_bytes(MOTTO_TCVN3.encode("latin-1")).text == MOTTO
    assert decode_bytes(MOTTO_VNI.encode("latin-1")).encoding == VNI
    assert decode_bytes(b"\xef\xbb\xbf" + MOTTO.encode()).text == MOTTO
    assert decode_bytes(MOTTO.encode("utf-16")).text == MOTTO


def test_undecodable_bytes_raise_a_clear_error():
    with pytest.raises(LegacyTextError, match="Không nhận ra bảng mã"):
        decode_bytes("Ceci n'est pas du vietnamien: café crème".encode("latin-1"))


# --- cong text fix FILE --------------------------------------------------------------------------


def test_text_fix_command_prints_unicode_and_the_encoding(tmp_path):
    source = tmp_path / "quyet-dinh.txt"
    source.write_bytes(MOTTO_TCVN3.encode("latin-1"))
    out, err = io.StringIO(), io.StringIO()
    call_command("text", "fix", str(source), stdout=out, stderr=err)
    assert out.getvalue() == MOTTO + "\n"
    assert "TCVN3" in err.getvalue()
    assert source.read_bytes() == MOTTO_TCVN3.encode("latin-1")  # the original is never altered


def test_text_fix_command_refuses_unknown_encodings(tmp_path):
    source = tmp_path / "french.txt"
    source.write_bytes("café crème".encode("latin-1"))
    with pytest.raises(CommandError, match="Không nhận ra bảng mã") as error:
        call_command("text", "fix", str(source), stdout=io.StringIO())
    assert error.value.returncode == 1
    with pytest.raises(CommandError, match="Không đọc được tệp"):
        call_command("text", "fix", str(tmp_path / "missing.txt"))


def test_clean_text_drops_nul_characters_that_postgresql_refuses():
    from cong.core.text import clean_text

    assert clean_text("Họp\x00 giao ban") == "Họp giao ban"
