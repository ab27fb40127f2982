package com.genstudio.storage.s3;

import com.genstudio.config.S3Settings;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The settings screen's "Test connection": lists the bucket with these credentials with these credentials, then writes,
 * reads back and deletes a tiny probe object, because read-only credentials pass HeadBucket yet fail every upload.
 */
public final class S3ConnectionTester {

    public record Result(boolean ok, String message) {}

    private static final String PROBE = ".genstudio-connection-test";

    private S3ConnectionTester() {
    }

    public static Result test(S3Settings settings, S3Clients.Checksums checksums, S3Clients.Timeouts timeouts) {
        try (S3Client s3 = S3Clients.create(settings, checksums, timeouts)) {
            return test(s3, settings);
        } catch (SdkException | IllegalArgumentException e) {
            return new Result(false, "Cannot connect: " + e.getMessage());
        }
    }

    static Result test(S3Client s3, S3Settings settings) {
        String step = "Cannot open the bucket";
        try {
            // A listing rather than HeadBucket: HEAD answers carry no error code, so "bad key" and "no access" would
            // look the same.
            s3.listObjectsV2(b -> b.bucket(settings.bucket()).prefix(settings.prefix()).maxKeys(1));
            step = "The bucket can be read but not written";
            String key = settings.prefix() + PROBE;
            byte[] body = "GenStudio connection test".getBytes(StandardCharsets.UTF_8);
            s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentType("text/plain"), RequestBody.fromBytes(body));
            step = "Uploaded a test file but cannot read it back";
            byte[] back = s3.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key)).asByteArray();
            if (!java.util.Arrays.equals(body, back)) {
                return new Result(false, "The bucket returned different bytes than were uploaded");
            }
            step = "Uploaded a test file but cannot delete it";
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
            return new Result(true, "Connected: bucket '" + settings.bucket() + "' can be written, read and cleaned up");
        } catch (SdkException e) {
            return new Result(false, step + ": " + S3Problems.describe(settings, e));
        }
    }
}
