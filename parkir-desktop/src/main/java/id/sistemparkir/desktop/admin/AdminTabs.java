package id.sistemparkir.desktop.admin;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * The panel's tabs, in the order a manager's day goes: what happens now, what went wrong, the money, the records, the
 * configuration (ADMIN only), the reports. Each tab is a view + ViewModel; this class only builds and refreshes them.
 */
final class AdminTabs {

    /** A tab's content and how to reload it. */
    record Page(String id, String titleKey, Node content, Runnable refresh) {}

    private final TabPane pane = new TabPane();
    private final List<Page> pages = new ArrayList<>();
    private final DashboardViewModel dashboard;

    AdminTabs(AdminContext context, Stage stage, ExportTarget exportTarget) {
        dashboard = new DashboardViewModel(context);
        add(
                new Page(
                        "dashboard",
                        "admin.tab.dashboard",
                        new DashboardView(dashboard, context).root(),
                        dashboard::refresh),
                context);
        DuplicatesViewModel duplicates = new DuplicatesViewModel(context);
        add(
                new Page(
                        "duplicates",
                        "admin.tab.duplicates",
                        new DuplicatesView(duplicates, context).root(),
                        duplicates::refresh),
                context);
        ReviewsViewModel reviews = new ReviewsViewModel(context);
        add(
                new Page("reviews", "admin.tab.reviews", new ReviewsView(reviews, context).root(), reviews::refresh),
                context);
        SessionsViewModel sessions = new SessionsViewModel(context);
        add(
                new Page(
                        "sessions", "admin.tab.sessions", new SessionsView(sessions, context).root(), sessions::search),
                context);
        OpenSessionsViewModel open = new OpenSessionsViewModel(context);
        add(new Page("open", "admin.tab.open", new OpenSessionsView(open, context).root(), open::refresh), context);
        LogViewModel syncLog = new LogViewModel(
                context, "sync-log", (api, station, outcome, page, size) -> api.syncLog(station, outcome, page, size));
        add(
                new Page(
                        "synclog",
                        "admin.tab.synclog",
                        LogView.syncLog(syncLog, context).root(),
                        syncLog::refresh),
                context);
        LogViewModel auditLog = new LogViewModel(
                context, "audit-log", (api, actor, action, page, size) -> api.auditLog(actor, action, page, size));
        add(
                new Page(
                        "auditlog",
                        "admin.tab.auditlog",
                        LogView.auditLog(auditLog, context).root(),
                        auditLog::refresh),
                context);
        ReportsViewModel reports = new ReportsViewModel(context);
        add(
                new Page(
                        "reports",
                        "admin.tab.reports",
                        new ReportsView(reports, context, stage, exportTarget).root(),
                        reports::refresh),
                context);
        if (context.admin()) {
            TariffViewModel tariffs = new TariffViewModel(context);
            add(
                    new Page("tariffs", "admin.tab.tariffs", new TariffView(tariffs, context).root(), tariffs::refresh),
                    context);
            UsersViewModel users = new UsersViewModel(context);
            add(new Page("users", "admin.tab.users", new UsersView(users, context).root(), users::refresh), context);
            GatesViewModel gates = new GatesViewModel(context);
            MembersViewModel members = new MembersViewModel(context);
            HBox gatesAndMembers =
                    new HBox(12, new GatesView(gates, context).root(), new MembersView(members, context).root());
            gatesAndMembers.getChildren().forEach(part -> HBox.setHgrow(part, Priority.ALWAYS));
            gatesAndMembers.getStyleClass().add("admin-page");
            add(
                    new Page("gates", "admin.tab.gates", gatesAndMembers, () -> {
                        gates.refresh();
                        members.refresh();
                    }),
                    context);
            StationsViewModel stations = new StationsViewModel(context);
            add(
                    new Page(
                            "stations",
                            "admin.tab.stations",
                            new StationsView(stations, context).root(),
                            stations::refresh),
                    context);
            SettingsViewModel settings = new SettingsViewModel(context);
            add(
                    new Page(
                            "settings",
                            "admin.tab.settings",
                            new SettingsView(settings, context).root(),
                            settings::refresh),
                    context);
        }
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setId("admin-tabs");
        pane.getSelectionModel().selectedIndexProperty().addListener((obs, before, now) -> {
            if (now.intValue() >= 0) {
                pages.get(now.intValue()).refresh().run();
            }
        });
    }

    private void add(Page page, AdminContext context) {
        pages.add(page);
        Tab tab = new Tab(context.texts().get(page.titleKey()), page.content());
        tab.setId("tab-" + page.id());
        pane.getTabs().add(tab);
    }

    Node root() {
        return pane;
    }

    void refreshAll() {
        dashboard.refresh();
    }

    void refreshDashboard() {
        dashboard.refresh();
    }

    void refreshSelected() {
        int selected = pane.getSelectionModel().getSelectedIndex();
        if (selected >= 0) {
            pages.get(selected).refresh().run();
        }
    }
}
