package io.tabien.registry.certificates.api;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A certificate PDF as a reader meets it: its pages, its text, and the QR code drawn on a page. */
public final class CertificatePdf {

    private final byte[] bytes;

    public CertificatePdf(byte[] bytes) {
        this.bytes = bytes;
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the QR code drawn on the page, read from the code's own image in the PDF (a module a pixel), so that
     * what is checked is the code the page carries rather than one rendering of the page.
     */
    public String qrCode(int page) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(page).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == image.getHeight()) {
                    return decode(modules(image.getImage()))
                            .orElseThrow(() -> new AssertionError("the code's image on page " + (page + 1)
                                    + " is not a readable QR code"));
                }
            }
            throw new AssertionError("no QR code drawn on page " + (page + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code's modules drawn at eight pixels each, inside the white border a reader needs. */
    private static BufferedImage modules(BufferedImage code) {
        int scale = 8;
        int border = 4 * scale;
        BufferedImage drawn = new BufferedImage(code.getWidth() * scale + 2 * border,
                code.getHeight() * scale + 2 * border, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = drawn.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, drawn.getWidth(), drawn.getHeight());
        graphics.drawImage(code, border, border, code.getWidth() * scale, code.getHeight() * scale, null);
        graphics.dispose();
        return drawn;
    }

    private static Optional<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
            try {
                return Optional.of(new QRCodeReader().decode(new BinaryBitmap(binarizer),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText());
            } catch (NotFoundException | ChecksumException | FormatException e) {
                // the other binarizer may read it
            }
        }
        return Optional.empty();
    }
}
