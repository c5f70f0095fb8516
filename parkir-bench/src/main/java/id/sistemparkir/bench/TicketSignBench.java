package id.sistemparkir.bench;

import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.ticket.TrustedKey;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Microseconds per Ed25519 signature and check: the JDK 17 provider next to what tickets use now (decision 0030),
 * on the same key and the same ticket text. {@code --rounds=5000}.
 */
public final class TicketSignBench {

    private TicketSignBench() {}

    public static void main(String[] argv) throws Exception {
        int rounds = new Args(argv).intValue("rounds", 5000);
        KeyPair keys = Ed25519Keys.generate();
        TicketSigner signer = new TicketSigner(keys);
        TicketKeyRing ring = new TicketKeyRing(List.of(new TrustedKey(signer.keyId(), "IN1", keys.getPublic(), null)));
        TicketData data =
                new TicketData(UUID.randomUUID(), "IN1", VehicleType.MOBIL, Instant.parse("2026-12-02T08:00:00Z"));
        String code = signer.sign(data);
        byte[] body = code.substring(0, code.lastIndexOf('-')).getBytes(StandardCharsets.US_ASCII);

        Table table = new Table("implementation", "sign µs", "check µs");
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
            double jdkSign = perCall(rounds, () -> jdkSign(keys, body));
            byte[] jdkSignature = jdkSign(keys, body);
            double jdkCheck = perCall(rounds, () -> jdkCheck(keys, body, jdkSignature));
            double ticketSign = perCall(rounds, () -> signer.sign(data));
            double ticketCheck = perCall(rounds, () -> ring.verify(code));
            if (pass == 1) {
                table.row("JDK 17 Signature(\"Ed25519\")", jdkSign, jdkCheck);
                table.row("tickets (TicketSigner / TicketKeyRing)", ticketSign, ticketCheck);
            }
        }
        table.print(System.out);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double perCall(int rounds, Call call) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            call.run();
        }
        return (System.nanoTime() - start) / 1e3 / rounds;
    }

    private static byte[] jdkSign(KeyPair keys, byte[] body) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(body);
        return signature.sign();
    }

    private static void jdkCheck(KeyPair keys, byte[] body, byte[] signed) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(keys.getPublic());
        signature.update(body);
        if (!signature.verify(signed)) {
            throw new IllegalStateException("the JDK refused its own signature");
        }
    }
}
