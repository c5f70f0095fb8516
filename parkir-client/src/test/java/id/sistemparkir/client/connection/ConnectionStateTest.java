package id.sistemparkir.client.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionStateTest {

    @Test
    void labelsAreTheOperatorsIndonesianTexts() {
        assertThat(ConnectionState.CHECKING.label()).isEqualTo("Memeriksa Koneksi");
        assertThat(ConnectionState.CONNECTED.label()).isEqualTo("Database Terhubung");
        assertThat(ConnectionState.DISCONNECTED.label()).isEqualTo("Database Terputus");
    }

    @Test
    void onceKnownTheStateNeverGoesBackToChecking() {
        assertThat(ConnectionState.CHECKING.canMoveTo(ConnectionState.CONNECTED))
                .isTrue();
        assertThat(ConnectionState.CHECKING.canMoveTo(ConnectionState.DISCONNECTED))
                .isTrue();
        assertThat(ConnectionState.CONNECTED.canMoveTo(ConnectionState.DISCONNECTED))
                .isTrue();
        assertThat(ConnectionState.DISCONNECTED.canMoveTo(ConnectionState.CONNECTED))
                .isTrue();
        assertThat(ConnectionState.CONNECTED.canMoveTo(ConnectionState.CHECKING))
                .isFalse();
        assertThat(ConnectionState.CONNECTED.canMoveTo(ConnectionState.CONNECTED))
                .isFalse();
    }
}
