package id.sistemparkir.desktop.login;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;

/** A lane after the login dialog: its client, and whether the login reached the server (or the lane starts offline). */
public record LaneSession(LaneClient client, String username, ConnectResult login) {

    public boolean online() {
        return login.connected();
    }
}
