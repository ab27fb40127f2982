package com.genstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded genstudio.jar as a script would: a fresh JVM, GENSTUDIO_HOME in a temporary directory. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("genstudio.jar", "target/genstudio.jar"));

    @TempDir
    Path home;

    @TempDir
    Path scratch;

    @Test
    void generatesWithTheBuiltinEngineAndDescribesTheFileInJson() throws Exception {
        Run run = java("generate", "--prompt", "red circle", "--engine", "builtin", "--size", "384x256",
                "--wait", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode g = new ObjectMapper().readTree(run.out());
        assertThat(g.get("status").asText()).isEqualTo("succeeded");
        JsonNode output = g.get("outputs").get(0);
        Path png = Path.of(output.get("path").asText());
        assertThat(png).exists().startsWith(home);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(384).isEqualTo(output.get("width").asInt());
        assertThat(image.getHeight()).isEqualTo(256).isEqualTo(output.get("height").asInt());
        assertThat(output.get("mime").asText()).isEqualTo("image/png");
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = java("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("GenStudio " + System.getProperty("genstudio.version"));
    }

    @Test
    void emptyPromptFailsWithOneLineAndStoresNothing() throws Exception {
        Run run = java("generate", "--prompt", "", "--engine", "builtin", "--wait");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString().isNotBlank();
        Run list = java("list", "--json");
        assertThat(list.exit()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("GENSTUDIO_HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("genstudio " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exit, String out, String err) {}
}
