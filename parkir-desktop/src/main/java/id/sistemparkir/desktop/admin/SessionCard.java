package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Photos;
import id.sistemparkir.desktop.common.Texts;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One parking session as a card: the photo (loaded in the background) and who recorded what, where and when. */
final class SessionCard extends VBox {

    SessionCard(JsonNode session, Supplier<byte[]> photo, AdminContext context) {
        super(8);
        getStyleClass().add("panel");
        Texts texts = context.texts();
        Formats formats = context.formats();
        ImageView image = new ImageView();
        image.setFitWidth(320);
        image.setFitHeight(200);
        image.setPreserveRatio(true);
        Label noPhoto = new Label(texts.get("admin.session.no_photo"));
        noPhoto.getStyleClass().add("field-hint");
        context.tasks()
                .submit(
                        "photo",
                        photo::get,
                        jpeg -> Photos.of(jpeg).ifPresent(img -> {
                            image.setImage(img);
                            noPhoto.setVisible(false);
                        }),
                        failure -> noPhoto.setText(context.problem(failure)));
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
        getChildren().addAll(plate, new javafx.scene.layout.StackPane(noPhoto, image), facts);
    }
}
