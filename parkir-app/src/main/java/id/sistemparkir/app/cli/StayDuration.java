package id.sistemparkir.app.cli;

import java.time.Duration;

/** Formats a stay the way a lane operator reads it: "2 j 30 m", "1 h 0 j 1 m" (hari, jam, menit). */
final class StayDuration {

    private StayDuration() {}

    static String format(Duration stay) {
        long days = stay.toDays();
        int hours = stay.toHoursPart();
        int minutes = stay.toMinutesPart();
        int seconds = stay.toSecondsPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" h ");
        }
        if (days > 0 || hours > 0) {
            text.append(hours).append(" j ");
        }
        text.append(minutes).append(" m");
        if (seconds > 0) {
            text.append(' ').append(seconds).append(" d");
        }
        return text.toString();
    }
}
