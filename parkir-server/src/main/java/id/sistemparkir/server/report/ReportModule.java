package id.sistemparkir.server.report;

import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.QueryParams;
import id.sistemparkir.server.settings.GarageDay;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code GET /api/v1/reports/daily?from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv|xlsx|pdf&lang=id|en} (SUPERVISOR):
 * JSON by default, or the export named by {@code format} (or by {@code Accept: text/csv}). Both dates default to today
 * in the garage's zone; {@code to} defaults to {@code from}.
 */
public final class ReportModule {

    private final ReportService reports;

    public ReportModule(ReportService reports) {
        this.reports = reports;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/reports/daily", this::daily, Role.SUPERVISOR);
    }

    private void daily(Context ctx) {
        String format = format(ctx);
        ReportWords words = ReportWords.of(QueryParams.optional(ctx, "lang").orElse(null));
        LocalDate from = QueryParams.optional(ctx, "from")
                .map(text -> GarageDay.parseDate(text, "from"))
                .orElseGet(reports::today);
        LocalDate to = QueryParams.optional(ctx, "to")
                .map(text -> GarageDay.parseDate(text, "to"))
                .orElse(from);
        DailyReport report = reports.daily(from, to);
        String name = "laporan-parkir-" + from + "_" + to;
        switch (format) {
            case "csv" -> file(
                    ctx, CsvExport.CONTENT_TYPE, name + ".csv", CsvExport.render(ReportTable.of(report, words)));
            case "xlsx" -> file(
                    ctx,
                    XlsxExport.CONTENT_TYPE,
                    name + ".xlsx",
                    XlsxExport.render(ReportTable.of(report, words), words.get("title")));
            case "pdf" -> file(ctx, PdfExport.CONTENT_TYPE, name + ".pdf", PdfExport.render(report, words));
            default -> ctx.json(report);
        }
    }

    private static String format(Context ctx) {
        String format = QueryParams.optional(ctx, "format")
                .map(f -> f.toLowerCase(Locale.ROOT))
                .orElseGet(() -> {
                    String accept = ctx.header("Accept");
                    return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/csv") ? "csv" : "json";
                });
        if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx") && !format.equals("pdf")) {
            throw ApiException.badRequest("invalid_parameter", "format must be json, csv, xlsx or pdf");
        }
        return format;
    }

    private static void file(Context ctx, String contentType, String fileName, byte[] bytes) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(bytes);
    }
}
