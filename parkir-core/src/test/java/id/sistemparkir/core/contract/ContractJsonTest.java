package id.sistemparkir.core.contract;

import static id.sistemparkir.core.contract.Pinned.assertPinned;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins every contract record's JSON field names (DESIGN §4). */
class ContractJsonTest {

    static final UUID ENTRY_ID = UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7");
    static final UUID EXIT_ID = UUID.fromString("9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b");
    static final String CODE = "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2";
    static final Instant IN = Instant.parse("2026-11-25T01:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-25T01:00:01.250Z");
    static final Instant OUT = Instant.parse("2026-11-25T03:30:00Z");

    @Test
    void entryRequest() throws Exception {
        assertPinned(
                new EntryRequest(ENTRY_ID, null, "B 1234 XYZ", VehicleType.MOBIL, "IN1", IN, false, false),
                """
                {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7","plate":"B 1234 XYZ","vehicleType":"MOBIL",
                 "gate":"IN1","entryTime":"2026-11-25T01:00:00Z","offline":false,"nonStandardPlate":false}""");
        assertPinned(
                new EntryRequest(ENTRY_ID, CODE, "CD 12 34", VehicleType.MOTOR, "IN1", IN, true, true),
                """
                {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                 "plate":"CD 12 34","vehicleType":"MOTOR","gate":"IN1","entryTime":"2026-11-25T01:00:00Z",
                 "offline":true,"nonStandardPlate":true}""");
    }

    @Test
    void entryResponse() throws Exception {
        assertPinned(
                new EntryResponse(
                        ENTRY_ID,
                        CODE,
                        "B1234XYZ",
                        "B 1234 XYZ",
                        VehicleType.MOBIL,
                        "IN1",
                        IN,
                        RECEIVED,
                        "ACTIVE",
                        false,
                        true,
                        true),
                """
                {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                 "plate":"B1234XYZ","plateDisplay":"B 1234 XYZ","vehicleType":"MOBIL","gate":"IN1",
                 "entryTime":"2026-11-25T01:00:00Z","receivedAt":"2026-11-25T01:00:01.250Z","status":"ACTIVE",
                 "offline":false,"duplicate":true,"suspectedDuplicate":true}""");
    }

    @Test
    void exitRequest() throws Exception {
        assertPinned(
                new ExitRequest(EXIT_ID, CODE, null, null, "OUT1", OUT, 11000, 20000, "CASH", false, false),
                """
                {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                 "gate":"OUT1","exitTime":"2026-11-25T03:30:00Z","fee":11000,"paid":20000,
                 "paymentMethod":"CASH","lostTicket":false,"offline":false}""");
        assertPinned(
                new ExitRequest(EXIT_ID, null, ENTRY_ID, "B1234XYZ", "OUT1", OUT, 61000, 61000, "QRIS", true, true),
                """
                {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","entryId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "plate":"B1234XYZ","gate":"OUT1","exitTime":"2026-11-25T03:30:00Z","fee":61000,"paid":61000,
                 "paymentMethod":"QRIS","lostTicket":true,"offline":true}""");
    }

    @Test
    void exitResponse() throws Exception {
        assertPinned(
                new ExitResponse(
                        EXIT_ID,
                        ENTRY_ID,
                        CODE,
                        "B1234XYZ",
                        "OUT1",
                        OUT,
                        RECEIVED,
                        11000,
                        11000,
                        false,
                        20000,
                        "CASH",
                        false,
                        true,
                        false,
                        true,
                        false),
                """
                {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","entryId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2","plate":"B1234XYZ",
                 "gate":"OUT1","exitTime":"2026-11-25T03:30:00Z","receivedAt":"2026-11-25T01:00:01.250Z",
                 "fee":11000,"expectedFee":11000,"feeMismatch":false,"paid":20000,"paymentMethod":"CASH",
                 "lostTicket":false,"offline":true,"duplicate":false,"pendingEntry":true,"exitBeforeEntry":false}""");
    }

