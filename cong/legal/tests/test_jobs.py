def test_closing_consultations_is_a_periodic_job():
    from cong.core.jobs import periodic_jobs

    assert periodic_jobs()["close-due-consultations"].interval().total_seconds() == 15 * 60
