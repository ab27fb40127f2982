package com.genstudio.engine;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a claim: {@code host/pid/startMillis/nonce}. On the same host a claim whose process is gone (killed,
 * crashed) can be taken over at once instead of waiting for its lease to run out; elsewhere the lease decides.
 */
public record WorkerIdentity(String host, long pid, long startMillis, String nonce) {

    public static WorkerIdentity forThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new WorkerIdentity(localHost(), self.pid(), start, UUID.randomUUID().toString().substring(0, 8));
    }

    public String id() {
        return host + "/" + pid + "/" + startMillis + "/" + nonce;
    }

    public static Optional<WorkerIdentity> parse(String id) {
        String[] parts = id == null ? new String[0] : id.split("/");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkerIdentity(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True only when {@code ownerId} is a process on this host that is certainly no longer running. */
    public boolean isDeadLocalOwner(String ownerId) {
        Optional<WorkerIdentity> owner = parse(ownerId);
        if (owner.isEmpty() || !owner.get().host.equals(host) || owner.get().pid == pid) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.get().pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        long actualStart = process.get().info().startInstant().map(Instant::toEpochMilli).orElse(owner.get().startMillis);
        return Math.abs(actualStart - owner.get().startMillis) > 1000; // the pid was reused by another process
    }

    private static String localHost() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.replace('/', '_');
        }
        try {
            return InetAddress.getLocalHost().getHostName().replace('/', '_');
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
