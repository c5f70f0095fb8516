package id.sistemparkir.desktop.login;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;

/** Opens a lane client for a login (the wiring's devices and clock); a function so tests give a real server's. */
@FunctionalInterface
public interface LaneOpener {
    LaneClient open(LaneConfig config);
}
