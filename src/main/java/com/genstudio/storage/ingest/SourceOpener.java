package com.genstudio.storage.ingest;

import com.genstudio.engine.EngineOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Turns each kind of engine output into one byte stream, so everything after this point is format-blind. */
public final class SourceOpener {
    private final UrlDownloader downloader;

    public SourceOpener(UrlDownloader downloader) {
        this.downloader = downloader;
    }

    public OpenedSource open(EngineOutput output) throws IOException {
        return switch (output) {
            case EngineOutput.InlineBytes b ->
                    new OpenedSource(new ByteArrayInputStream(b.bytes()), b.mimeHint(), b.bytes().length, "bytes");
            case EngineOutput.ByteStream s -> new OpenedSource(s.stream(), s.mimeHint(), -1, "stream");
            case EngineOutput.Base64Text t ->
                    DataUri.decode(new CharSequenceInputStream(t.text(), 0), t.mimeHint(), "base64 data");
            case EngineOutput.Base64Stream s -> DataUri.decode(s.ascii(), s.mimeHint(), "base64 data");
            case EngineOutput.RemoteUrl u -> DataUri.isDataUri(u.url())
                    ? DataUri.decode(new CharSequenceInputStream(u.url(), 0), u.mimeHint(), "data: URI")
                    : downloader.open(u.url(), u.mimeHint());
        };
    }
}
