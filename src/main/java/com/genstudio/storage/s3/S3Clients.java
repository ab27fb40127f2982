package com.genstudio.storage.s3;

import com.genstudio.config.S3Settings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Builds the SDK client for a bucket, with the checksum behaviour and timeouts the target server needs. */
public final class S3Clients {

    /**
     * SDK releases since 2.30 send CRC checksums on every upload and expect them back; several S3-compatible
     * servers reject or mangle those. {@code WHEN_REQUIRED} limits checksums to the operations whose API demands
     * one (such as DeleteObjects), which every server accepts. AWS itself gets the SDK default.
     */
    public enum Checksums { AUTO, WHEN_SUPPORTED, WHEN_REQUIRED }

    public record Timeouts(Duration connect, Duration socket, Duration apiCall, Duration apiCallAttempt) {
        public static Timeouts defaults() {
            return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5),
                    Duration.ofMinutes(2));
        }
    }

    private S3Clients() {
    }

    public static S3Client create(S3Settings s, Checksums checksums, Timeouts timeouts) {
        boolean required = checksums == Checksums.WHEN_REQUIRED || (checksums == Checksums.AUTO && !s.isAws());
        var builder = S3Client.builder()
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s))
                .forcePathStyle(s.pathStyle())
                .requestChecksumCalculation(required ? RequestChecksumCalculation.WHEN_REQUIRED
                        : RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(required ? ResponseChecksumValidation.WHEN_REQUIRED
                        : ResponseChecksumValidation.WHEN_SUPPORTED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(timeouts.connect())
                        .socketTimeout(timeouts.socket()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(timeouts.apiCall())
                        .apiCallAttemptTimeout(timeouts.apiCallAttempt())
                        .build());
        s.endpoint().ifPresent(e -> builder.endpointOverride(URI.create(e)));
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings s) {
        if (s.accessKeyId().isPresent() && s.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s.accessKeyId().get(), s.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
