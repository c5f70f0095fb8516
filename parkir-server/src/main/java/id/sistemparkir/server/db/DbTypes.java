package id.sistemparkir.server.db;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Binds and maps the two types whose storage we choose ourselves, replacing JDBI's defaults: {@link
 * Instant} as UTC {@code DATETIME(3)} (via {@link Times}) and {@link UUID} as {@code CHAR(36)} text.
 */
public final class DbTypes implements JdbiPlugin {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArgument(new UuidArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            LocalDateTime value = rs.getObject(column, LocalDateTime.class);
            return value == null ? null : Times.fromDb(value);
        });
        jdbi.registerColumnMapper(UUID.class, (rs, column, ctx) -> {
            String value = rs.getString(column);
            return value == null ? null : UUID.fromString(value);
        });
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            LocalDateTime utc = Times.toDb(value);
            return (position, statement, ctx) -> statement.setObject(position, utc);
        }
    }

    private static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
        UuidArgumentFactory() {
            super(Types.CHAR);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            String text = value.toString();
            return (position, statement, ctx) -> statement.setString(position, text);
        }
    }
}
