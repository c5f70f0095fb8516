package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.payment.PaymentMethods;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lane refuses a payment method outside the server's set, online and offline (with the last set it heard). */
class PaymentMethodLaneTest {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;
    private LaneClient lane;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        link = TcpProxy.start("127.0.0.1", server.server().port());
        lane = TestLanes.open(
                "http://127.0.0.1:" + link.port(),
                tmp.resolve("OUT1"),
                "OUT1",
                "ParkingOut",
                Clock.systemUTC(),
                new SimulatedPrinter(TestLanes.WIB));
    }

    @AfterEach
    void stop() {
        lane.close();
        link.close();
        server.close();
        database.close();
    }

    private ExitQuote carInside(String plate) {
        EntryOutcome entry = lane.entryLane().enter(plate, VehicleType.MOTOR, false, Optional.empty());
        return lane.exitLane().quoteTicket(entry.ticketCode(), false);
    }

    @Test
    void beforeAnyLoginTheLaneKnowsTheBuiltInSet() {
        assertThat(lane.paymentMethods()).containsExactlyElementsOf(PaymentMethods.BUILT_IN);
    }

    @Test
    void bitcoinIsRefusedOnlineAndOfflineAndTheAdministratorsAdditionWorksOffline() {
        TestApi api = server.api();
        assertThat(api.put(
                                "/api/v1/settings",
                                api.adminToken(),
                                TestApi.json(Map.of("paymentMethods", List.of("VOUCHER"))))
                        .statusCode())
                .isEqualTo(200);
        assertThat(lane.connect().connected()).isTrue();
        assertThat(lane.exitLane().paymentMethods()).contains("QRIS", "VOUCHER");
        ExitQuote online = carInside("B 6601 PM");

        assertThatThrownBy(() -> lane.exitLane().exit(online, online.fee(), "BITCOIN"))
                .isInstanceOfSatisfying(LaneRejection.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_payment_method");
                    assertThat(e.text().args()).first().isEqualTo("BITCOIN");
                });
        assertThat(lane.exitLane().exit(online, online.fee(), "qris").paymentMethod())
                .isEqualTo("QRIS");

        ExitQuote second = carInside("B 6602 PM");
        link.cut();
        assertThatThrownBy(() -> lane.exitLane().exit(second, second.fee(), "BITCOIN"))
                .isInstanceOf(LaneRejection.class);
        assertThat(lane.offline().pendingCount()).isZero();
        var offline = lane.exitLane().exit(second, second.fee(), "voucher");
        assertThat(offline.offline()).isTrue();
        assertThat(offline.paymentMethod()).isEqualTo("VOUCHER");
        link.restore();
        assertThat(lane.syncEngine().syncAll().nothingFailed()).isTrue();
    }
}
