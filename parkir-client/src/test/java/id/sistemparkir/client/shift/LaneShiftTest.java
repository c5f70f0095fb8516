package id.sistemparkir.client.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.TestLanes;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lane side of shifts against the real server: open after login, the cash expected, Tutup Shift prints. */
class LaneShiftTest {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private final SimulatedPrinter printer = new SimulatedPrinter(TestLanes.WIB);

    @BeforeEach
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void aShiftCountsTheLanesCashAndClosesWithTheDifferencePrinted() {
        try (LaneClient lane = TestLanes.open(
                server.baseUrl(), tmp.resolve("OUT1"), "OUT1", "ParkingOut", Clock.systemUTC(), printer)) {
            assertThat(lane.connect().connected()).isTrue();
            ShiftView opened = lane.shift().ensureOpen().orElseThrow();
            assertThat(lane.shift().ensureOpen().orElseThrow().id()).isEqualTo(opened.id());

            EntryOutcome car = lane.entryLane().enter("B 7000 SH", VehicleType.MOBIL, false, Optional.empty());
            ExitQuote quote = lane.exitLane().quoteTicket(car.ticketCode(), true); // lost ticket: 50.000
            lane.exitLane().exit(quote, quote.fee() + 10_000, "CASH");

            assertThat(lane.shift().refresh().summary().cashExpected()).isEqualTo(quote.fee());
            assertThat(lane.shift().transactions()).hasSize(1);

            LaneShift.Closed closed = lane.shift().close(quote.fee() - 2_000, "kurang 2 ribu");

            assertThat(closed.shift().cashDifference()).isEqualTo(-2_000);
            assertThat(closed.printWarning()).isEmpty();
            assertThat(printer.printedText().get(printer.printedText().size() - 1))
                    .contains("LAPORAN SHIFT")
                    .contains("-Rp 2.000");
            assertThat(lane.shift().current()).isEmpty();
            assertThatThrownBy(() -> lane.shift().refresh())
                    .isInstanceOfSatisfying(
                            LaneRejection.class, e -> assertThat(e.code()).isEqualTo("no_open_shift"));
        }
    }

    @Test
    void offlineTheShiftWaitsForTheServer() {
        try (LaneClient lane = TestLanes.open(
                "http://127.0.0.1:9", tmp.resolve("OUT2"), "OUT2", "ParkingOut", Clock.systemUTC(), printer)) {
            assertThat(lane.shift().ensureOpen()).isEmpty();
            assertThatThrownBy(() -> lane.shift().close(0, null))
                    .isInstanceOfSatisfying(
                            LaneRejection.class, e -> assertThat(e.text().key()).isEqualTo("shift.offline"));
        }
    }
}
