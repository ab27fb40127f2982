package com.genstudio.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.genstudio.engine.EngineOutput;
import com.genstudio.engine.OutputTarget;
import com.genstudio.engine.StoredOutput;
import com.genstudio.storage.ingest.IngestLimits;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB base64 payload must stream through ingest: the memory the ingesting thread allocates (garbage included)
 * is measured and bounded far below the payload size. The figure goes to docs/benchmarks.md.
 */
class LargePayloadIngestTest {
    private static final long PAYLOAD_CHARS = 100L * 1024 * 1024;

    @TempDir
    Path root;
    @TempDir
    Path staging;

    @Test
    void aHundredMegabyteBase64PayloadStreamsWithSmallAllocation() throws Exception {
        FileOutputIngestor ingestor = new FileOutputIngestor(new LocalOutputStore(root), new Thumbnailer(),
                IngestLimits.defaults(), staging);
        byte[] header = TestVideos.mp4Header(8_000, 1280, 720);
        long decoded = PAYLOAD_CHARS / 4 * 3;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        StoredOutput stored = ingestor.ingest(new OutputTarget(1, 1, 1), 0,
                new EngineOutput.Base64Stream(new GeneratedBase64(header, decoded), "video/mp4"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        System.out.printf("ingest of %d MB base64 (%d MB decoded) allocated %.1f MB on the ingesting thread%n",
                PAYLOAD_CHARS >> 20, decoded >> 20, allocated / 1048576.0);
        assertThat(stored.byteSize()).isEqualTo(decoded);
        assertThat(stored.width()).isEqualTo(1280);
        assertThat(root.resolve(stored.storageKey())).hasSize(decoded);
        assertThat(allocated).as("bytes allocated while ingesting").isLessThan(PAYLOAD_CHARS / 10);
    }

    /**
     * Base64 of an MP4 header followed by an mdat box of filler, produced on demand into reused buffers so the
     * generator itself allocates nothing per read.
     */
    private static final class GeneratedBase64 extends InputStream {
        private final byte[] raw = new byte[3 * 4096];
        private final byte[] encoded = new byte[4 * 4096];
        private final byte[] prefix;
        private final long total;
        private long produced;
        private int pos;
        private int len;

        GeneratedBase64(byte[] mp4Header, long total) {
            long mdat = total - mp4Header.length;
            byte[] mdatHeader = {(byte) (mdat >>> 24), (byte) (mdat >>> 16), (byte) (mdat >>> 8), (byte) mdat,
                    'm', 'd', 'a', 't'};
            this.prefix = TestVideos.concat(mp4Header, mdatHeader);
            this.total = total;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("bulk reads only");
        }

        @Override
        public int read(byte[] b, int off, int n) {
            if (pos == len && !refill()) {
                return -1;
            }
            int k = Math.min(n, len - pos);
            System.arraycopy(encoded, pos, b, off, k);
            pos += k;
            return k;
        }

        private boolean refill() {
            int count = (int) Math.min(raw.length, total - produced);
            if (count <= 0) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                long at = produced + i;
                raw[i] = at < prefix.length ? prefix[(int) at] : (byte) (at * 31);
            }
            produced += count;
            len = Base64.getEncoder().encode(count == raw.length ? raw : java.util.Arrays.copyOf(raw, count), encoded);
            pos = 0;
            return true;
        }
    }
}