    @Test
    void pendingExitAndExitConflictViews() throws Exception {
        assertPinned(
                new PendingExitView(
                        EXIT_ID, ENTRY_ID, CODE, null, "OUT1", OUT, RECEIVED, 11000, 11000, "CASH", false, true, "OUT1",
                        "op1", 1860, true),
                """
                {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","entryId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2","gate":"OUT1",
                 "exitTime":"2026-11-25T03:30:00Z","receivedAt":"2026-11-25T01:00:01.250Z","fee":11000,
                 "paid":11000,"paymentMethod":"CASH","lostTicket":false,"offline":true,"station":"OUT1",
                 "operator":"op1","ageSeconds":1860,"overdue":true}""");
        assertPinned(
                new ExitConflictView(
                        EXIT_ID,
                        ENTRY_ID,
                        CODE,
                        "B1234XYZ",
                        "OUT2",
                        OUT,
                        RECEIVED,
                        OUT,
                        true,
                        "OUT2",
                        "op2",
                        11000,
                        12000,
                        "QRIS",
                        false,
                        "EXIT_PENDING",
                        ENTRY_ID),
                """
                {"id":"9b2e6f10-1c3d-4e5f-8a7b-0c1d2e3f4a5b","entryId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2","plate":"B1234XYZ",
                 "gate":"OUT2","exitTime":"2026-11-25T03:30:00Z","receivedAt":"2026-11-25T01:00:01.250Z",
                 "recordedAt":"2026-11-25T03:30:00Z","offline":true,"station":"OUT2","operator":"op2",
                 "fee":11000,"paid":12000,"paymentMethod":"QRIS","lostTicket":false,"reason":"EXIT_PENDING",
                 "winningExitId":"4f3a9c21-7425-40de-944b-e07fc1f90ae7"}""");
    }

    @Test
    void sessionViewLeavesOutTheExitWhileActive() throws Exception {
        assertPinned(
                new SessionView(
                        ENTRY_ID,
                        CODE,
                        "B1234XYZ",
                        "B 1234 XYZ",
                        VehicleType.MOBIL,
                        "ACTIVE",
                        "IN1",
                        IN,
                        null,
                        null,
                        null,
                        null,
                        false,
                        true,
                        false),
                """
                {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                 "plate":"B1234XYZ","plateDisplay":"B 1234 XYZ","vehicleType":"MOBIL","status":"ACTIVE",
                 "entryGate":"IN1","entryTime":"2026-11-25T01:00:00Z",
                 "suspectedDuplicate":false,"offlineEntry":true,"offlineExit":false,"exitBeforeEntry":false,
                 "shortCode":"9WX9-R8BM"}""");
        assertPinned(
                new SessionView(
                        ENTRY_ID,
                        CODE,
                        "B1234XYZ",
                        "B 1234 XYZ",
                        VehicleType.MOBIL,
                        "EXITED",
                        "IN1",
                        IN,
                        "OUT1",
                        OUT,
                        11000L,
                        0L,
                        true,
                        false,
                        true),
                """
                {"id":"4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                 "ticketCode":"T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                 "plate":"B1234XYZ","plateDisplay":"B 1234 XYZ","vehicleType":"MOBIL","status":"EXITED",
                 "entryGate":"IN1","entryTime":"2026-11-25T01:00:00Z","exitGate":"OUT1",
                 "exitTime":"2026-11-25T03:30:00Z","fee":11000,"paid":0,
                 "suspectedDuplicate":true,"offlineEntry":false,"offlineExit":true,"exitBeforeEntry":false,
                 "shortCode":"9WX9-R8BM"}""");
    }

    @Test
    void errorAndHealth() throws Exception {
        assertPinned(
                new ErrorBody("bad_request", "plate is required"),
                "{\"error\":\"bad_request\",\"message\":\"plate is required\"}");
        assertPinned(
                new HealthResponse(HealthResponse.UP, HealthResponse.DOWN, IN),
                "{\"server\":\"UP\",\"database\":\"DOWN\",\"time\":\"2026-11-25T01:00:00Z\"}");
    }

    @Test
    void login() throws Exception {
        assertPinned(
                new LoginRequest("operator1", "rahasia", "IN1"),
                "{\"username\":\"operator1\",\"password\":\"rahasia\",\"station\":\"IN1\"}");
        assertPinned(new LoginRequest("admin", "s3cret", null), "{\"username\":\"admin\",\"password\":\"s3cret\"}");
        assertPinned(
                new LoginResponse("tok.en.value", OUT, new UserInfo("operator1", "OPERATOR")),
                """
                {"token":"tok.en.value","expiresAt":"2026-11-25T03:30:00Z",
                 "user":{"username":"operator1","role":"OPERATOR"}}""");
    }

    @Test
    void feeQuote() throws Exception {
        assertPinned(
                new FeeQuoteResponse(
                        11000,
                        List.of(
                                new FeeLineDto("FIRST_HOUR", "Jam pertama", 5000),
                                new FeeLineDto("NEXT_HOURS", "2 jam berikutnya", 6000)),
                        3),
                """
                {"fee":11000,"lines":[{"kind":"FIRST_HOUR","description":"Jam pertama","amount":5000},
                 {"kind":"NEXT_HOURS","description":"2 jam berikutnya","amount":6000}],"tariffVersion":3}""");
    }
}
