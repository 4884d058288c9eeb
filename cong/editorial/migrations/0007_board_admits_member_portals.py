"""The board's head and deputy, who decided member-portal proposals, now also hold the permission that
admits a member portal where the regulation gives that to the board (LC-19.2¶2): before, the same
permission served both. ``cong setup-roles`` gives it too; this keeps existing databases working at once."""

from django.db import migrations


def give_admission_to_deciders(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    deciders = Group.objects.filter(
        permissions__content_type__app_label="editorial", permissions__codename="decide_proposal"
    ).distinct()
    if not deciders.exists():
        return  # a new database: setup-roles gives the permission
    # Permissions are created after the migrations run; this one is needed now.
    agency, _created = ContentType.objects.get_or_create(app_label="agencies", model="agency")
    admit, _created = Permission.objects.get_or_create(
        content_type=agency,
        codename="admit_member_portal",
        defaults={"name": "Chấp thuận tích hợp cổng thành viên (Trưởng, Phó Trưởng Ban Biên tập)"},
    )
    for group in deciders:
        group.permissions.add(admit)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0006_boardapprovaltask"),
        ("agencies", "0004_admit_member_portal_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_admission_to_deciders, migrations.RunPython.noop)]
