package org.chengguan.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The demo's scene photo: a small black PNG (the evidence store keeps it like any other). */
final class DemoPhotos {

	static final byte[] PNG = png();

	private DemoPhotos() {
	}

	private static byte[] png() {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
