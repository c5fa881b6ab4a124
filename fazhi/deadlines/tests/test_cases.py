"""Hand-checked deadlines across 春节, 国庆 and 调休 weeks of 2025 and 2026, plus 2027 provisional.

Schedules used (State Council notices, as carried by chinesecalendar 1.11.0):
  2025 春节 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) worked; 劳动节 05-01..05-05 off, 04-27 (Sun) worked;
  2025 国庆+中秋 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
  2026 元旦 01-01..01-03 off, 01-04 (Sun) worked; 春节 02-15..02-23 off, 02-14 and 02-28 (Sat) worked;
  2026 劳动节 05-01..05-05 off, 05-09 (Sat) worked; 中秋 09-25..09-27 off, 09-20 (Sun) worked;
  2026 国庆 10-01..10-07 off, 10-10 (Sat) worked.
Each comment counts day by day: "(k)" marks the k-th counted day.
"""

from datetime import date

from fazhi.deadlines.calendar import add_natural_days, add_working_days
from fazhi.deadlines.rules import compute


def test_disclosure_reply_across_2025_spring_festival(cal, rules):
    # given an information request received Mon 2025-01-20
    # when the 20-WD reply deadline is computed
    comp = compute(rules["disclosure.reply"], date(2025, 1, 20), cal)
    # then: 01-21(1) 22(2) 23(3) 24(4) | 25 Sat off | 26 Sun 调休(5) | 27(6) | 01-28..02-04 春节 off
    #       02-05(7) 06(8) 07(9) | 08 Sat 调休(10) | 09 Sun off | 10(11) 11(12) 12(13) 13(14) 14(15)
    #       15-16 weekend | 17(16) 18(17) 19(18) 20(19) 21 Fri(20)
    assert comp.due == date(2025, 2, 21)
    assert comp.makeup_counted == [date(2025, 1, 26), date(2025, 2, 8)]
    assert (date(2025, 1, 28), "春节放假") in comp.skipped
    assert not comp.provisional
    text = comp.explanation
    assert comp.lines[0].startswith("规则：依申请公开答复（disclosure.reply）")
    assert "第三十三条第二款" in comp.lines[0]
    assert "2025-01-20（星期一）当日不计入" in text
    assert "2025-01-28（星期二）至2025-02-04（星期二），春节放假，共 8 天" in text
    assert "2025-02-08（星期六）为春节调休上班日" in text


def test_same_request_when_makeup_days_do_not_count(cal_makeup_off):
    # given the UNCONFIRMED setting switched off: 调休 Saturdays/Sundays are rest days
    # when 20 WD run from Mon 2025-01-20
    comp = add_working_days(cal_makeup_off, date(2025, 1, 20), 20)
    # then 01-26 and 02-08 no longer count, so the 18th WD is 02-21 and
    #      02-24 Mon(19) 02-25 Tue(20)
    assert comp.due == date(2025, 2, 25)
    assert comp.makeup_counted == []
    assert any("按本系统设置不计为工作日" in why for _, why in comp.skipped)


def test_reconsideration_accept_received_friday_before_spring_festival(cal, rules):
    # given a 复议 application received Fri 2025-01-24
    comp = compute(rules["reconsideration.accept"], date(2025, 1, 24), cal)
    # then 01-25 Sat off | 01-26 Sun 调休(1) | 01-27 Mon(2) | 01-28..02-04 off | 02-05(3) 02-06(4) 02-07 Fri(5)
    assert comp.due == date(2025, 2, 7)


def test_start_on_a_holiday_counts_from_the_next_working_day(cal, rules):
    # given a penalty decision dated Sat 2025-02-01, in the middle of 春节
    comp = compute(rules["enforcement.publish_penalty"], date(2025, 2, 1), cal)
    # then day 1 is the first working day after the start day (民诉法 Art. 85):
    #      02-02..02-04 off | 02-05(1) 06(2) 07(3) | 02-08 Sat 调休(4) | 02-09 off | 10(5) 11(6) 12 Wed(7)
    #      (chinese_calendar.find_workday(7, 2025-02-01) would answer 02-13: it counts 02-05 as day 0)
    assert comp.due == date(2025, 2, 12)


