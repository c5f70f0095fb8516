package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The duplicates tab: the groups on the left, the selected group's sessions side by side, each with "void". */
public final class DuplicatesView {

    private final DuplicatesViewModel model;
    private final AdminContext context;
    private final HBox cards = new HBox(12);
    private final HBox root;

    public DuplicatesView(DuplicatesViewModel model, AdminContext context) {
        this.model = model;
        this.context = context;
        Texts texts = context.texts();
        ListView<JsonNode> groups = new ListView<>(model.groups());
        groups.setId("dup-groups");
        groups.setPlaceholder(new Label(texts.get("admin.duplicates.none")));
        groups.setPrefWidth(300);
        groups.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(JsonNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : texts.get(
                                        "admin.duplicates.group",
                                        texts.get("admin.duplicates.kind."
                                                + item.path("kind").asText()),
                                        item.path("key").asText(),
                                        item.path("sessions").size()));
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty()
                .addListener((obs, before, now) -> groups.getSelectionModel().select(now));
        TextField reason = new TextField();
        reason.setId("dup-reason");
        reason.setPromptText(texts.get("admin.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        WriteGuard.guard(reason, context.live());
        Label message = new Label();
        message.setId("dup-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.candidates().addListener((ListChangeListener<JsonNode>) change -> showCards());
        VBox right = new VBox(10, new Label(texts.get("admin.duplicates.hint")), cards, reason, message);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(12, groups, right);
        root.getStyleClass().add("admin-page");
    }

    private void showCards() {
        cards.getChildren().clear();
        for (int i = 0; i < model.candidates().size(); i++) {
            JsonNode candidate = model.candidates().get(i);
            int index = i;
            Button voidIt = new Button(context.texts().get("admin.duplicates.void"), new FontIcon("mdi2c-cancel"));
            voidIt.setId("dup-void-" + i);
            voidIt.getStyleClass().add("danger");
            voidIt.setOnAction(e -> model.voidCandidate(index));
            WriteGuard.guard(voidIt, context.live(), model.busyProperty());
            SessionCard card = new SessionCard(candidate.path("session"), () -> model.photo(candidate), context);
            card.getChildren().add(voidIt);
            cards.getChildren().add(card);
        }
    }

    public Node root() {
        return root;
    }
}
