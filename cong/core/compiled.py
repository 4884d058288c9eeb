"""The SQL of a public page's fixed queries compiled once a process, not once a request.

Building a queryset and compiling it to SQL costs more CPU than SQLite or PostgreSQL take to answer it (a
page's query: ~0.3–0.6 ms of Python for ~0.05–0.2 ms in the database; issue 17). ``fetch`` keeps, under a
key naming the query and every value it is built from, the compiled statement and its parameters, and runs
that statement again: the rows are read afresh each time — nothing but the SQL text is kept, so nothing
can be stale. The key must hold everything the queryset's construction reads (a page's path, a site's id,
a limit); the statement is kept per database connection object (one per thread and alias), at most
``SIZE`` of them, least recently used dropped first. An entry keeps the compiled query (its columns, joins
and converters): ~10–40 KB, so ``SIZE`` bounds it to ~20 MB a worker; a page's dozen statements and those
every page shares (site, settings, menu, home lists) stay, a crawl through every article only compiles as
it would without this.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from django.core.exceptions import EmptyResultSet
from django.db import connections, router

SIZE = 500
_ATTRIBUTE = "_cong_compiled_queries"


def fetch(model, key: Hashable, build: Callable) -> list:
    """``list(build())`` — a queryset of ``model`` (models, ``values_list`` rows, ``select_related`` and
    ``prefetch_related`` as usual) — with its SQL compiled the first time ``key`` is asked on this
    connection only."""
    alias = router.db_for_read(model)
    connection = connections[alias]
    store = connection.__dict__.get(_ATTRIBUTE)
    if store is None:
        store = connection.__dict__[_ATTRIBUTE] = OrderedDict()
    entry = store.get(key)
    if entry is None:
        queryset = build()
        if queryset.db != alias:
            return list(queryset)
        query = queryset.query
        compiler = query.get_compiler(using=alias)
        try:
            compiled = compiler.as_sql()
        except EmptyResultSet:
            return list(queryset)
        # The compiler keeps what its first compilation worked out (the columns and how to convert them,
        # the related objects to fill); later runs only execute the same statement.
        compiler.as_sql = lambda *args, **kwargs: compiled
        query.get_compiler = lambda *args, **kwargs: compiler
        entry = (queryset, query)
        store[key] = entry
        while len(store) > SIZE:
            store.popitem(last=False)
    else:
        store.move_to_end(key)
    template, query = entry
    queryset = template.__class__(model=template.model, query=query, using=alias, hints=template._hints)
    queryset._iterable_class = template._iterable_class
    queryset._fields = template._fields
    queryset._prefetch_related_lookups = template._prefetch_related_lookups
    return list(queryset)


def clear() -> None:
    """Forget the compiled statements of this thread's connections (tests)."""
    for connection in connections.all(initialized_only=True):
        connection.__dict__.pop(_ATTRIBUTE, None)
