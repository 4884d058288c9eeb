"""gunicorn's settings for Cổng, read by every way the portal is served (`make demo`, the deployment in
README and docs/deploy.md, the benchmarks):

    gunicorn -c python:cong.gunicorn_conf cong.wsgi --bind 127.0.0.1:8000 --workers 4

``preload_app``: the master imports Django, Wagtail and the portal once and forks its workers from it. A
worker that dies (killed, out of memory) is replaced by a fork that answers at once, instead of a new
process importing everything again — over a second of CPU before it serves (1.25 s measured on the
2-core benchmark machine), taken from the workers still answering while one worker fewer serves (issue
17, citizens' submissions with a worker killed). The price: ``kill -HUP`` re-forks the workers from the code the master loaded, so after a deployment
gunicorn is restarted (``systemctl restart``), not reloaded.
"""

preload_app = True


def pre_fork(server, worker):
    """Nothing the master opened is shared with a worker: a database connection in two processes mixes
    their statements and transactions on one socket or file. cong.wsgi closes the one its readiness check
    used; this closes any other before every fork (the master serves no request, so it never reopens)."""
    from django.db import connections

    connections.close_all()