def test_labour_day_2025_makeup_sunday_counts(cal, rules):
    # given a 重大决策 draft sent for legality review on Fri 2025-04-25
    comp = compute(rules["decision.legality_review_min"], date(2025, 4, 25), cal)
    # then 04-26 Sat off | 04-27 Sun 调休(1) | 28(2) 29(3) 30(4) | 05-01..05-05 off | 06(5) 07(6) 08 Thu(7)
    assert comp.due == date(2025, 5, 8)
    assert "最短期间" in comp.explanation


def test_reconsideration_decision_rolls_past_national_day_2025(cal, rules):
    # given a 复议 application accepted Sat 2025-08-02
    comp = compute(rules["reconsideration.decide"], date(2025, 8, 2), cal)
    # then 08-03..08-31 = 29 days, 09-01..09-30 = 30 (59), 10-01 is day 60 — a holiday;
    #      民诉法 Art. 85 (复议法 Art. 88) moves it past 10-01..10-08 to Thu 10-09
    assert comp.due == date(2025, 10, 9)
    assert comp.rolled_from == date(2025, 10, 1)
    assert "顺延" in comp.explanation and "国庆节放假" in comp.explanation


def test_petition_handling_does_not_roll(cal, rules):
    # given a 信访 item accepted the same Sat 2025-08-02 (60 d, no roll-forward: UNCONFIRMED, agency side)
    comp = compute(rules["petition.handle"], date(2025, 8, 2), cal)
    # then the 60th day stays on 10-01 even though it is a holiday
    assert comp.due == date(2025, 10, 1)
    assert comp.rolled_from is None
    assert "待确认" in comp.explanation


def test_simplified_decision_ends_inside_spring_festival_and_rolls(cal, rules):
    # given simplified-procedure acceptance on Fri 2025-01-03
    comp = compute(rules["reconsideration.decide_simplified"], date(2025, 1, 3), cal)
    # then 01-04..01-31 = 28, 02-01 (29), 02-02 Sun (30) — 春节; 02-03, 02-04 off; roll to Wed 02-05
    assert comp.due == date(2025, 2, 5)
    assert [d for d, _ in comp.skipped] == [date(2025, 2, 2), date(2025, 2, 3), date(2025, 2, 4)]


def test_roll_forward_stops_on_a_makeup_sunday(cal, cal_makeup_off, rules):
    # given a 调解协议 effective Thu 2024-12-26 (30 d to apply for 司法确认, rolls)
    rule = rules["mediation.agreement_confirmation"]
    # when computed with 调休 days as working days
    comp = compute(rule, date(2024, 12, 26), cal)
    # then 12-27..12-31 = 5, 01-01..01-25 = 25 → day 30 is Sat 01-25 (off); Sun 01-26 is a 调休
    #      working day, so the period ends there
    assert comp.due == date(2025, 1, 26)
    # and when 调休 days do not count, it rolls one more day to Mon 01-27
    assert compute(rule, date(2024, 12, 26), cal_makeup_off).due == date(2025, 1, 27)


def test_new_year_2026_crossing_the_year(cal, rules):
    # given a penalty hearing notice given Mon 2025-12-29 (party has 5 WD to ask for a hearing)
    comp = compute(rules["penalty.hearing_request"], date(2025, 12, 29), cal)
    # then 12-30(1) 12-31(2) | 2026-01-01..01-03 元旦 off | 01-04 Sun 调休(3) | 01-05(4) 01-06 Tue(5)
    assert comp.due == date(2026, 1, 6)
    assert comp.makeup_counted == [date(2026, 1, 4)]


