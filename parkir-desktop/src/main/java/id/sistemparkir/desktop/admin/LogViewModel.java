package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.api.AdminApi;
import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.desktop.common.LatestTask;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A log the server keeps in pages (the sync log: what each lane sent and how it ended; the audit log: who changed
 * what), with two text filters. Read-only, so it stays on screen while offline.
 */
public final class LogViewModel {

    /** The call behind one log: two filters (blank = any) and the page. */
    @FunctionalInterface
    public interface Source {
        ApiResult<JsonNode> page(AdminApi api, String first, String second, int page, int size);
    }

    static final int PAGE_SIZE = 100;

    private final AdminContext context;
    private final Source source;
    private final String name;
    private final StringProperty first = new SimpleStringProperty("");
    private final StringProperty second = new SimpleStringProperty("");
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObservableList<JsonNode> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final LatestTask loads;

    public LogViewModel(AdminContext context, String name, Source source) {
        this.context = context;
        this.name = name;
        this.source = source;
        this.loads = new LatestTask(context.tasks(), name);
    }

    public void refresh() {
        page.set(0);
        load();
    }

    public void nextPage() {
        if ((page.get() + 1) * PAGE_SIZE < total.get()) {
            page.set(page.get() + 1);
            load();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            load();
        }
    }

    private void load() {
        String a = first.get();
        String b = second.get();
        int at = page.get();
        loads.submit(
                () -> context.calls().call(api -> source.page(api, a, b, at, PAGE_SIZE)),
                answer -> {
                    rows.setAll(JsonTable.rows(answer));
                    total.set(answer.path("total").asInt());
                    int pages = Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
                    message.set(context.texts().get("admin.sessions.found", total.get(), at + 1, pages));
                },
                failure -> message.set(context.problem(failure)));
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public ObservableList<JsonNode> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
