import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the GenStudio icon with Java2D and writes every file the installers need: PNGs (Linux, the window icon),
 * an ICO (Windows) and an ICNS (macOS). The icon is vector-drawn at each size rather than scaled down, so the
 * small sizes stay sharp. Run from the repository root: {@code java packaging/icons/IconGenerator.java}
 */
public final class IconGenerator {
    private static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    // ICNS element types with the pixel size each holds (the @2x types reuse the larger bitmaps).
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();
    private static final List<Integer> RESOURCE_SIZES = List.of(16, 32, 64, 128);

    public static void main(String[] args) throws IOException {
        Path assets = Files.createDirectories(Path.of("assets"));
        for (int size : PNG_SIZES) {
            Files.write(assets.resolve("genstudio-" + size + ".png"), png(draw(size)));
        }
        Files.write(assets.resolve("genstudio.png"), png(draw(256)));
        Files.write(assets.resolve("genstudio.ico"), ico());
        Files.write(assets.resolve("genstudio.icns"), icns());
        // jpackage takes the Linux menu icon from its resource directory when it packages an existing app image.
        Path linux = Files.createDirectories(Path.of("packaging/linux/resources"));
        Files.write(linux.resolve("GenStudio.png"), png(draw(256)));
        // The window and About dialog icons, on the class path.
        Path resources = Files.createDirectories(Path.of("src/main/resources/com/genstudio/ui/about"));
        for (int size : RESOURCE_SIZES) {
            Files.write(resources.resolve("genstudio-" + size + ".png"), png(draw(size)));
        }
    }

    /** A rounded tile in violet to coral, a framed landscape and a spark: "pictures, made". */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        boolean tiny = size < 32;
        double inset = tiny ? 1 : 4;

        RoundRectangle2D tile = new RoundRectangle2D.Double(inset, inset, 100 - 2 * inset, 100 - 2 * inset, 26, 26);
        g.setPaint(new GradientPaint(0, 0, new Color(0x5B3DF5), 100, 100, new Color(0xFF6B6B)));
        g.fill(tile);
        g.setPaint(new RadialGradientPaint(30f, 20f, 70f, new float[] {0f, 1f},
                new Color[] {new Color(255, 255, 255, 70), new Color(255, 255, 255, 0)}));
        g.fill(tile);

        // The picture: a white frame with hills and a sun.
        RoundRectangle2D frame = new RoundRectangle2D.Double(20, 30, 52, 46, 8, 8);
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(frame);
        g.setClip(frame);
        g.setPaint(new GradientPaint(0, 50, new Color(0x7C5CFF), 0, 76, new Color(0x3A1FB8)));
        Path2D hills = new Path2D.Double();
        hills.moveTo(20, 76);
        hills.lineTo(20, 64);
        hills.curveTo(30, 52, 38, 52, 46, 62);
        hills.curveTo(54, 54, 62, 52, 72, 60);
        hills.lineTo(72, 76);
        hills.closePath();
        g.fill(hills);
        g.setColor(new Color(0xFF8E5E));
        g.fill(new Ellipse2D.Double(52, 38, 11, 11));
        g.setClip(null);
        if (!tiny) {
            g.setStroke(new BasicStroke(2.2f));
            g.setColor(new Color(255, 255, 255, 255));
            g.draw(frame);
        }

        // The spark, overlapping the frame's corner: four-pointed, with a small twin.
        g.setColor(new Color(0xFFF4C2));
        g.fill(spark(72, 28, tiny ? 20 : 16));
        if (!tiny) {
            g.setColor(Color.WHITE);
            g.fill(spark(84, 48, 6));
        }
        g.dispose();
        return image;
    }

    private static Path2D spark(double cx, double cy, double r) {
        double w = r * 0.28;
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.quadTo(cx + w * 0.35, cy - w * 0.35, cx + r, cy);
        p.quadTo(cx + w * 0.35, cy + w * 0.35, cx, cy + r);
        p.quadTo(cx - w * 0.35, cy + w * 0.35, cx - r, cy);
        p.quadTo(cx - w * 0.35, cy - w * 0.35, cx, cy - r);
        p.closePath();
        return p;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ICO with PNG-compressed entries (supported since Windows Vista); little-endian directory. */
    private static byte[] ico() {
        List<byte[]> images = ICO_SIZES.stream().map(s -> png(draw(s))).toList();
        int offset = 6 + 16 * images.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            byte[] data = images.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        images.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** ICNS: big-endian 'icns' header, then one PNG element per type. */
    private static byte[] icns() {
        try {
            ByteArrayOutputStream elements = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(elements);
            for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
                byte[] image = png(draw(type.getValue()));
                data.writeBytes(type.getKey());
                data.writeInt(8 + image.length);
                data.write(image);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream file = new DataOutputStream(out);
            file.writeBytes("icns");
            file.writeInt(8 + elements.size());
            file.write(elements.toByteArray());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        return types;
    }
}
