//! Dates as editors write them: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
//!
//! Dates stay strings all the way to the templates (so a month-precision date is never
//! padded into a false day); this module validates them and formats them for readers.

use time::{Date, Month};

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
}

/// Parses `YYYY-MM-DD`, or `YYYY-MM` when `allow_month` is set; `Err` explains what was expected.
pub fn parse(s: &str, allow_month: bool) -> Result<(Date, Precision), String> {
    let expected = if allow_month {
        "expected a date as YYYY-MM-DD, or YYYY-MM"
    } else {
        "expected a date as YYYY-MM-DD"
    };
    // A date with a time out of range (`2025-01-01T25:00:00Z`) says which part is wrong.
    if let Some(Err(message)) = datetime(s) {
        return Err(message);
    }
    let parts: Vec<&str> = s.trim().split('-').collect();
    let number = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (year, month, day, precision) = match parts.as_slice() {
        [y, m, d] => (number(y, 4), number(m, 2), number(d, 2), Precision::Day),
        [y, m] if allow_month => (number(y, 4), number(m, 2), Some(1), Precision::Month),
        _ => return Err(format!("invalid date `{s}`: {expected}")),
    };
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return Err(format!("invalid date `{s}`: {expected}"));
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(|| format!("invalid date `{s}`: there is no month {month}"))?;
    let date = Date::from_calendar_date(year as i32, month, day as u8)
        .map_err(|_| format!("invalid date `{s}`: {month} {year} has no day {day}"))?;
    Ok((date, precision))
}

/// A front-matter date as it is kept: a date with a time ([`day_of_datetime`]) as its
/// day, anything else as [`parse`] reads it (trimmed), or [`parse`]'s reason it is no
/// date. Briefs' `date:` and `updated:`, and seeds' `published:` and `modified:`, are
/// read by this one rule, so a page's `<time datetime>` copied by hand is accepted.
pub fn kept_day(s: &str, allow_month: bool) -> Result<&str, String> {
    if let Some(day) = day_of_datetime(s) {
        return Ok(day);
    }
    parse(s, allow_month).map(|_| s.trim())
}

/// The day of a date with a time, as Hugo writes them (`2025-01-01T10:00:00Z`,
/// `2025-01-01 10:00`, `2025-01-01T10:00:00+02:00`): its first ten characters, when
/// what follows is a time (and an optional offset). Briefs are dated by the day, so the
/// time is accepted and dropped.
fn day_of_datetime(s: &str) -> Option<&str> {
    datetime(s).and_then(Result::ok)
}

/// A date with a time: `None` when `s` is not written as one; else its day, or why the
/// time is no time (`25:00`, `10:99`), in [`parse`]'s words.
fn datetime(s: &str) -> Option<Result<&str, String>> {
    let s = s.trim();
    let (day, rest) = (s.get(..10)?, s.get(10..)?);
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let time_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    let (time, zone) = rest.split_at(time_end);
    let fields: Vec<&str> = time.split(':').collect();
    let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    // Hour, minute and second (60 for a leap second), each with its highest value.
    let (hour, minute, second) = match fields.as_slice() {
        [h, m] if two(h) && two(m) => (*h, *m, None),
        [h, m, sec] if two(h) && two(m) => {
            let (whole, fraction) = sec.split_once('.').unwrap_or((sec, "0"));
            if !two(whole) || fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (*h, *m, Some(whole))
        }
        _ => return None,
    };
    let zone = zone.trim_start();
    let zone_ok = zone.is_empty()
        || zone.eq_ignore_ascii_case("z")
        || zone
            .strip_prefix(['+', '-'])
            .is_some_and(|z| z.len() == 5 && two(&z[..2]) && &z[2..3] == ":" && two(&z[3..]));
    if !zone_ok || parse(day, false).is_err() {
        return None;
    }
    let over = |field: &str, max: u8| field.parse::<u8>().map_or(true, |n| n > max);
    let wrong = if over(hour, 23) {
        Some(format!("there is no hour {hour} (0–23)"))
    } else if over(minute, 59) {
        Some(format!("there is no minute {minute} (0–59)"))
    } else {
        second
            .filter(|sec| over(sec, 60))
            .map(|sec| format!("there is no second {sec} (0–60)"))
    };
    Some(match wrong {
        Some(why) => Err(format!("invalid date `{s}`: {why}")),
        None => Ok(day),
    })
}

/// `2025-03-05` → `5 March 2025`; `2025-02` → `February 2025`; anything else as it is.
pub fn format(s: &str) -> String {
    match parse(s, true) {
        Ok((date, Precision::Day)) => format!("{} {} {}", date.day(), date.month(), date.year()),
        Ok((date, Precision::Month)) => format!("{} {}", date.month(), date.year()),
        Err(_) => s.to_owned(),
    }
}

/// Today's date as `YYYY-MM-DD` (UTC), for `brief new`.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc().date();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hugo_datetimes_give_their_day() {
        assert_eq!(day_of_datetime("2025-01-01T10:00:00Z"), Some("2025-01-01"));
        assert_eq!(day_of_datetime("2025-01-01 10:00"), Some("2025-01-01"));
        assert_eq!(
            day_of_datetime("2025-01-01T10:00:00.5+02:00"),
            Some("2025-01-01")
        );
        assert_eq!(day_of_datetime("2025-01-01"), None);
        assert_eq!(day_of_datetime("2025-02-30T10:00:00Z"), None);
        assert_eq!(day_of_datetime("2025-01-01Tnoon"), None);
        assert_eq!(day_of_datetime("2025-06-30T23:59:60Z"), Some("2025-06-30"));
    }

    /// A time that is no time is an error saying which part is out of range, not a day
    /// with its time dropped (`25:00` and `99:99` were accepted).
    #[test]
    fn times_out_of_range_are_errors() {
        for (s, why) in [
            ("2025-01-01T25:00:00Z", "there is no hour 25 (0–23)"),
            ("2025-01-01 99:99", "there is no hour 99 (0–23)"),
            ("2025-01-01T10:60", "there is no minute 60 (0–59)"),
            ("2025-01-01T10:00:61+02:00", "there is no second 61 (0–60)"),
        ] {
            assert_eq!(day_of_datetime(s), None, "{s}");
            assert_eq!(parse(s, false), Err(format!("invalid date `{s}`: {why}")));
            assert_eq!(parse(s, true), Err(format!("invalid date `{s}`: {why}")));
        }
    }

    #[test]
    fn parses_day_and_month_precision() {
        assert_eq!(parse("2025-02-25", false).unwrap().1, Precision::Day);
        assert_eq!(parse("2025-02", true).unwrap().1, Precision::Month);
        assert!(parse("2025-02", false).is_err());
        assert!(
            parse("2025-02-30", false)
                .unwrap_err()
                .contains("no day 30")
        );
        assert!(
            parse("2025-13-01", false)
                .unwrap_err()
                .contains("no month 13")
        );
        assert!(parse("25-02-01", false).is_err());
        assert!(parse("", true).is_err());
    }

    #[test]
    fn formats_for_readers() {
        assert_eq!(format("2025-03-05"), "5 March 2025");
        assert_eq!(format("2025-02"), "February 2025");
        assert_eq!(format("soon"), "soon");
    }
}
