package id.sistemparkir.server.duplicate;

import id.sistemparkir.server.session.SessionRecord;
import java.util.List;

/**
 * Sessions that look like one vehicle counted twice, to be shown side by side.
 *
 * @param kind {@code SAME_PLATE} (two or more ACTIVE sessions of one normalised plate) or {@code NEAR_IDENTICAL}
 *     (ACTIVE entries of one class from one gate within {@link DuplicateFinder#NEAR_WINDOW} whose plates differ in one
 *     character: a misread or a double press)
 * @param key the plate, or {@code gate:PLATE~PLATE}
 */
public record DuplicateGroup(String kind, String key, List<Candidate> sessions) {

    /** One session of a group, with its entry photo when one was uploaded. */
    public record Candidate(SessionRecord session, String entryPhotoUrl) {}
}
