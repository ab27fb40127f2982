package com.genstudio.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.domain.Generation;
import com.genstudio.domain.GenerationStatus;
import com.genstudio.engine.RequestDraft;
import com.genstudio.ui.fakes.FakeGenerationService;
import com.genstudio.ui.fakes.SameThreadExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionHistoryTest {
    private static final long SESSION = 5;
    private final FakeGenerationService service = new FakeGenerationService();
    private final SessionHistory history = new SessionHistory(service, key -> Path.of("/data", key),
            new SameThreadExecutor());
    private final FeedViewModel feed = new FeedViewModel(history, service, new SameThreadExecutor());

    @Test
    void showsTheEmptyStateForANewSession() {
        history.show(SESSION);
        assertThat(feed.items()).isEmpty();
        assertThat(feed.message().get()).isEqualTo(FeedViewModel.EMPTY_TEXT);
    }

    @Test
    void loadsNewestFirstWithResolvedImages() {
        service.seedSucceeded(SESSION, "older", 2);
        service.seedSucceeded(SESSION, "newer", 1);
        history.show(SESSION);

        assertThat(feed.items()).extracting(GenerationItem::prompt).containsExactly("newer", "older");
        assertThat(feed.items().get(1).imagesProperty().get()).hasSize(2)
                .first().satisfies(ref -> assertThat(ref.thumbnail().toString()).contains("thumbs"));
        assertThat(feed.message().get()).isEmpty();
    }

    @Test
    void pagesInWhenTheLastCardsAreShown() {
        for (int i = 0; i < SessionHistory.PAGE_SIZE + 5; i++) {
            service.seedSucceeded(SESSION, "p" + i, 1);
        }
        history.show(SESSION);
        assertThat(feed.items()).hasSize(SessionHistory.PAGE_SIZE);

        feed.shown(3);
        assertThat(feed.items()).hasSize(SessionHistory.PAGE_SIZE);
        feed.shown(SessionHistory.PAGE_SIZE - 1);
        assertThat(feed.items()).hasSize(SessionHistory.PAGE_SIZE + 5);
        assertThat(history.hasMoreProperty().get()).isFalse();
    }

    @Test
    void eventsPutNewGenerationsOnTopAndMoveThem() {
        service.seedSucceeded(SESSION, "old", 1);
        history.show(SESSION);
        service.subscribe(e -> history.apply(List.of(e)));

        Generation g = service.submit(service.parse(draft("fresh")));
        assertThat(feed.items().getFirst().prompt()).isEqualTo("fresh");
        GenerationItem item = feed.items().getFirst();
        assertThat(item.displayProgress().get()).isEqualTo(GenerationItem.INDETERMINATE);

        service.progress(g.id(), 0.4);
        assertThat(item.displayProgress().get()).isEqualTo(0.4);
        assertThat(item.statusTextProperty().get()).startsWith("Running 40%");
        assertThat(item.active().get()).isTrue();

        service.succeed(g.id(), 3);
        assertThat(item.statusProperty().get()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(item.imagesProperty().get()).hasSize(3);
    }

    @Test
    void ignoresOtherSessionsAndRemovesDeletedOnes() {
        history.show(SESSION);
        service.subscribe(e -> history.apply(List.of(e)));
        service.seedSucceeded(SESSION + 1, "elsewhere", 1);
        Generation mine = service.seedSucceeded(SESSION, "mine", 1);
        assertThat(feed.items()).extracting(GenerationItem::prompt).containsExactly("mine");

        service.delete(mine.id());
        assertThat(feed.items()).isEmpty();
    }

    @Test
    void anOutOfOrderSnapshotIsIgnored() {
        history.show(SESSION);
        Generation queued = service.submit(service.parse(draft("x")));
        history.upsert(queued);
        history.upsert(service.progress(queued.id(), 0.7));
        history.upsert(queued);
        assertThat(feed.items().getFirst().progressProperty().get()).isEqualTo(0.7);
    }

    @Test
    void cancelAndRetry() {
        history.show(SESSION);
        service.subscribe(e -> history.apply(List.of(e)));
        Generation g = service.submit(service.parse(draft("x")));
        GenerationItem item = feed.items().getFirst();

        feed.cancel(item);
        assertThat(item.statusProperty().get()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(item.retryable().get()).isTrue();

        feed.retry(item);
        assertThat(feed.items()).hasSize(2);
        assertThat(feed.items().getFirst().id()).isNotEqualTo(g.id());
        assertThat(feed.items().getFirst().statusProperty().get()).isEqualTo(GenerationStatus.QUEUED);
    }

    @Test
    void aFailedActionIsShownInTheFeed() {
        history.show(SESSION);
        Generation g = service.submit(service.parse(draft("x")));
        history.upsert(g);
        service.delete(g.id());
        feed.retry(feed.items().getFirst());
        assertThat(feed.message().get()).startsWith("Retry failed");
    }

    private static RequestDraft draft(String prompt) {
        return new RequestDraft(SESSION, prompt, "", "builtin", "noise", "1", "", "1:1", "512", "");
    }

    @Test
    void failedGenerationsShowTheirError() {
        history.show(SESSION);
        service.subscribe(e -> history.apply(List.of(e)));
        Generation g = service.submit(service.parse(draft("x")));
        service.fail(g.id(), "The engine ran out of memory");
        GenerationItem item = feed.items().getFirst();
        assertThat(item.errorTextProperty().get()).isEqualTo("The engine ran out of memory");
        assertThat(item.active().get()).isFalse();
    }
}
