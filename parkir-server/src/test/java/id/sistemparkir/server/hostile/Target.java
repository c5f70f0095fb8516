package id.sistemparkir.server.hostile;

import id.sistemparkir.server.testsupport.TestApi;
import java.util.List;
import java.util.UUID;

/**
 * The server under attack, with what the cases need: tokens of each role (the operator's logged in as station
 * {@value #STATION}), a real entry with its ticket, and the secrets no answer may ever show.
 */
record Target(
        TestApi api,
        int port,
        String adminToken,
        String supervisorToken,
        String operatorToken,
        String noStationToken,
        String loggedOutToken,
        UUID entryId,
        String ticketCode,
        List<String> secrets) {

    static final String STATION = "IN1";
    static final String OPERATOR = "kasir.hostile";
    static final String SUPERVISOR = "spv.hostile";
    static final String PASSWORD = "Hostile-Suite-Password-9";
}
