package org.commonground.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates and times as people in the deployment's time zone read them ({@code #{dates.time(x)}}). */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone()));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * A day typed into a form (yyyy-mm-dd), only between the years 1900 and 2200: a
     * year such as 999,999,999 parses, but no database keeps it the same way.
     */
    public static LocalDate parseDay(String text) {
        LocalDate day = LocalDate.parse(text.trim());
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("a year between " + FIRST_YEAR + " and " + LAST_YEAR, text, 0);
        }
        return day;
    }

    public String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zone()));
    }
}
