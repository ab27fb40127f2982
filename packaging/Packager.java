import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds GenStudio's runtime, app image and native installer for the machine it runs on: jlink (modules in
 * packaging/jlink.cfg), jpackage app image (packaging/jpackage.cfg, packaging/app-image.cfg and the OS's
 * packaging/{os}/app-image.cfg), optionally an AOT cache trained on a real run and baked into the image, then the
 * installer (packaging/{os}/installer.cfg). Run from the repository root; Maven's {@code -Ppackage} does that.
 *
 * <pre>java packaging/Packager.java --jar target/genstudio.jar --version 0.1.0-SNAPSHOT --out target/jpackage
 *     [--type default|app-image|deb|rpm|msi|exe|dmg|pkg] [--compress zip-0|zip-6] [--aot true]
 *     [--aot-training auto|desktop|cli]</pre>
 */
public final class Packager {
    private static final String AOT_FILE = "genstudio.aot";

    private final Map<String, String> options;
    private final Path out;
    private final String os;

    private Packager(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(required("out")).toAbsolutePath();
        this.os = osDirectory();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        new Packager(options).build();
    }

    private void build() throws IOException, InterruptedException {
        long started = System.nanoTime();
        deleteRecursively(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(Path.of(required("jar")), input.resolve("genstudio.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        String version = required("version").replace("-SNAPSHOT", "");

        Path runtime = out.resolve("runtime");
        // zip-0 by default: every installer format compresses the whole package, and does it better (xz for a .deb)
        // than jlink compresses single classes; uncompressed modules also load faster.
        run("jlink", "@packaging/jlink.cfg", "--compress=" + options.getOrDefault("compress", "zip-0"),
                "--output", runtime.toString());
        run("jpackage", "@packaging/jpackage.cfg", "@packaging/app-image.cfg", "@packaging/" + os + "/app-image.cfg",
                "--type", "app-image", "--app-version", version, "--input", input.toString(),
                "--runtime-image", runtime.toString(), "--dest", out.resolve("image").toString());
        Path image = appImage();
        if (Boolean.parseBoolean(options.getOrDefault("aot", "false"))) {
            new AotTraining(image, launcher(image), configFile(image), trainOnDesktop()).bake();
        }
        if (installerType().equals("app-image")) {
            System.out.println("App image: " + image);
            return;
        }
        run("jpackage", "@packaging/jpackage.cfg", "@packaging/" + os + "/installer.cfg",
                "--type", installerType(), "--app-version", version,
                "--app-image", image.toString(), "--dest", out.resolve("installer").toString());
        try (Stream<Path> installers = Files.list(out.resolve("installer"))) {
            for (Path installer : installers.toList()) {
                System.out.printf("Installer: %s (%.1f MB)%n", installer, Files.size(installer) / 1e6);
            }
        }
        System.out.printf("Packaged in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /**
     * Trains an AOT cache on a real run of the app image's own launcher, so class path and runtime match. The
     * desktop run (start, open the studio on a library with one image, quit) needs a display; without one the
     * command line's generate is the workload, which still covers the JDK, the store and the engine.
     */
    private record AotTraining(Path image, Path launcher, Path config, boolean desktop) {
        void bake() throws IOException, InterruptedException {
            String original = Files.readString(config);
            Path home = Files.createTempDirectory("genstudio-aot-home");
            Path aotConfig = home.resolve("genstudio.aotconf");
            List<String> generate = List.of("generate", "--engine", "builtin", "--prompt", "a quiet harbour at dawn",
                    "--size", "512x384", "--wait", "--json");
            try {
                if (desktop) {
                    launch(home, generate);
                    withOptions(original, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + aotConfig,
                            "-Dgenstudio.quitWhenShown=true");
                    launch(home, List.of());
                } else {
                    withOptions(original, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + aotConfig);
                    launch(home, generate);
                }
                withOptions(original, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + aotConfig,
                        "-XX:AOTCache=$APPDIR/" + AOT_FILE);
                launch(home, List.of("--version"));
            } finally {
                withOptions(original);
                deleteRecursively(home);
            }
            // auto mode: a cache that does not match (another JDK build, a changed jar) is ignored, never fatal.
            withOptions(original, "-XX:AOTCache=$APPDIR/" + AOT_FILE);
            System.out.printf("AOT cache (%s training): %.1f MB%n", desktop ? "desktop" : "command line",
                    Files.size(config.resolveSibling(AOT_FILE)) / 1e6);
        }

        private void withOptions(String original, String... javaOptions) throws IOException {
            StringBuilder text = new StringBuilder(original.stripTrailing()).append('\n');
            for (String option : javaOptions) {
                text.append("java-options=").append(option).append('\n');
            }
            Files.writeString(config, text);
        }

        private void launch(Path home, List<String> args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("GENSTUDIO_HOME", home.toString());
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("AOT training run failed: " + command);
            }
        }
    }

    /** The tools' in-process entry points do not read {@code @argfiles} as their launchers do, so expand them here. */
    private static void run(String tool, String... arguments) {
        String[] args = Stream.of(arguments).flatMap(a -> a.startsWith("@") ? argfile(Path.of(a.substring(1))) : Stream.of(a))
                .toArray(String[]::new);
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not part of this JDK"));
        System.out.println("> " + tool + " " + String.join(" ", args));
        PrintWriter stdout = new PrintWriter(System.out, true);
        PrintWriter stderr = new PrintWriter(System.err, true);
        int exit = provider.run(stdout, stderr, args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit status " + exit);
        }
    }

    /** One option or value per whitespace-separated word; double quotes group words, as in the launchers' files. */
    static Stream<String> argfile(Path file) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    words.add(word.toString());
                    word.setLength(0);
                    started = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (started) {
            words.add(word.toString());
        }
        return words.stream();
    }

    private Path appImage() throws IOException {
        try (Stream<Path> images = Files.list(out.resolve("image"))) {
            return images.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no app image"));
        }
    }

    private Path launcher(Path image) {
        return switch (os) {
            case "windows" -> image.resolve("GenStudio.exe");
            case "macos" -> image.resolve("Contents/MacOS/GenStudio");
            default -> image.resolve("bin/GenStudio");
        };
    }

    private Path configFile(Path image) {
        return switch (os) {
            case "windows" -> image.resolve("app/GenStudio.cfg");
            case "macos" -> image.resolve("Contents/app/GenStudio.cfg");
            default -> image.resolve("lib/app/GenStudio.cfg");
        };
    }

    /** --aot-training desktop|cli|auto; auto trains the desktop where there is a display to open it on. */
    private boolean trainOnDesktop() {
        String training = options.getOrDefault("aot-training", "auto");
        if (!training.equals("auto")) {
            return training.equals("desktop");
        }
        return !os.equals("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private String installerType() {
        String type = options.getOrDefault("type", "default");
        if (!type.equals("default")) {
            return type;
        }
        return switch (os) {
            case "windows" -> "msi";
            case "macos" -> "dmg";
            default -> "deb";
        };
    }

    private static String osDirectory() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("win") ? "windows" : name.contains("mac") ? "macos" : "linux";
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.equals("true")) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
