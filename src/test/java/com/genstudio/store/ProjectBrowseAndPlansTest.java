package com.genstudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.ProjectImage;
import com.genstudio.domain.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectBrowseAndPlansTest {
    @TempDir
    Path dir;
    StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void browseReturnsThe200MostRecentImagesAcrossSessionsInOneStatement() {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(store.session("Alpha", "S" + i));
        }
        Session elsewhere = store.session("Beta", "S");
        for (int i = 0; i < 70; i++) {
            store.clock.advance(Duration.ofSeconds(1));
            store.succeeded(sessions.get(i % 5), "alpha " + i, 4);
            store.succeeded(elsewhere, "beta " + i, 1);
        }
        store.counting.reset();
        List<ProjectImage> images = store.outputs.recentImages(sessions.getFirst().projectId(), 200);
        assertThat(store.counting.statements()).isEqualTo(1);
        assertThat(images).hasSize(200);
        assertThat(images).allSatisfy(i -> assertThat(i.prompt()).startsWith("alpha"));
        assertThat(images.getFirst().prompt()).isEqualTo("alpha 69");
        assertThat(images).extracting(ProjectImage::sessionName).contains("S0", "S1", "S2", "S3", "S4");
        for (int i = 1; i < images.size(); i++) {
            assertThat(images.get(i).createdAt()).isBeforeOrEqualTo(images.get(i - 1).createdAt());
        }
    }

    @Test
    void historyPagesAreIndexRangesInIndexOrder() {
        seed();
        var at = java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z");
        assertThat(explain(GenerationRepository.PAGE_AFTER_CURSOR, 1L, at, at, 5L, 51))
                .containsIgnoringCase("IX_GENERATIONS_SESSION_HISTORY: SESSION_ID = ?1")
                .containsIgnoringCase("CREATED_AT <=").containsIgnoringCase("index sorted");
        assertThat(explain(GenerationRepository.FIRST_PAGE, 1L, 51))
                .containsIgnoringCase("IX_GENERATIONS_SESSION_HISTORY: SESSION_ID = ?1")
                .containsIgnoringCase("index sorted");
    }

    @Test
    void projectBrowseIsAnIndexRangeInIndexOrder() {
        seed();
        assertThat(explain(OutputRepository.RECENT_IMAGES, 1L, 200))
                .containsIgnoringCase("IX_OUTPUTS_PROJECT_RECENT: PROJECT_ID = ?1")
                .containsIgnoringCase("index sorted");
    }

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabase() {
        List<String> tables = store.jdbc.query("""
                SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'
                ORDER BY 1""", rs -> rs.getString(1));
        assertThat(tables).contains("projects", "sessions", "generations", "outputs", "flyway_schema_history");
        List<String> columns = store.jdbc.query("""
                SELECT LOWER(column_name) FROM information_schema.columns
                WHERE table_schema = 'PUBLIC' AND LOWER(table_name) = 'outputs'""", rs -> rs.getString(1));
        assertThat(columns).contains("storage_key", "thumbnail_key", "sha256", "byte_size", "width", "height")
                .noneMatch(c -> c.contains("data") || c.contains("base64") || c.contains("bytes"));
    }

    private void seed() {
        Session s = store.session("P", "S");
        for (int i = 0; i < 30; i++) {
            store.succeeded(s, "row " + i, 2);
        }
        store.jdbc.update("ANALYZE");
    }

    private String explain(String sql, Object... params) {
        return String.join("\n", store.jdbc.query("EXPLAIN " + sql, rs -> rs.getString(1), params));
    }
}
