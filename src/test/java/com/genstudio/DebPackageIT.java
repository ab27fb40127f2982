package com.genstudio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the .deb with packaging/Packager.java (the same steps as {@code -Ppackage}, with fast settings: no jlink
 * or dpkg compression, no AOT training), installs it into a temporary root with {@code dpkg-deb -x} and runs the
 * installed launcher as a user's script would. Skipped only where jpackage or the Debian tools are missing.
 */
class DebPackageIT {
    private static final Path INSTALL_DIR = Path.of("opt", "genstudio");

    @TempDir
    static Path work;

    private static Path deb;
    private static Path root;

    @BeforeAll
    static void buildAndUnpack() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        assumeTrue(Files.isExecutable(jpackage), () -> skip("jpackage is not in " + jpackage.getParent()));
        for (String tool : List.of("dpkg-deb", "fakeroot")) {
            assumeTrue(onPath(tool), () -> skip(tool + " is not on the PATH (apt-get install -y " + tool + ")"));
        }
        Path out = work.resolve("package");
        Run packaged = run(Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"), 5, java(), "packaging/Packager.java",
                "--jar", System.getProperty("genstudio.jar"), "--version", System.getProperty("genstudio.version"),
                "--out", out.toString(), "--compress", "zip-0", "--aot", "false");
        assertThat(packaged.exit()).as(packaged.out() + packaged.err()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("installer"))) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        root = work.resolve("root");
        Run unpacked = run(Map.of(), 1, "dpkg-deb", "-x", deb.toString(), root.toString());
        assertThat(unpacked.exit()).as(unpacked.err()).isZero();
    }

    @Test
    void installedLauncherPrintsTheVersion() throws Exception {
        Run run = launcher(work.resolve("home-version"), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("GenStudio " + System.getProperty("genstudio.version"));
    }

    @Test
    void installedLauncherGeneratesAPngWithTheBuiltinEngine() throws Exception {
        Path home = work.resolve("home-generate");
        Run run = launcher(home, "generate", "--prompt", "lighthouse in fog", "--engine", "builtin",
                "--size", "384x256", "--wait", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode generation = new ObjectMapper().readTree(run.out());
        assertThat(generation.get("status").asText()).isEqualTo("succeeded");
        Path png = Path.of(generation.get("outputs").get(0).get("path").asText());
        assertThat(png).startsWith(home).isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(384);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(home.resolve("logs").resolve("genstudio.log")).isNotEmptyFile();
    }

    @Test
    void packageHasAReleaseVersionAMenuEntryInGraphicsAndTheIcon() throws Exception {
        Run control = run(Map.of(), 1, "dpkg-deb", "-f", deb.toString(), "Package", "Version", "Section");
        String release = System.getProperty("genstudio.version").replace("-SNAPSHOT", "");
        assertThat(control.out().lines()).containsExactly(
                "Package: genstudio", "Version: " + release, "Section: graphics");

        Path lib = root.resolve(INSTALL_DIR).resolve("lib");
        List<String> entry = Files.readAllLines(lib.resolve("genstudio-GenStudio.desktop"));
        assertThat(entry).contains("Name=GenStudio", "Categories=Graphics", "Exec=/opt/genstudio/bin/GenStudio",
                "Icon=/opt/genstudio/lib/GenStudio.png", "Type=Application");
        assertThat(lib.resolve("GenStudio.png")).hasSameBinaryContentAs(Path.of("assets", "genstudio.png"));
    }

    /** Catches a new dependency that needs a JDK module packaging/jlink.cfg leaves out, before a user does. */
    @Test
    void bundledRuntimeHasEveryModuleTheJarNeeds() throws Exception {
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "--multi-release", String.valueOf(Runtime.version().feature()), "--ignore-missing-deps",
                "--print-module-deps", System.getProperty("genstudio.jar"));
        assertThat(exit).as(out.toString()).isZero();
        List<String> needed = List.of(out.toString().strip().split(","));

        Path release = root.resolve(INSTALL_DIR).resolve("lib/runtime/release");
        String modules = Files.readAllLines(release).stream().filter(l -> l.startsWith("MODULES="))
                .findFirst().orElseThrow().replace("MODULES=", "").replace("\"", "");
        assertThat(List.of(modules.split(" "))).containsAll(needed).contains("jdk.unsupported");
    }

    private static Run launcher(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(root.resolve(INSTALL_DIR).resolve("bin").resolve("GenStudio").toString());
        command.addAll(List.of(args));
        return run(Map.of("GENSTUDIO_HOME", home.toString()), 2, command.toArray(String[]::new));
    }

    private static Run run(Map<String, String> env, int minutes, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, tool)));
    }

    private static String skip(String why) {
        String message = "Skipping the installed-package check: " + why;
        System.err.println(message);
        return message;
    }

    private record Run(int exit, String out, String err) {}
}
