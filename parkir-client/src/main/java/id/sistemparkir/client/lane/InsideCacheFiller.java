package id.sistemparkir.client.lane;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.core.contract.SessionView;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every vehicle inside from the server into the {@link InsideCache}, page by page (no cap: the size a lane
 * claims is what its disk and memory hold; tested with 20,000), while the realtime stream keeps changing it. Run at
 * login and whenever the stream (re)connects or must resync.
 */
public final class InsideCacheFiller {

    private static final Logger log = LoggerFactory.getLogger(InsideCacheFiller.class);

    /** Sessions per request: well under the server's limit, a few hundred KiB of JSON. */
    public static final int PAGE_SIZE = 1000;

    private final AuthSession session;
    private final InsideCache inside;

    public InsideCacheFiller(AuthSession session, InsideCache inside) {
        this.session = session;
        this.inside = inside;
    }

    /**
     * @return whether the whole snapshot arrived; when a page fails the cache stays as it was (with the stream's
     *     changes)
     */
    public synchronized boolean fill() {
        inside.beginFill();
        UUID after = ServerApi.FIRST_PAGE;
        int total = 0;
        while (true) {
            UUID from = after;
            ApiResult<List<SessionView>> page = session.call(api -> api.vehiclesInsidePage(from, PAGE_SIZE));
            if (!(page instanceof ApiResult.Ok<List<SessionView>> ok)) {
                inside.abandonFill();
                log.info("Vehicles inside not reloaded after {} of them: {}", total, page.describe());
                return false;
            }
            List<SessionView> sessions = ok.body();
            inside.fillPage(sessions);
            total += sessions.size();
            if (sessions.size() < PAGE_SIZE) {
                break;
            }
            after = sessions.get(sessions.size() - 1).id();
        }
        inside.finishFill();
        log.info("Loaded the {} vehicle(s) inside", total);
        return true;
    }
}
