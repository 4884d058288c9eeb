"""security.access_levels (ST-8.3: quản trị, kiểm duyệt, cập nhật; BK-8.2.a …): the roles setup creates."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cong.core.profiles import load_profile
from cong.core.tests.test_profiles import write_province
from cong.editorial.roles import profile_roles


def roles(profile) -> set[str]:
    return {role.key for role in profile_roles(profile)}


def test_the_access_levels_of_the_profile_decide_which_roles_exist(tmp_path):
    assert "moderate" in roles(load_profile("national"))  # administer, moderate, update
    write_province(
        tmp_path,
        'parent = "national"\n[security]\naccess_levels = { value = ["administer", "update"], source = "ST-8.3" }\n',
    )
    assert "moderate" not in roles(load_profile("thu-nghiem", tmp_path))
    write_province(
        tmp_path,
        'parent = "national"\n[security]\naccess_levels = { value = ["kiem_tra"], source = "ST-8.3" }\n',
        "la",
    )
    with pytest.raises(ImproperlyConfigured, match="«kiem_tra»"):
        profile_roles(load_profile("la", tmp_path))
