package com.genstudio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine and JDK a run was measured on, for the report's header. */
record Machine(String cpu, int cores, long memoryBytes, long maxHeapBytes, String jdk, String os) {

    static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(cpuModel().orElse(System.getProperty("os.arch")), Runtime.getRuntime().availableProcessors(),
                memory, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    String describe() {
        return String.format("%s, %d cores, %.1f GiB memory (benchmark heap max %.1f GiB); %s; %s", cpu, cores,
                memoryBytes / (1024.0 * 1024 * 1024), maxHeapBytes / (1024.0 * 1024 * 1024), jdk, os);
    }

    /** The 1-minute load average, or empty where the OS does not report one. */
    static Optional<Double> loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Optional.empty() : Optional.of(load);
    }

    private static Optional<String> cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (!Files.exists(info)) {
                return Optional.empty();
            }
            return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