def test_disclosure_reply_across_2026_spring_festival(cal, rules):
    # given a request received Fri 2026-02-06
    comp = compute(rules["disclosure.reply"], date(2026, 2, 6), cal)
    # then 02-07/08 weekend | 09(1) 10(2) 11(3) 12(4) 13(5) | 14 Sat 调休(6) | 02-15..02-23 春节 off
    #      24(7) 25(8) 26(9) 27(10) | 28 Sat 调休(11) | 03-01 Sun off | 02(12) 03(13) 04(14) 05(15) 06(16)
    #      07/08 weekend | 09(17) 10(18) 11(19) 12 Thu(20)
    assert comp.due == date(2026, 3, 12)
    assert comp.makeup_counted == [date(2026, 2, 14), date(2026, 2, 28)]
    assert "2026-02-15（星期日）至2026-02-23（星期一），春节放假，共 9 天" in comp.explanation


def test_petition_objection_over_2026_spring_festival(cal, rules):
    # given a transferred 信访 item received Thu 2026-02-12
    comp = compute(rules["petition.objection"], date(2026, 2, 12), cal)
    # then 02-13 Fri(1) | 02-14 Sat 调休(2) | 02-15..02-23 off | 24(3) 25(4) 26 Thu(5)
    assert comp.due == date(2026, 2, 26)


def test_publication_across_mid_autumn_and_national_day_2026(cal, rules):
    # given an enforcement decision (not penalty/licence) made Fri 2026-09-18, 20 WD to publish
    comp = compute(rules["enforcement.publish_other"], date(2026, 9, 18), cal)
    # then 09-19 off | 09-20 Sun 调休(1) | 21(2) 22(3) 23(4) 24(5) | 09-25..27 中秋 off | 28(6) 29(7) 30(8)
    #      10-01..10-07 国庆 off | 08(9) 09(10) | 10 Sat 调休(11) | 11 off | 12(12)..16(16) | 17/18 off
    #      19(17) 20(18) 21(19) 22 Thu(20)
    assert comp.due == date(2026, 10, 22)
    assert comp.makeup_counted == [date(2026, 9, 20), date(2026, 10, 10)]
    assert "中秋节放假" in comp.explanation and "国庆节放假" in comp.explanation


def test_petitioner_window_rolls_past_national_day_2026(cal, rules):
    # given a petitioner who received the written reply on Mon 2026-09-07 (30 d to ask for 复查, rolls)
    comp = compute(rules["petition.review_request"], date(2026, 9, 7), cal)
    # then 09-08..09-30 = 23, 10-01..10-07 = 7 → day 30 is Wed 10-07 (国庆); roll to Thu 10-08
    assert comp.due == date(2026, 10, 8)
    # and the agency's own 15-day registration clock from Wed 2026-09-16 ends on the holiday itself:
    #     09-17..09-30 = 14, 10-01 (15), no roll-forward
    assert compute(rules["petition.register"], date(2026, 9, 16), cal).due == date(2026, 10, 1)


def test_reconsideration_application_rolls_past_labour_day_2026(cal, rules):
    # given knowledge of the act on Tue 2026-03-03 (60 d, rolls)
    comp = compute(rules["reconsideration.application"], date(2026, 3, 3), cal)
    # then 03-04..03-31 = 28, April = 30 (58), 05-01 (59), 05-02 Sat (60) — 劳动节 05-01..05-05;
    #      roll over 05-02..05-05 to Wed 05-06
    assert comp.due == date(2026, 5, 6)


def test_penalty_case_ending_in_2026_spring_festival_does_not_roll(cal, rules):
    # given a case opened Thu 2025-11-20 (90 d)
    comp = compute(rules["penalty.case"], date(2025, 11, 20), cal)
    # then 11-21..11-30 = 10, December 31 (41), January 31 (72), 02-01..02-18 = 18 (90): Wed 02-18 (春节)
    assert comp.due == date(2026, 2, 18)
    assert comp.rolled_from is None


