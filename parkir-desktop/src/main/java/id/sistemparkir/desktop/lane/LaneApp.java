package id.sistemparkir.desktop.lane;

import java.util.function.Function;

/**
 * One lane application (ParkingIN, ParkingOut) as the shell needs it.
 *
 * @param app the app name sent in heartbeats, e.g. {@code ParkingIN}
 * @param defaultStation the station code when none is given, e.g. {@code IN1}
 * @param icon an Ikonli icon literal for the title
 * @param content builds the window's content after the login
 */
public record LaneApp(String app, String defaultStation, String icon, Function<LaneContext, LaneContent> content) {}
