package com.genstudio.storage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.storage.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4ProbeTest {
    @TempDir
    Path dir;

    @Test
    void readsDurationAndFrameSizeFromTheHeaders() throws Exception {
        Path file = Files.write(dir.resolve("a.mp4"), TestVideos.mp4(5_250, 1280, 720, 1000));
        Mp4Probe.VideoInfo info = Mp4Probe.read(file);
        assertThat(info.duration()).contains(Duration.ofMillis(5_250));
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
    }

    @Test
    void aDamagedFileYieldsNothingRatherThanFailing() throws Exception {
        byte[] header = TestVideos.mp4Header(1000, 64, 64);
        Path file = Files.write(dir.resolve("b.mp4"), java.util.Arrays.copyOf(header, 30));
        assertThat(Mp4Probe.read(file).duration()).isEmpty();
    }

    @Test
    void placeholderCaptionFormatsDurations() {
        assertThat(VideoPlaceholder.format(Duration.ofMillis(5_250))).isEqualTo("0:05");
        assertThat(VideoPlaceholder.format(Duration.ofSeconds(3_725))).isEqualTo("1:02:05");
    }
}
