package id.sistemparkir.client.lane;

import java.time.ZoneId;

/** Who this lane is: its station code (per data dir), its gate, the site printed on tickets, and its time zone. */
public record LaneIdentity(String station, String gate, String siteName, ZoneId zone) {}
