package io.tabien.registry.certificates.print;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.tabien.contracts.civil.Place;
import io.tabien.registry.certificates.CertificateProperties;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prints certificates as PDF, one page each: Lao text in Noto Sans Lao shaped by the Java layout engine (kerning and
 * ligatures on, so tone marks sit above vowels), English and figures in Noto Sans, and the signed QR code. Every
 * Lao run is also written as its Unicode text, so that copying or searching the PDF finds the names as entered.
 */
@Component
public class CertificatePrinter {

    /** A page to print: the template of its kind, what it certifies, and its signed code. */
    public record Page(CertificateTemplate template, CertificateClaims claims, String code) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The smallest module, in points: a phone's camera, or a scan at 150 dpi, sees it as five pixels. */
    private static final float MIN_MODULE = 2.4f;
    /** The largest code, in points, so that the fields keep most of the page: the largest QR code at 1.5 points. */
    private static final float MAX_QR_SIZE = 265f;

    static {
        LayoutProcessor.enableKernLiga();
        LayoutProcessor.setWriteActualText();
    }

    private final BaseFont lao;
    private final BaseFont laoBold;
    private final BaseFont latin;
    private final BaseFont latinBold;
    private final Geography geography;
    private final String verifyAddress;

    CertificatePrinter(Geography geography, CertificateProperties properties) {
        this.geography = geography;
        this.verifyAddress = properties.verifyAddress();
        this.lao = font("fonts/NotoSansLao-Regular.ttf");
        this.laoBold = font("fonts/NotoSansLao-Bold.ttf");
        this.latin = font("fonts/NotoSans-Regular.ttf");
        this.latinBold = font("fonts/NotoSans-Bold.ttf");
    }

