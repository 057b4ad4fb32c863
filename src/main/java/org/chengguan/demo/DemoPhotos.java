package org.chengguan.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The demo's scene photos: small PNGs of one colour (the evidence store keeps them like any other). */
final class DemoPhotos {

	static final byte[] PNG = png(0, 8, 8);

	private DemoPhotos() {
	}

	/** A photo-sized (320 × 240) PNG of one colour: distinct colours are distinct files. */
	static byte[] png(int rgb) {
		return png(rgb, 320, 240);
	}

	private static byte[] png(int rgb, int width, int height) {
		var out = new ByteArrayOutputStream();
		try {
			var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			for (var x = 0; x < width; x++) {
				for (var y = 0; y < height; y++) {
					image.setRGB(x, y, rgb);
				}
			}
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
