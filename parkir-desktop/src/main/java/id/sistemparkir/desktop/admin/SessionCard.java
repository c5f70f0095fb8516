package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Photos;
import id.sistemparkir.desktop.common.Texts;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One parking session as a card: the entry photo when given (loaded in the background), who recorded what, where, when. */
final class SessionCard extends VBox {

    SessionCard(JsonNode session, Supplier<byte[]> photo, AdminContext context) {
        super(8);
        getStyleClass().add("panel");
        Texts texts = context.texts();
        Formats formats = context.formats();
        Label plate = new Label(JsonTable.text(session, "plateDisplay"));
        plate.getStyleClass().add("plate-preview");
        GridPane facts = DashboardView.grid();
        String[][] rows = {
            {"admin.session.ticket", JsonTable.text(session, "ticketCode")},
            {"admin.session.class", JsonTable.text(session, "vehicleType")},
            {"admin.session.status", JsonTable.text(session, "status")},
            {
                "admin.session.entry",
                JsonTable.time(session, "entryTime", formats) + " — " + JsonTable.text(session, "entryGate")
            },
            {
                "admin.session.by",
                JsonTable.text(session, "entryOperator") + " @ " + JsonTable.text(session, "entryStation")
            },
            {
                "admin.session.exit",
                JsonTable.time(session, "exitTime", formats) + " — " + JsonTable.text(session, "exitGate")
            },
            {"admin.session.fee", JsonTable.money(session, "fee") + " / " + JsonTable.money(session, "paid")},
        };
        for (int i = 0; i < rows.length; i++) {
            facts.addRow(i, new Label(texts.get(rows[i][0])), new Label(rows[i][1]));
        }
        getChildren().add(plate);
        if (photo != null) {
            getChildren().add(new Photo(photo, context, 320, 200));
        }
        getChildren().add(facts);
    }

    /** A photo loaded in the background, "(no photo)" until it came or when there is none. */
    static final class Photo extends StackPane {
        Photo(Supplier<byte[]> jpeg, AdminContext context, double width, double height) {
            ImageView image = new ImageView();
            image.setFitWidth(width);
            image.setFitHeight(height);
            image.setPreserveRatio(true);
            Label none = new Label(context.texts().get("admin.session.no_photo"));
            none.getStyleClass().add("field-hint");
            getChildren().addAll(none, image);
            context.tasks()
                    .submit(
                            "photo",
                            jpeg::get,
                            bytes -> Photos.of(bytes).ifPresent(img -> {
                                image.setImage(img);
                                none.setVisible(false);
                            }),
                            failure -> none.setText(context.problem(failure)));
        }
    }
}
