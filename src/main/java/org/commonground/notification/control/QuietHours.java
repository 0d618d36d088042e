package org.commonground.notification.control;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * When reminder emails may leave: not at night (between {@code from} and {@code until}
 * o'clock, the span may cross midnight; equal hours mean no quiet time) and, unless
 * allowed, not on Saturday or Sunday, in the platform's time zone.
 */
public record QuietHours(int from, int until, boolean weekends) {

    public QuietHours {
        if (from < 0 || from > 23 || until < 0 || until > 23) {
            throw new IllegalArgumentException("quiet hours are whole hours from 0 to 23");
        }
    }

    /** Parses {@code "20-8"} (quiet from 20:00 to 08:00); blank means never quiet at night. */
    public static QuietHours parse(String span, boolean weekends) {
        if (span == null || span.isBlank()) {
            return new QuietHours(0, 0, weekends);
        }
        String[] parts = span.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("quiet hours look like 20-8, not " + span);
        }
        return new QuietHours(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), weekends);
    }

    public boolean quiet(ZonedDateTime at) {
        DayOfWeek day = at.getDayOfWeek();
        if (!weekends && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            return true;
        }
        int hour = at.getHour();
        if (from == until) {
            return false;
        }
        return from < until ? hour >= from && hour < until : hour >= from || hour < until;
    }
}
