package org.commonground.reporting.control;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bar chart of completions per month, drawn by the server as SVG (no script): twelve
 * months ending with this month (or with the latest completion, if a date lies ahead),
 * each bar's height in proportion to the busiest month. The geometry is in the units of
 * the picture's {@link #WIDTH} x {@link #HEIGHT} view box, so it scales to any screen.
 */
public record CompletionChart(List<Bar> bars, long total, long highest) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 200;
    public static final int MONTHS = 12;
    /** The bottom of the bars (the axis); month names are written below it. */
    public static final int BASELINE = 160;
    private static final int TALLEST = 120;
    private static final int LEFT = 8;
    private static final int BAR_WIDTH = 24;

    /**
     * One month: its names (long for the table, short for the axis, the year under the
     * first month and every January), its count, and where its bar and labels go.
     */
    public record Bar(String month, String shortMonth, String year, long count, int x, int y, int height, int middle) {
    }

    public static CompletionChart of(Map<YearMonth, Long> perMonth, YearMonth thisMonth) {
        YearMonth last = perMonth.keySet().stream().max(YearMonth::compareTo).filter(thisMonth::isBefore).orElse(thisMonth);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        long highest = 0;
        long total = 0;
        for (int i = 0; i < MONTHS; i++) {
            long count = perMonth.getOrDefault(first.plusMonths(i), 0L);
            highest = Math.max(highest, count);
            total += count;
        }
        int slot = (WIDTH - 2 * LEFT) / MONTHS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            long count = perMonth.getOrDefault(month, 0L);
            int height = highest == 0 ? 0 : (int) Math.round(count * (double) TALLEST / highest);
            int middle = LEFT + i * slot + slot / 2;
            String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
            String shortName = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
            String year = i == 0 || month.getMonthValue() == 1 ? String.valueOf(month.getYear()) : "";
            bars.add(new Bar(name + " " + month.getYear(), shortName, year, count, middle - BAR_WIDTH / 2, BASELINE - height,
                    height, middle));
        }
        return new CompletionChart(Collections.unmodifiableList(bars), total, highest);
    }

    /** The months it spans, in words, for the picture's description. */
    public String getSpan() {
        return bars.get(0).month() + " to " + bars.get(bars.size() - 1).month();
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getBaseline() {
        return BASELINE;
    }
}
