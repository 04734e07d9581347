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

/// The day of a date with a time, as Hugo writes them (`2025-01-01T10:00:00Z`,
/// `2025-01-01 10:00`, `2025-01-01T10:00:00+02:00`): its first ten characters, when
/// what follows is a time (and an optional offset). Briefs are dated by the day, so the
/// time is accepted and dropped.
pub fn day_of_datetime(s: &str) -> Option<&str> {
    let s = s.trim();
    let (day, rest) = (s.get(..10)?, s.get(10..)?);
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let time_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    let (time, zone) = rest.split_at(time_end);
    let fields: Vec<&str> = time.split(':').collect();
    let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    let time_ok = match fields.as_slice() {
        [h, m] => two(h) && two(m),
        [h, m, sec] => {
            two(h) && two(m) && {
                let whole = sec.split('.').next().unwrap_or("");
                two(whole)
            }
        }
        _ => false,
    };
    let zone = zone.trim_start();
    let zone_ok = zone.is_empty()
        || zone.eq_ignore_ascii_case("z")
        || zone
            .strip_prefix(['+', '-'])
            .is_some_and(|z| z.len() == 5 && two(&z[..2]) && &z[2..3] == ":" && two(&z[3..]));
    (time_ok && zone_ok && parse(day, false).is_ok()).then_some(day)
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
