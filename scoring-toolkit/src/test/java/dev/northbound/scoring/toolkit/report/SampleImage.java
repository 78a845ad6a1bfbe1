package dev.northbound.scoring.toolkit.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Saves a screenshot for the docs: cropped below the last non-white row, with a small margin. Public (test scope) for other reports' rendering tests. */
public final class SampleImage {

  private SampleImage() {}

  /** Saves {@code image} cropped to {@code target} as PNG. */
  public static void save(BufferedImage image, Path target) throws IOException {
    int last = image.getHeight() - 1;
    while (last > 0 && blankRow(image, last)) {
      last--;
    }
    int height = Math.min(image.getHeight(), last + 24);
    BufferedImage cropped = new BufferedImage(image.getWidth(), height, BufferedImage.TYPE_INT_RGB);
    cropped.getGraphics().drawImage(image.getSubimage(0, 0, image.getWidth(), height), 0, 0, null);
    Files.createDirectories(target.getParent());
    ImageIO.write(cropped, "png", target.toFile());
  }

  private static boolean blankRow(BufferedImage image, int y) {
    for (int x = 0; x < image.getWidth(); x++) {
      if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
        return false;
      }
    }
    return true;
  }
}
