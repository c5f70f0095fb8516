package id.sistemparkir.server.tariff;

import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;

/** {@code POST /api/v1/tariffs/preview} (ADMIN): fees of typical stays under proposed rates; stores nothing. */
public final class TariffPreviewModule {

    private final TariffPreview preview;

    public TariffPreviewModule(TariffPreview preview) {
        this.preview = preview;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.post(
                "/api/v1/tariffs/preview",
                ctx -> ctx.json(preview.preview(JsonBody.read(ctx, TariffPreviewRequest.class))),
                Role.ADMIN);
    }
}
