package com.genstudio.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.config.AppPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AboutDialogTest {
    private static final Path HOME = Path.of("/data/genstudio");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void infoCarriesTheBuildVersionAndTheDataDirectorysLogFile() {
        AboutInfo info = AboutInfo.current(new AppPaths(HOME));

        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.title()).isEqualTo("GenStudio " + info.version());
        assertThat(info.runtime()).contains("Java " + Runtime.version().feature()).contains("JavaFX");
        assertThat(info.logFile()).isEqualTo(HOME.resolve("logs").resolve("genstudio.log"));
    }

    @Test
    void dialogShowsTheVersionTheIconAndThePathsToCopy() throws Exception {
        AboutInfo info = new AboutInfo("1.2.3", "Java 25 · JavaFX 25", HOME, HOME.resolve("logs/genstudio.log"));

        Dialog<Void> dialog = WaitForAsyncUtils.asyncFx(() -> AboutDialog.create(info)).get(5, TimeUnit.SECONDS);

        assertThat(dialog.getHeaderText()).isEqualTo("GenStudio 1.2.3");
        assertThat(dialog.getGraphic()).isInstanceOfSatisfying(ImageView.class,
                view -> assertThat(view.getImage().getWidth()).isEqualTo(64));
        List<Node> nodes = dialog.getDialogPane().getContent().lookupAll("*").stream().toList();
        assertThat(nodes).filteredOn(Labeled.class::isInstance).map(n -> ((Labeled) n).getText())
                .contains("Java 25 · JavaFX 25").anyMatch(text -> text.contains("Ctrl+Enter"));
        assertThat(nodes).filteredOn(TextInputControl.class::isInstance).map(n -> ((TextInputControl) n).getText())
                .containsExactly(HOME.toString(), HOME.resolve("logs/genstudio.log").toString());
    }
}
