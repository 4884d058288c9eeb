def test_closing_consultations_is_a_periodic_job():
    from cong.ops.scheduler import jobs

    assert jobs()["close-due-consultations"].interval().total_seconds() == 15 * 60
