package id.sistemparkir.client.sync;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SetAsideReport;
import java.util.UUID;

/** The sync engine's transport over the HTTP API, classifying answers as DESIGN §5a says. */
public final class ApiSyncTransport implements SyncTransport {

    private final AuthSession session;

    public ApiSyncTransport(AuthSession session) {
        this.session = session;
    }

    @Override
    public SendResult send(OfflineRecord record) {
        if (record.entry() != null) {
            return classify(session.api().postEntry(record.entry()), false);
        }
        ApiResult<ExitResponse> result = session.api().postExit(record.exit());
        return classify(result, result instanceof ApiResult.Ok<ExitResponse> ok && ok.status() == 202);
    }

    @Override
    public SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
        return classify(session.api().putPhoto(recordId, apiKind, jpeg), false);
    }

    @Override
    public SendResult reportSetAside(SetAsideReport report) {
        return classify(session.api().reportSetAside(report), false);
    }

    @Override
    public boolean relogin() {
        return session.login().isOk();
    }

    private static <T> SendResult classify(ApiResult<T> result, boolean accepted) {
        if (result instanceof ApiResult.Ok<T> ok) {
            // A replayed exit that still waits for its entry answers 202 with duplicate: true — already present.
            boolean duplicate = (ok.status() == 200 || accepted) && isDuplicate(ok.body());
            if (duplicate) {
                return new SendResult.AlreadyPresent();
            }
            return accepted ? new SendResult.Accepted() : new SendResult.Created();
        }
        if (result instanceof ApiResult.Rejected<T> rejected) {
            return new SendResult.Rejected(rejected.status(), rejected.error(), rejected.message());
        }
        if (result instanceof ApiResult.Unauthorized<T> unauthorized) {
            return new SendResult.Unauthorized(unauthorized.message());
        }
        return new SendResult.RetryLater(((ApiResult.Unavailable<T>) result).reason());
    }

    private static boolean isDuplicate(Object body) {
        if (body instanceof id.sistemparkir.core.contract.EntryResponse entry) {
            return entry.duplicate();
        }
        if (body instanceof ExitResponse exit) {
            return exit.duplicate();
        }
        return true; // a photo PUT answers 200 only when it was already there
    }
}
