package com.genstudio.storage.s3;

import com.genstudio.config.S3Settings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns SDK failures into sentences a user can act on: credentials, bucket, region, or the network. */
public final class S3Problems {
    private S3Problems() {
    }

    public static IOException explain(String action, S3Settings s, SdkException e) {
        return new IOException(action + ": " + describe(s, e), e);
    }

    public static String describe(S3Settings s, SdkException e) {
        String where = s.endpoint().orElse("AWS S3 (" + s.region() + ")");
        if (e instanceof NoSuchBucketException) {
            return "the bucket '" + s.bucket() + "' does not exist at " + where;
        }
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() != null && s3.awsErrorDetails().errorCode() != null
                    ? s3.awsErrorDetails().errorCode() : "";
            return switch (code) {
                case "InvalidAccessKeyId" -> "the access key id is not known to " + where + " (bad credentials)";
                case "SignatureDoesNotMatch" -> "the secret access key is wrong (bad credentials)";
                case "ExpiredToken", "InvalidToken" -> "the session token has expired (bad credentials)";
                case "AccessDenied" -> "access denied: the credentials are valid but may not use bucket '"
                        + s.bucket() + "' (HTTP 403)";
                case "NoSuchBucket" -> "the bucket '" + s.bucket() + "' does not exist at " + where;
                case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException" ->
                        "wrong region: bucket '" + s.bucket() + "' is not in " + s.region() + regionHint(s3);
                default -> byStatus(s, s3, where);
            };
        }
        if (e instanceof ApiCallTimeoutException) {
            return "no answer from " + where + " in time (timed out)";
        }
        if (e instanceof SdkClientException) {
            Throwable root = rootCause(e);
            if (root instanceof UnknownHostException) {
                return "cannot reach " + where + ": unknown host " + root.getMessage();
            }
            if (root instanceof ConnectException || root instanceof SocketTimeoutException) {
                return "cannot reach " + where + " (" + root.getMessage() + ")";
            }
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("credentials")) {
                return "no credentials found: enter an access key or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY";
            }
        }
        return e.getMessage();
    }

    private static String byStatus(S3Settings s, S3Exception e, String where) {
        return switch (e.statusCode()) {
            case 301 -> "wrong region: bucket '" + s.bucket() + "' is not in " + s.region() + regionHint(e);
            case 400 -> "the server rejected the request (HTTP 400): " + e.getMessage();
            case 403 -> "access denied by " + where + " (HTTP 403): check the credentials and the bucket policy";
            case 404 -> "the bucket '" + s.bucket() + "' does not exist at " + where;
            default -> "the server answered HTTP " + e.statusCode() + ": " + e.getMessage();
        };
    }

    private static String regionHint(S3Exception e) {
        return e.awsErrorDetails() == null ? "" : e.awsErrorDetails().sdkHttpResponse()
                .firstMatchingHeader("x-amz-bucket-region").map(r -> " (it is in " + r + ")").orElse("");
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
