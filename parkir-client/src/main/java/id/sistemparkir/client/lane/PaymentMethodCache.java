package id.sistemparkir.client.lane;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.payment.PaymentMethods;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment methods as the server last listed them, on disk, so that a lane refuses an unknown method offline too.
 * Before the first download: the built-in set.
 */
public final class PaymentMethodCache {

    private static final Logger log = LoggerFactory.getLogger(PaymentMethodCache.class);
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

    private final Path file;
    private volatile List<String> methods;

    public PaymentMethodCache(Path dataDir) {
        this.file = dataDir.resolve("cache").resolve("payment-methods.json");
        this.methods = load();
    }

    /** The methods to offer and accept, built-in ones first. */
    public List<String> methods() {
        return methods;
    }

    public void update(List<String> fromServer) {
        List<String> next;
        try {
            next = PaymentMethods.withExtras(fromServer);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a payment method list from the server: {}", e.getMessage());
            return;
        }
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        methods = next;
    }

    private List<String> load() {
        if (Files.isRegularFile(file)) {
            try {
                return PaymentMethods.withExtras(Json.lenientMapper().readValue(file.toFile(), LIST));
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Ignoring an unreadable payment method cache {}: {}", file, e.getMessage());
            }
        }
        return PaymentMethods.BUILT_IN;
    }
}
