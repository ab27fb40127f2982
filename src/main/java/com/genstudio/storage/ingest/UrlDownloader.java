package com.genstudio.storage.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens provider result links (fal, Replicate) for streaming. Redirects are followed by hand so that their number
 * is bounded and every hop is checked to stay on http(s); 5xx, 429 and connection failures are retried with
 * back-off because CDNs produce them under load, while 4xx answers fail at once with a reason a user can act on.
 */
public final class UrlDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(UrlDownloader.class);

    private final OkHttpClient client;
    private final IngestLimits limits;

    public UrlDownloader(IngestLimits limits) {
        this.limits = limits;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .build();
    }

    /** Refuses anything but http(s) before any connection is made. */
    public static HttpUrl parseHttpUrl(String url) throws IOException {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("Refusing to download from a '" + (scheme.isEmpty() ? "relative" : scheme)
                    + ":' address: only http and https links are accepted");
        }
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IOException("Not a valid download address: " + redact(url));
        }
        return parsed;
    }

    public OpenedSource open(String url, String mimeHint) throws IOException {
        HttpUrl start = parseHttpUrl(url);
        IOException last = null;
        for (int attempt = 1; attempt <= limits.downloadAttempts(); attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            try {
                return openFollowingRedirects(start, mimeHint);
            } catch (RetryableDownloadException e) {
                last = e;
                LOG.warn("Download attempt {}/{} of {} failed: {}", attempt, limits.downloadAttempts(),
                        describe(start), e.getMessage());
            }
        }
        throw new IOException(last.getMessage() + " (gave up after " + limits.downloadAttempts() + " attempts)", last);
    }

    private OpenedSource openFollowingRedirects(HttpUrl start, String mimeHint) throws IOException {
        HttpUrl url = start;
        for (int hop = 0; ; hop++) {
            Response response = call(url);
            int code = response.code();
            if (code >= 300 && code < 400 && code != 304) {
                String location = response.header("Location");
                response.close();
                if (hop >= limits.maxRedirects()) {
                    throw new IOException("Download of " + describe(start) + " was redirected more than "
                            + limits.maxRedirects() + " times");
                }
                HttpUrl next = location == null ? null : url.resolve(location);
                if (next == null) {
                    throw new IOException("Download of " + describe(start)
                            + " was redirected to a missing or non-http(s) address");
                }
                url = next;
                continue;
            }
            if (code >= 200 && code < 300) {
                ResponseBody body = response.body();
                String type = body.contentType() != null ? body.contentType().toString() : null;
                return new OpenedSource(body.byteStream(), mimeHint != null ? mimeHint : type, body.contentLength(),
                        "download from " + describe(url));
            }
            response.close();
            throw failure(code, url);
        }
    }

    private Response call(HttpUrl url) throws IOException {
        Request request = new Request.Builder().url(url).get()
                .header("Accept", "image/*, video/*;q=0.9, */*;q=0.5").build();
        try {
            return client.newCall(request).execute();
        } catch (ConnectException e) {
            throw new RetryableDownloadException("Could not connect to " + url.host() + ":" + url.port()
                    + " (connection refused or unreachable)", e);
        } catch (UnknownHostException e) {
            throw new IOException("Could not download " + describe(url) + ": unknown host '" + url.host() + "'", e);
        } catch (SocketTimeoutException e) {
            throw new RetryableDownloadException("Download of " + describe(url) + " timed out", e);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new RetryableDownloadException("Download of " + describe(url) + " failed: " + e.getMessage(), e);
        }
    }

    private static IOException failure(int code, HttpUrl url) {
        String what = "Download of " + describe(url);
        if (code >= 500 || code == 429 || code == 408) {
            return new RetryableDownloadException(what + " failed: the server answered HTTP " + code, null);
        }
        return switch (code) {
            case 401, 403 -> new IOException(what + " was refused (HTTP " + code + "): the link has probably "
                    + "expired or needs credentials");
            case 404, 410 -> new IOException(what + " found nothing (HTTP " + code + "): result links expire, "
                    + "so it may be gone already");
            default -> new IOException(what + " failed: the server answered HTTP " + code);
        };
    }

    private void pause(int attempt) throws IOException {
        long millis = limits.retryBackoff().toMillis() * (1L << Math.min(attempt - 2, 5));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry a download");
        }
    }

    /** Host and path only: query strings of signed links carry credentials that must not reach logs. */
    static String describe(HttpUrl url) {
        return url.scheme() + "://" + url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":"
                + url.port()) + url.encodedPath();
    }

    private static String redact(String url) {
        int q = url.indexOf('?');
        String cut = q >= 0 ? url.substring(0, q) : url;
        return cut.length() > 200 ? cut.substring(0, 200) + "…" : cut;
    }

    private static final class RetryableDownloadException extends IOException {
        RetryableDownloadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
