package id.sistemparkir.server.tariff;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.contract.TariffUpdateRequest;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.tariff.Tariff;
import id.sistemparkir.core.tariff.TariffLimits;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Reads and versions tariffs. A new version never changes the fee of a vehicle that entered before it. */
public final class TariffService {

    /** A little slack for an admin's clock; a version in force from "now" is sent a moment later. */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final TariffRepository repository;
    private final EventLog eventLog;
    private final EventNotifier notifier;
    private final Clock clock;

    public TariffService(
            Jdbi jdbi, TariffRepository repository, EventLog eventLog, EventNotifier notifier, Clock clock) {
        this.jdbi = jdbi;
        this.repository = repository;
        this.eventLog = eventLog;
        this.notifier = notifier;
        this.clock = clock;
    }

    public List<TariffDto> all() {
        return repository.schedule().versions().stream().map(TariffDto::of).toList();
    }

    public TariffDto publish(TariffUpdateRequest request, AuthUser actor) {
        Instant now = clock.instant();
        if (request.effectiveFrom().isBefore(now.minus(PAST_TOLERANCE))) {
            throw ApiException.badRequest(
                    "invalid_effective_from",
                    "A tariff cannot start in the past; fees already charged must not change.");
        }
        List<String> problems = problems(request, now);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid_tariff", String.join(" ", problems));
        }
        TariffDto created;
        try {
            created = insertNextVersion(request, actor, now);
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw ApiException.conflict(
                        "tariff_conflict",
                        "Another tariff version was published at the same moment; reload and retry.",
                        null);
            }
            throw e;
        }
        repository.invalidate();
        notifier.eventsCommitted();
        return created;
    }

    private TariffDto insertNextVersion(TariffUpdateRequest request, AuthUser actor, Instant now) {
        return jdbi.inTransaction(h -> {
            TariffSchedule current = repository.load(h);
            int version = current.latest().version() + 1;
            // "Now" when the admin meant now (a clock a few seconds behind): never a moment already charged.
            Instant from = request.effectiveFrom().isBefore(now) ? now : request.effectiveFrom();
            Tariff next = new TariffDto(version, from, request.rates()).toTariff();
            repository.insert(h, next, actor.username(), now);
            TariffDto dto = TariffDto.of(next);
            String json = toJson(dto);
            AuditLog.change(
                    h,
                    actor.actor(),
                    "tariff.publish",
                    "tariff:" + version,
                    "in force from " + from,
                    TariffDto.of(current.latest()),
                    json,
                    now);
            eventLog.append(h, EventNames.TARIFF_UPDATED, json, now);
            return dto;
        });
    }

    /** Every rule the request breaks (TariffLimits: sane amounts, the cap covers the first hour, a start within a year). */
    private static List<String> problems(TariffUpdateRequest request, Instant now) {
        List<String> problems = new ArrayList<>(TariffLimits.startProblems(request.effectiveFrom(), now));
        new TreeMap<>(request.rates())
                .forEach((type, rate) -> problems.addAll(TariffLimits.problems(
                        type.name(),
                        rate.graceSeconds(),
                        rate.firstHour(),
                        rate.nextHour(),
                        rate.maxPerDay(),
                        rate.lostTicket())));
        return problems;
    }

    private static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