def test_third_party_consultation_excluded_over_national_day_2025(cal, rules):
    # given a request received Mon 2025-09-15 and a third-party consultation 09-22..10-10
    comp = compute(
        rules["disclosure.reply"], date(2025, 9, 15), cal,
        excluded=[(date(2025, 9, 22), date(2025, 10, 10), "征求第三方意见")],
    )  # fmt: skip
    # then 16(1) 17(2) 18(3) 19(4) | clock stops 09-22..10-10: its working days are 22..26, 28 (调休),
    #      29, 30, 10-09, 10-10 = 10 WD (the 国庆 days are rest days anyway)
    #      10-11 Sat 调休(5) | 12 off | 13(6)..17(10) | 20(11)..24(15) | 27(16)..31 Fri(20)
    assert comp.due == date(2025, 10, 31)
    assert comp.excluded == [(date(2025, 9, 22), date(2025, 10, 10), "征求第三方意见")]
    assert "其中 10 个工作日不计入期限" in comp.explanation


def test_hearing_time_excluded_from_a_natural_day_clock(cal, rules):
    # given a 复核 request received Mon 2026-03-02 and a hearing 03-10..03-12
    comp = compute(
        rules["petition.re_review"], date(2026, 3, 2), cal,
        excluded=[(date(2026, 3, 10), date(2026, 3, 12), "举行听证")],
    )  # fmt: skip
    # then 03-03..03-09 = 7, skip 10..12, 03-13..03-31 = 19 (26), 04-01..04-04 (30): Sat 04-04 (清明), no roll
    assert comp.due == date(2026, 4, 4)
    # and without the hearing the 30th day would be 04-01
    assert compute(rules["petition.re_review"], date(2026, 3, 2), cal).due == date(2026, 4, 1)


def test_hearing_notice_counts_back_over_national_day_2025(cal, rules):
    # given a penalty hearing on Mon 2025-10-13 (notice 7 WD before)
    comp = compute(rules["penalty.hearing_notice"], date(2025, 10, 13), cal)
    # then back: 10-12 Sun off | 10-11 Sat 调休(1) | 10(2) 09(3) | 10-01..10-08 off | 09-30(4) 29(5)
    #      | 09-28 Sun 调休(6) | 27 Sat off | 09-26 Fri(7)
    assert comp.due == date(2025, 9, 26)
    assert "最迟" in comp.explanation


def test_annual_report_dates(cal, rules):
    # given report year 2025: publish "before 04-01" → 2026-03-31; submit "before 03-01" → 2026-02-28
    publish = compute(rules["annual_report.publish"], date(2025, 12, 31), cal)
    assert publish.due == date(2026, 3, 31)
    assert "4月1日之前" in publish.explanation
    assert compute(rules["annual_report.submit"], date(2025, 5, 1), cal).due == date(2026, 2, 28)
    # and for report year 2027 the day before 03-01 is the leap day 2028-02-29
    assert compute(rules["annual_report.submit"], date(2027, 5, 1), cal).due == date(2028, 2, 29)
    # and GIP reports are due "by" 01-31 / 03-31 inclusive
    assert compute(rules["disclosure.annual_report"], date(2025, 1, 1), cal).due == date(2026, 1, 31)


def test_2027_is_provisional(cal, rules):
    # given a request received Mon 2026-12-21; 2027's schedule is not yet published
    comp = compute(rules["disclosure.reply"], date(2026, 12, 21), cal)
    # then only weekends are skipped in 2027 (01-01 counts as a working day for now):
    #      22(1) 23(2) 24(3) 25(4) | 26/27 | 28(5) 29(6) 30(7) 31(8) | 2027-01-01 Fri(9) | 02/03
    #      04(10)..08(14) | 09/10 | 11(15)..15(19) | 16/17 | Mon 01-18(20)
    assert comp.due == date(2027, 1, 18)
    assert comp.provisional is True
    assert comp.provisional_years == [2027]
    assert "2027 年的国务院放假调休安排尚未录入" in comp.explanation
    assert "临时结果" in comp.explanation
    assert comp.as_dict()["provisional"] is True


def test_natural_days_without_roll_are_never_provisional(cal):
    # given a natural-day period ending in 2027 without roll-forward: no day's status matters
    comp = add_natural_days(cal, date(2026, 12, 20), 30)
    assert comp.due == date(2027, 1, 19)
    assert not comp.provisional
