package com.genstudio.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * Figure 4: database bytes per output. GenStudio's figure is the whole compacted library file (generation rows
 * included) divided by its outputs. The baseline stores each image in the row as a base64 data URL, as the seed's
 * Gemini adapter did: two small databases with the same rows, one with the extra column, both compacted; the
 * difference per output is the baseline's cost on top of the same row, so the baseline is, if anything,
 * understated.
 */
final class StorageFootprintScenario {
    private final Path dir;
    private final int samples;

    StorageFootprintScenario(Path dir, int samples) {
        this.dir = dir;
        this.samples = samples;
    }

    record Result(double genstudioBytesPerOutput, double base64BytesPerOutput, int pngBytes, int dataUrlChars) {}

    Result run(long libraryCompactedBytes, int libraryOutputs) throws SQLException {
        byte[] png = ThumbnailInputs.png1024();
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        long plain = compactedSize(dir.resolve("plain"), null);
        long withBase64 = compactedSize(dir.resolve("base64"), dataUrl);
        return new Result((double) libraryCompactedBytes / libraryOutputs, (double) (withBase64 - plain) / samples,
                png.length, dataUrl.length());
    }

    private long compactedSize(Path where, String dataUrl) throws SQLException {
        BenchDatabase bench = new BenchDatabase(where.resolve("db"));
        try (var db = bench.open()) {
            DataGenerator.seed(db.dataSource(), new DataShape(1, 1, samples, 1, 0));
            if (dataUrl != null) {
                try (Connection c = db.dataSource().getConnection()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("ALTER TABLE outputs ADD COLUMN image_data CLOB");
                    }
                    // One statement per row, so each row gets its own stored copy as separate uploads would.
                    try (PreparedStatement ps = c.prepareStatement("UPDATE outputs SET image_data = ? WHERE id = ?")) {
                        for (int id = 1; id <= samples; id++) {
                            ps.setString(1, dataUrl);
                            ps.setLong(2, id);
                            ps.executeUpdate();
                        }
                    }
                }
            }
        }
        bench.shutdownCompact();
        return bench.bytes();
    }

    static void report(Result r, BenchReport report) {
        double ratio = r.base64BytesPerOutput() / r.genstudioBytesPerOutput();
        report.row(new FigureRow("4. Database bytes per output",
                String.format("%.0f B", r.genstudioBytesPerOutput()),
                String.format("base64 in a column: %.0f B", r.base64BytesPerOutput()), FigureRow.times(ratio),
                "≤ 1 KB per output; ratio reported", FigureRow.Verdict.of(r.genstudioBytesPerOutput() <= 1024)));
        report.note(String.format("Figure 4: the sample image is a %,d-byte 1024×1024 PNG from the built-in engine; "
                + "as a base64 data URL it is %,d characters (+%.0f%%). GenStudio keeps the file on disk and only "
                + "its key, size and hash in the row.", r.pngBytes(), r.dataUrlChars(),
                100.0 * (r.dataUrlChars() - r.pngBytes()) / r.pngBytes()));
    }
}
