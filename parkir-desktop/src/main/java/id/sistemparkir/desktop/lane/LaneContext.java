package id.sistemparkir.desktop.lane;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneLive;
import id.sistemparkir.client.device.setup.Devices;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.time.Clock;

/** What a lane window's content is built from once the operator logged in. */
public record LaneContext(
        LaneClient client, LaneLive live, Devices devices, Tasks tasks, Texts texts, Formats formats, Clock clock) {}
