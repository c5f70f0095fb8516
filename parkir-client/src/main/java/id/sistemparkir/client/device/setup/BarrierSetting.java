package id.sistemparkir.client.device.setup;

import id.sistemparkir.client.device.barrier.SerialRelayConfig;
import java.util.Objects;

/** Which barrier a lane uses. */
public sealed interface BarrierSetting {

    /** {@code barrier=simulated}. */
    record Simulated() implements BarrierSetting {
        @Override
        public String toString() {
            return "simulated";
        }
    }

    /** {@code barrier=serial:PORT}: a relay on a serial line, with {@link SerialRelayConfig#defaults} otherwise. */
    record Serial(SerialRelayConfig config) implements BarrierSetting {
        public Serial {
            Objects.requireNonNull(config, "config");
        }

        @Override
        public String toString() {
            return "serial:" + config.portName() + " " + config.baudRate() + " baud, auto-close "
                    + config.autoCloseAfter().toSeconds() + " s";
        }
    }
}