    public byte[] print(List<Page> pages) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024 * Math.max(1, pages.size()));
        float margin = pages.isEmpty() ? 48 : pages.get(0).template().layout().margin();
        Document document = new Document(PageSize.A4, margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.addCreator("Tabien");
        document.open();
        for (Page page : pages) {
            CertificateTemplate.Layout layout = page.template().layout();
            BitMatrix qrCode = qrCode(page.code());
            float qrSize = Math.min(Math.max(layout.qrSize(), qrCode.getWidth() * MIN_MODULE), MAX_QR_SIZE);
            // The band at the foot of the page is the QR code's: the fields flow above it.
            document.setMargins(layout.margin(), layout.margin(), layout.margin(),
                    layout.margin() + qrSize + layout.textSize());
            document.newPage();
            printPage(document, page);
            printQrCode(writer.getDirectContent(), document, qrCode, qrSize, page.template());
        }
        document.close();
        return pdf.toByteArray();
    }

    private void printPage(Document document, Page page) {
        CertificateTemplate template = page.template();
        CertificateTemplate.Layout layout = template.layout();
        CertificateClaims claims = page.claims();
        for (CertificateTemplate.Label line : template.heading()) {
            document.add(centered(line.lo(), layout.textSize(), false));
            document.add(centered(line.en(), layout.labelSize(), false));
        }
        Paragraph title = centered(template.title().lo(), layout.titleSize(), true);
        title.setSpacingBefore(layout.textSize());
        document.add(title);
        Paragraph english = centered(template.title().en(), layout.titleSize() * 0.7f, true);
        english.setSpacingAfter(layout.textSize());
        document.add(english);

        PdfPTable table = new PdfPTable(new float[]{2f, 3f});
        table.setWidthPercentage(100);
        for (CertificateTemplate.Field field : template.fields()) {
            String value = value(template, claims, field.field());
            if (value == null) {
                continue;
            }
            table.addCell(labelCell(field.label(), layout, false));
            table.addCell(valueCell(value, layout));
        }
        document.add(table);

        if (template.members() != null && claims.book() != null) {
            Paragraph caption = new Paragraph(phrase(template.members().lo() + " · " + template.members().en(),
                    layout.textSize(), true));
            caption.setSpacingBefore(layout.textSize());
            caption.setSpacingAfter(layout.textSize() / 2);
            document.add(caption);
            List<CertificateTemplate.Field> columns = template.members().columns();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columnWidth(columns.get(i).field());
            }
            PdfPTable members = new PdfPTable(widths);
            members.setWidthPercentage(100);
            members.setHeaderRows(1);
            for (CertificateTemplate.Field column : columns) {
                members.addCell(labelCell(column.label(), layout, true));
            }
            for (CertificateClaims.Subject member : claims.book().members()) {
                for (CertificateTemplate.Field column : columns) {
                    members.addCell(valueCell(Objects.requireNonNullElse(memberValue(template, member,
                            column.field()), ""), layout));
                }
            }
            document.add(members);
        }
    }

    /**
     * The code as a QR code, correcting errors at level M (15 % of it may be smudged); a long one (the extract of a
     * large household) at level L, which holds twice as much.
     */
    private static BitMatrix qrCode(String code) {
        try {
            return qrCode(code, ErrorCorrectionLevel.M);
        } catch (WriterException tooLong) {
            try {
                return qrCode(code, ErrorCorrectionLevel.L);
            } catch (WriterException e) {
                throw new IllegalStateException("The certificate code does not fit a QR code", e);
            }
        }
    }

    /** Whether the code fits one QR code, at the lowest level of error correction. */
    public static boolean fits(String code) {
        try {
            qrCode(code, ErrorCorrectionLevel.L);
            return true;
        } catch (WriterException tooLong) {
            return false;
        }
    }

    private static BitMatrix qrCode(String code, ErrorCorrectionLevel level) throws WriterException {
        return new QRCodeWriter().encode(code, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 0));
    }

    /** The QR code in the page's bottom right corner, what it is for beside it. */
    private void printQrCode(PdfContentByte canvas, Document document, BitMatrix matrix, float size,
                             CertificateTemplate template) {
        CertificateTemplate.Layout layout = template.layout();
        float left = document.getPageSize().getWidth() - layout.margin() - size;
        float bottom = layout.margin();
        canvas.addImage(qrImage(matrix, size), size, 0, 0, size, left, bottom);

        PdfPTable footer = new PdfPTable(1);
        footer.setTotalWidth(document.getPageSize().getWidth() - 2 * layout.margin() - size - layout.textSize());
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(new Paragraph(phrase(template.footer().lo(), layout.labelSize(), false)));
        cell.addElement(new Paragraph(phrase(template.footer().en(), layout.labelSize(), false)));
        cell.addElement(new Paragraph(phrase(verifyAddress, layout.textSize(), true)));
        footer.addCell(cell);
        footer.writeSelectedRows(0, -1, layout.margin(), bottom + size, canvas);
    }

    private String value(CertificateTemplate template, CertificateClaims claims, String field) {
        CertificateClaims.Subject person = claims.person();
        return switch (field) {
            case "recordId" -> claims.recordId().toString();
            case "recordVersion" -> Long.toString(claims.recordVersion());
            case "copyNumber" -> Integer.toString(claims.copyNumber());
            case "issuedOn" -> DATE.format(claims.issuedOn());
            case "issuingOffice" -> office(claims.issuingOffice());
            case "bookNumber" -> claims.book() == null ? null : claims.book().number();
            case "address" -> claims.book() == null ? null : place(claims.book().address());
            default -> person == null ? null : memberValue(template, person, field);
        };
    }

    private String memberValue(CertificateTemplate template, CertificateClaims.Subject person, String field) {
        return switch (field) {
            case "givenName" -> person.givenName();
            case "familyName" -> person.familyName();
            case "givenNameLatin" -> person.givenNameLatin();
            case "familyNameLatin" -> person.familyNameLatin();
            case "name" -> joined(person.givenName(), person.familyName());
            case "nameLatin" -> joined(person.givenNameLatin(), person.familyNameLatin());
            case "sex" -> person.sex() == null ? null : coded(template, "sex." + person.sex());
            case "relationship" -> person.relationship() == null ? null
                    : coded(template, "relationship." + person.relationship());
            case "dateOfBirth" -> person.dateOfBirth() == null ? null : DATE.format(person.dateOfBirth());
            case "placeOfBirth" -> person.placeOfBirth() == null ? null : place(person.placeOfBirth());
            default -> throw new IllegalArgumentException("A certificate template names an unknown field: " + field);
        };
    }

    /**
     * The QR code as a one-bit image, a pixel a module, scaled without smoothing: a reader's renderer shows whole
     * modules at any resolution, with no seams between them.
     */
    private static Image qrImage(BitMatrix matrix, float size) {
        int width = matrix.getWidth();
        int rowBytes = (width + 7) / 8;
        byte[] data = new byte[rowBytes * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    data[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        try {
            Image image = Image.getInstance(width, matrix.getHeight(), 1, 1, data);
            image.setInterpolation(false);
            image.scaleAbsolute(size, size);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("The QR code cannot be drawn", e);
        }
    }

    /** Names take the room they need; coded values and dates less. */
    private static float columnWidth(String field) {
        return switch (field) {
            case "name", "nameLatin" -> 3.2f;
            case "relationship" -> 2.4f;
            case "sex" -> 1.6f;
            default -> 2f;
        };
    }

    private static String coded(CertificateTemplate template, String key) {
        CertificateTemplate.Label label = template.values().get(key);
        return label == null ? key.substring(key.indexOf('.') + 1) : label.lo() + " · " + label.en();
    }

    /** A village, district and province, in Lao and then in English. */
    private String place(Place place) {
        List<String> lao = new ArrayList<>();
        List<String> english = new ArrayList<>();
        if (place.village() != null) {
            lao.add(place.village());
        }
        if (place.district() != null) {
            DistrictView district = geography.district(place.district()).orElse(null);
            lao.add(district == null ? place.district() : district.nameLo());
            english.add(district == null ? place.district() : district.nameEn());
        }
        ProvinceView province = province(place.province());
        lao.add(province == null ? place.province() : province.nameLo());
        english.add(province == null ? place.province() : province.nameEn());
        return String.join(", ", lao) + "\n" + String.join(", ", english);
    }

    private String office(String office) {
        if (office == null) {
            return null;
        }
        DistrictView district = geography.district(office).orElse(null);
        if (district != null) {
            return office + " · " + district.nameLo() + " · " + district.nameEn();
        }
        ProvinceView province = province(office);
        return province == null ? office : office + " · " + province.nameLo() + " · " + province.nameEn();
    }

    private ProvinceView province(String code) {
        return geography.provinces().stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    /** A label, Lao above English where the column is narrow (a table's heading), else on one line. */
    private PdfPCell labelCell(CertificateTemplate.Label label, CertificateTemplate.Layout layout, boolean stacked) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (stacked) {
            cell.addElement(new Paragraph(phrase(label.lo(), layout.textSize(), false)));
            cell.addElement(new Paragraph(phrase(label.en(), layout.labelSize(), false)));
        } else {
            Phrase line = phrase(label.lo() + "  ", layout.textSize(), false);
            line.addAll(phrase(label.en(), layout.labelSize(), false));
            cell.addElement(new Paragraph(line));
        }
        return cell;
    }

    private PdfPCell valueCell(String value, CertificateTemplate.Layout layout) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        for (String line : value.split("\n")) {
            cell.addElement(new Paragraph(phrase(line, layout.textSize(), true)));
        }
        return cell;
    }

    private Paragraph centered(String text, float size, boolean bold) {
        Paragraph paragraph = new Paragraph(phrase(text, size, bold));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** The text in runs of Lao and of everything else, each in its font. */
    Phrase phrase(String text, float size, boolean bold) {
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.4f);
        Font laoFont = new Font(bold ? laoBold : lao, size);
        Font latinFont = new Font(bold ? latinBold : latin, size);
        int start = 0;
        while (start < text.length()) {
            boolean laoRun = isLao(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && (isLao(text.charAt(end)) == laoRun || text.charAt(end) == ' ')) {
                end++;
            }
            phrase.add(new Chunk(text.substring(start, end), laoRun ? laoFont : latinFont));
            start = end;
        }
        return phrase;
    }

    private static boolean isLao(char character) {
        return character >= '\u0E80' && character <= '\u0EFF';
    }

    private static String joined(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static BaseFont font(String resource) {
        try {
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            LayoutProcessor.loadFont(font, resource);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}
