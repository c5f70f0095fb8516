package id.sistemparkir.client.device.setup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Which printer a lane uses. */
public sealed interface PrinterSetting {

    /** {@code printer=simulated}: in memory and in the log. */
    record Simulated() implements PrinterSetting {
        @Override
        public String toString() {
            return "simulated";
        }
    }

    /** {@code printer=png:DIR}: PNG files in a folder. */
    record PngFiles(Path dir) implements PrinterSetting {
        public PngFiles {
            Objects.requireNonNull(dir, "dir");
        }

        @Override
        public String toString() {
            return "png:" + dir;
        }
    }

    /** {@code printer=pdf:DIR}: PDF files in a folder. */
    record PdfFiles(Path dir) implements PrinterSetting {
        public PdfFiles {
            Objects.requireNonNull(dir, "dir");
        }

        @Override
        public String toString() {
            return "pdf:" + dir;
        }
    }

    /** {@code printer=escpos:HOST[:PORT]}: a network thermal printer (port 9100 by default). */
    record EscPos(String host, int port, Duration timeout) implements PrinterSetting {
        public static final int DEFAULT_PORT = 9100;

        public EscPos {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public String toString() {
            return "escpos:" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + ", timeout "
                    + timeout.toMillis() + " ms";
        }
    }
}
