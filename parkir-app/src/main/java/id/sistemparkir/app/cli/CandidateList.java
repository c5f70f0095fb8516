package id.sistemparkir.app.cli;

import id.sistemparkir.client.lane.SessionChoiceNeeded;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.json.Json;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** The vehicles an exit could mean, for the operator to choose one with {@code --session ID}. */
final class CandidateList {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);

    private CandidateList() {}

    /** Human: one line per candidate on stderr (entry time in the lane's zone, gate, photo). JSON: on stdout. */
    static void print(CommandLine cli, boolean json, ZoneId zone, SessionChoiceNeeded choice) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", choice.code());
            body.put("message", LaneText.of(choice.text()));
            body.put("candidates", choice.candidates());
            try {
                cli.getOut().println(Json.mapper().writeValueAsString(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        cli.getErr().println("parkir: " + LaneText.of(choice.text()) + " Run again with --session ID:");
        lines(choice.candidates(), zone).forEach(cli.getErr()::println);
    }

    static List<String> lines(List<SessionView> candidates, ZoneId zone) {
        return candidates.stream()
                .map(s -> String.format(
                        Locale.ROOT,
                        "  %s  %-12s %s  masuk %s (%s)  gerbang %s  foto %s",
                        s.id(),
                        s.plateDisplay(),
                        s.shortCode(),
                        TIME.format(s.entryTime().atZone(zone)),
                        zone.getId(),
                        s.entryGate(),
                        s.entryPhoto() == null ? "?" : s.entryPhoto() ? "ada" : "tidak ada"))
                .toList();
    }
}
