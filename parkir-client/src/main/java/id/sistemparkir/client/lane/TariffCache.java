package id.sistemparkir.client.lane;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.tariff.TariffSchedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tariff versions as the server last published them, on disk, so that a lane prices a ticket offline with the
 * same rules as the server (a fee uses the version in force at entry). Before the first download: the default tariff.
 */
public final class TariffCache {

    private static final Logger log = LoggerFactory.getLogger(TariffCache.class);
    private static final TypeReference<List<TariffDto>> LIST = new TypeReference<>() {};

    private final Path file;
    private volatile TariffSchedule schedule;

    public TariffCache(Path dataDir) {
        this.file = dataDir.resolve("cache").resolve("tariffs.json");
        this.schedule = load();
    }

    public TariffSchedule schedule() {
        return schedule;
    }

    public void update(List<TariffDto> tariffs) {
        if (tariffs.isEmpty()) {
            return;
        }
        TariffSchedule next =
                new TariffSchedule(tariffs.stream().map(TariffDto::toTariff).toList());
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(tariffs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schedule = next;
    }

    private TariffSchedule load() {
        if (Files.isRegularFile(file)) {
            try {
                List<TariffDto> stored = Json.lenientMapper().readValue(file.toFile(), LIST);
                if (!stored.isEmpty()) {
                    return new TariffSchedule(
                            stored.stream().map(TariffDto::toTariff).toList());
                }
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Ignoring an unreadable tariff cache {}: {}", file, e.getMessage());
            }
        }
        return TariffSchedule.defaults();
    }
}
