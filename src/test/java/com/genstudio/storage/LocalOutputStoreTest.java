package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalOutputStoreTest {
    @TempDir
    Path root;
    @TempDir
    Path elsewhere;

    private Path source(String content) throws IOException {
        return Files.writeString(Files.createTempFile(elsewhere, "src", ".bin"), content);
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void putCreatesParentDirectoriesAndLeavesNoTempFiles() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        store.put("3/7/42/0.png", source("image"), "image/png");

        assertThat(root.resolve("3/7/42/0.png")).hasContent("image");
        assertThat(allFiles()).containsExactly(root.resolve("3/7/42/0.png"));
        assertThat(store.id()).isEqualTo("local");
    }

    @Test
    void putReplacesAnExistingFileWhole() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        store.put("1/1/1/0.png", source("first version, longer"), "image/png");
        store.put("1/1/1/0.png", source("second"), "image/png");

        try (InputStream in = store.open("1/1/1/0.png")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("second");
        }
        assertThat(allFiles()).hasSize(1);
    }

    @Test
    void localPathResolvesInsideTheRoot() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        assertThat(store.localPath("1/2/3/thumbs/0.jpg")).isEqualTo(root.resolve("1/2/3/thumbs/0.jpg"));
    }

    @Test
    void keysThatCouldEscapeTheRootAreRefused() {
        LocalOutputStore store = new LocalOutputStore(root);
        for (String key : List.of("../x.png", "1/../../x.png", "/etc/passwd", "a//b.png", "./a.png", "a\\b.png",
                "C:/x.png", "", " ")) {
            assertThatThrownBy(() -> store.localPath(key)).as(key).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> store.put("../escape.png", source("x"), "image/png")).isInstanceOf(IOException.class);
        assertThat(elsewhere.getParent().resolve("escape.png")).doesNotExist();
    }

    @Test
    void deletePrefixWithSlashRemovesTheDirectoryOnly() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        store.put("1/2/3/0.png", source("a"), "image/png");
        store.put("1/2/3/thumbs/0.jpg", source("b"), "image/jpeg");
        store.put("1/2/30/0.png", source("keep"), "image/png");

        store.deletePrefix("1/2/3/");

        assertThat(root.resolve("1/2/3")).doesNotExist();
        assertThat(root.resolve("1/2/30/0.png")).exists();
    }

    @Test
    void deletePrefixWithoutSlashMatchesNamesLikeObjectKeys() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        store.put("1/2/3/0.png", source("a"), "image/png");
        store.put("1/2/3/1.png", source("b"), "image/png");

        store.deletePrefix("1/2/3/0");

        assertThat(root.resolve("1/2/3/0.png")).doesNotExist();
        assertThat(root.resolve("1/2/3/1.png")).exists();
    }

    @Test
    void deletingMissingFilesIsNotAnErrorButAnEmptyPrefixIs() throws IOException {
        LocalOutputStore store = new LocalOutputStore(root);
        store.deletePrefix("9/9/9/");
        store.deletePrefix("9/9/9/0");
        assertThatThrownBy(() -> store.deletePrefix("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.deletePrefix("../")).isInstanceOf(IOException.class);
    }
}
