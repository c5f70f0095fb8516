package id.sistemparkir.client;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.contract.UserInfo;

/**
 * What {@link LaneClient#connect} came to — the one way a login is reported (never an exception for one outcome and a
 * boolean for another).
 */
public sealed interface ConnectResult {

    /** Logged in; the lane's caches (ticket key, tariffs, vehicles inside) are fresh. */
    record Connected(UserInfo user) implements ConnectResult {}

    /**
     * The server (or its database) could not be reached: the lane works offline and logs in when it returns. Only for
     * an operator who logged in successfully at this station before (see {@code OfflineLogins}); anyone else is
     * {@link Refused} with {@code offline_login_unknown} or {@code offline_login_expired}.
     */
    record Offline(String reason) implements ConnectResult {}

    /**
     * The server refused the login (wrong credentials, deactivated account, too many attempts), or the lane refused an
     * offline login it cannot vouch for.
     *
     * @param code the server's error code, e.g. {@code invalid_credentials}
     * @param text what to tell the person, worded by the front end
     */
    record Refused(String code, Message text) implements ConnectResult {}

    /** The login was cancelled while it waited for the server. */
    record Cancelled() implements ConnectResult {}

    default boolean connected() {
        return this instanceof Connected;
    }
}
