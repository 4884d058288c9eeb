"""The demo province of Hòa Sơn (tỉnh Hòa Sơn), loaded by ``cong demo``.

The content is data under ``data/`` (TOML; Markdown with TOML front matter for page bodies); one loader a
domain turns it into records through the same actions a person's click runs, so clocks and audit entries
are real. ``load.py`` holds the loading order, ``users.py`` the registry of demo accounts (and the demo
password), ``factories.py`` the builders the demo and the tests share."""
