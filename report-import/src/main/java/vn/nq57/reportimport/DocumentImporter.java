package vn.nq57.reportimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unit's report into an {@link Extraction}: the text is split into paragraphs, the frame
 * (header, closing formula, signature block) is told apart from the body, numbered headings are
 * mapped onto the round's outline, every figure is classified, quantities are matched to catalogue
 * indicators, and difficulties, causes and recommendations are listed. Nothing is dropped silently:
 * body paragraphs under no outline section and figures that are no indicator value are returned
 * as unplaced.
 */
public final class DocumentImporter {

    private static final Pattern ZERO = Pattern.compile("\\b(?:khong|chua)\\s+co\\b");
    /** "Đối với …" (OCR: "Poi véi …", "Pdi véi …"). */
    private static final Pattern ADDRESSEE = Pattern.compile("^[dp][a-z]{1,2}i\\s+v[a-z]{1,2}i\\s+");
    private static final Pattern CLOSING_FORMULA = Pattern.compile("^(?:tren day|tran trong|kinh mong)|tran trong bao cao");

    private final SectionMapper mapper;
    private final IndicatorMatcher matcher;
    private final Map<String, ImportProfile.OutlineEntry> outline = new HashMap<>();

    public DocumentImporter(ImportProfile profile) {
        this.mapper = new SectionMapper(profile.outline());
        this.matcher = new IndicatorMatcher(profile.catalogue());
        profile.outline().forEach(e -> outline.put(e.code(), e));
    }

    /** Reads a file of the given format. */
    public Extraction read(byte[] content, DocumentFormat format) {
        return extract(TextSources.read(content, format));
    }

    /** Reads an already extracted text (NFC). */
    public Extraction extract(String text) {
        if (text == null || text.strip().isEmpty()) {
            throw new ImportFailure(ImportFailure.Reason.EMPTY_TEXT, "The document contains no text");
        }
        Analysis analysis = new Analysis(text);
        Extraction extraction = analysis.run();
        if (extraction.indicators().isEmpty() && extraction.sections().stream().allMatch(s -> s.code() == null)) {
            throw new ImportFailure(ImportFailure.Reason.NOTHING_RECOGNISED,
                    "No outline section and no catalogue indicator was recognised in the document");
        }
        return extraction;
    }

    /** One run over one document. */
    private final class Analysis {

        private final String text;
        private final boolean ocr;
        private final String folded;
        private final List<Paragraph> paragraphs;
        private final Map<Integer, Heading> headings = new HashMap<>();
        /** Per paragraph: the block (index into blocks) it belongs to, or -1 for the frame. */
        private int[] blockOf;
        private final List<Block> blocks = new ArrayList<>();
        private final Set<Integer> frame = new HashSet<>();
        private final Set<Integer> pageNumbers = new HashSet<>();
        private int closingStart;

        Analysis(String text) {
            this.text = text;
            this.ocr = Fold.looksLikeOcr(text);
            this.folded = Fold.fold(text, ocr);
            this.paragraphs = Paragraphs.split(text);
        }

        Extraction run() {
            findHeadings();
            layout();
            List<Extraction.SectionMatch> sections = sections();
            List<Figure> figures = Figures.scan(folded, numberingSpans(), pageNumberSpans());
            List<Extraction.IndicatorMatch> indicators = new ArrayList<>();
            List<Extraction.UnplacedFigure> unplacedFigures = new ArrayList<>();
            List<Extraction.FigureSpan> spans = classify(figures, indicators, unplacedFigures);
            zeros(indicators);
            indicators.sort(java.util.Comparator.comparingInt(Extraction.IndicatorMatch::valueStart));
            List<Extraction.Note> difficulties = new ArrayList<>();
            List<Extraction.Note> causes = new ArrayList<>();
            List<Extraction.Recommendation> recommendations = new ArrayList<>();
            notes(difficulties, causes, recommendations);
            List<Paragraph> framePars = paragraphs.stream().filter(p -> frame.contains(p.index())).toList();
            return new Extraction(text, ocr, paragraphs.size(),
                    HeaderParser.parse(text, folded, framePars, closingStart),
                    sections, indicators, difficulties, causes, recommendations, unplacedParagraphs(), unplacedFigures,
                    spans);
        }

        private void findHeadings() {
            for (Paragraph p : paragraphs) {
                Heading.parse(p).ifPresent(h -> headings.put(p.index(), h));
            }
        }

        /** Frame before the first Roman heading and from the closing formula on; header lines and page numbers anywhere. */
        private void layout() {
            blockOf = new int[paragraphs.size()];
            java.util.Arrays.fill(blockOf, -1);
            int bodyStart = paragraphs.size();
            for (Paragraph p : paragraphs) {
                Heading h = headings.get(p.index());
                if (h != null && h.level() == 1) {
                    bodyStart = p.index();
                    break;
                }
            }
            int bodyEnd = closingParagraph(bodyStart);
            closingStart = bodyEnd < paragraphs.size() ? paragraphs.get(bodyEnd).start() : text.length();
            Block current = null;
            List<Heading> stack = new ArrayList<>();
            for (Paragraph p : paragraphs) {
                int i = p.index();
                if (i < bodyStart || i >= bodyEnd) {
                    frame.add(i);
                    continue;
                }
                String flat = folded.substring(p.start(), p.end()).strip();
                if (flat.matches("\\d{1,3}")) {
                    pageNumbers.add(i);
                    continue;
                }
                if (isHeaderLine(flat)) {
                    frame.add(i);
                    continue;
                }
                Heading h = headings.get(i);
                if (h != null) {
                    while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= h.level()) {
                        stack.remove(stack.size() - 1);
                    }
                    stack.add(h);
                    current = new Block(h, List.copyOf(stack), mapHeading(h, stack));
                    blocks.add(current);
                }
                if (current != null) {
                    blockOf[i] = blocks.size() - 1;
                    current.paragraphs.add(p);
                }
            }
        }

        private int closingParagraph(int bodyStart) {
            for (int i = paragraphs.size() - 1; i > bodyStart; i--) {
                String f = Fold.phrase(folded.substring(paragraphs.get(i).start(), paragraphs.get(i).end()));
                if (f.startsWith("noi nhan")) {
                    continue;
                }
                if (CLOSING_FORMULA.matcher(f).find()) {
                    return i;
                }
            }
            for (int i = bodyStart + 1; i < paragraphs.size(); i++) {
                String f = Fold.phrase(folded.substring(paragraphs.get(i).start(), paragraphs.get(i).end()));
                if (f.startsWith("noi nhan")) {
                    return i;
                }
            }
            return paragraphs.size();
        }

        private boolean isHeaderLine(String flatFolded) {
            return flatFolded.length() < 160 && (flatFolded.matches("(?s)^so\\s*:.*/\\s*bc.*")
                    || flatFolded.matches("(?s).*,\\s*ngay[\\s\\d._…]*thang[\\s\\d._…]*n[a-z]m\\s+\\d{4}\\s*$"));
        }

        private SectionMapper.Mapping mapHeading(Heading h, List<Heading> stack) {
            ImportProfile.OutlineEntry parent = null;
            for (int k = stack.size() - 2; k >= 0 && parent == null; k--) {
                Block b = blockFor(stack.get(k));
                parent = b == null || b.mapping == null ? null : b.mapping.entry();
            }
            String path = path(stack);
            Paragraph p = paragraphs.get(h.paragraph());
            String title = Fold.phrase(folded.substring(p.start(), p.end()), false)
                    .replaceFirst("^[ivxl0-9 ]+ ", "");
            return mapper.map(title, h.level(), path, parent, ocr);
        }

        private Block blockFor(Heading h) {
            for (Block b : blocks) {
                if (b.heading == h) {
                    return b;
                }
            }
            return null;
        }

        private String path(List<Heading> stack) {
            String roman = null;
            String arabic = null;
            for (Heading h : stack) {
                if (h.level() == 1) {
                    roman = h.label();
                } else {
                    arabic = h.label();
                }
            }
            return roman == null ? arabic : arabic == null ? roman : roman + "." + arabic;
        }

        private List<Extraction.SectionMatch> sections() {
            List<Extraction.SectionMatch> result = new ArrayList<>();
            for (Block b : blocks) {
                Paragraph first = b.paragraphs.get(0);
                Paragraph last = b.paragraphs.get(b.paragraphs.size() - 1);
                StringBuilder body = new StringBuilder();
                for (Paragraph p : b.paragraphs.subList(1, b.paragraphs.size())) {
                    body.append(body.isEmpty() ? "" : "\n").append(p.flat());
                }
                ImportProfile.OutlineEntry entry = b.mapping == null ? null : b.mapping.entry();
                result.add(new Extraction.SectionMatch(entry == null ? null : entry.code(),
                        entry == null ? null : entry.title(), path(b.stack), b.heading.title().replaceAll("\\s+", " "),
                        b.mapping == null ? 0 : round(b.mapping.confidence()), first.index(), last.index(), first.start(),
                        last.end(), body.toString()));
            }
            return result;
        }

        private List<int[]> numberingSpans() {
            List<int[]> spans = new ArrayList<>();
            for (Paragraph p : paragraphs) {
                Matcher m = Paragraphs.NUMBERING.matcher(text.substring(p.start(), p.end()));
                if (m.find()) {
                    int end = p.start() + m.end() - 1;
                    while (end > p.start() && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    spans.add(new int[] {p.start(), end});
                }
            }
            return spans;
        }

        private List<int[]> pageNumberSpans() {
            return pageNumbers.stream().map(i -> new int[] {paragraphs.get(i).start(), paragraphs.get(i).end()}).toList();
        }

        private List<Extraction.FigureSpan> classify(List<Figure> figures, List<Extraction.IndicatorMatch> indicators,
                List<Extraction.UnplacedFigure> unplaced) {
            List<Extraction.FigureSpan> spans = new ArrayList<>();
            for (int n = 0; n < figures.size(); n++) {
                Figure f = figures.get(n);
                Paragraph p = paragraphAt(f.start());
                if (f.kind() != Figure.Kind.QUANTITY) {
                    spans.add(span(f, Extraction.FigureRole.valueOf(f.kind().name())));
                    if (f.kind() == Figure.Kind.PAGE_NUMBER) {
                        unplaced.add(unplacedFigure(f, p, null, "a page number"));
                    }
                    continue;
                }
                Block block = p == null || blockOf[p.index()] < 0 ? null : blocks.get(blockOf[p.index()]);
                String code = block == null || block.mapping == null ? null : block.mapping.entry().code();
                String reason = unplacedReason(f, p, block);
                if (reason != null) {
                    unplaced.add(unplacedFigure(f, p, code, reason));
                    spans.add(span(f, Extraction.FigureRole.UNPLACED));
                    continue;
                }
                int sStart = Sentences.start(folded, f.start(), p.start());
                int sEnd = Sentences.end(folded, f.end(), p.end());
                int prevEnd = n > 0 && figures.get(n - 1).end() > sStart && figures.get(n - 1).kind() == Figure.Kind.QUANTITY
                        ? figures.get(n - 1).end() : sStart;
                int nextStart = n + 1 < figures.size() && figures.get(n + 1).start() < sEnd
                        && figures.get(n + 1).kind() == Figure.Kind.QUANTITY ? figures.get(n + 1).start() : sEnd;
                Window before = Window.of(folded, prevEnd, f.start(), false, ocr);
                Window after = Window.of(folded, f.end(), nextStart, true, ocr);
                IndicatorMatcher.Candidate c = matcher.best(f, folded.substring(sStart, sEnd), before, after, ocr);
                if (c == null) {
                    unplaced.add(unplacedFigure(f, p, code, "no catalogue indicator matches the words around it"));
                    spans.add(span(f, Extraction.FigureRole.UNPLACED));
                } else {
                    indicators.add(match(c, f, sStart, sEnd, after, code));
                    spans.add(span(f, Extraction.FigureRole.INDICATOR));
                }
            }
            return spans;
        }

        private Extraction.FigureSpan span(Figure f, Extraction.FigureRole role) {
            return new Extraction.FigureSpan(f.start(), f.end(), text.substring(f.start(), f.end()), role);
        }

        private String unplacedReason(Figure f, Paragraph p, Block block) {
            if (p == null || frame.contains(p.index()) || block == null) {
                return "outside the report body (header, closing or signature)";
            }
            if (block.forwardLooking()) {
                return "a target or proposal for the coming period, not a result";
            }
            if (ocr && f.qualifier() == Qualifier.EXACT && f.end() - f.start() == 1
                    && "1l".indexOf(text.charAt(f.start())) >= 0) {
                return "a lone 1 in OCR text is usually a misread word (\"là\", \"lần\")";
            }
            return null;
        }

        private Extraction.IndicatorMatch match(IndicatorMatcher.Candidate c, Figure f, int sStart, int sEnd, Window after,
                String code) {
            int[] quote = quote(sStart, sEnd, f);
            double confidence = Math.min(0.97, c.score() / (c.score() + 1.0) + 0.15) * (ocr ? 0.9 : 1.0);
            BigDecimal percent = f.percent();
            return new Extraction.IndicatorMatch(c.indicator().code(), f.qualifier(), f.value(), f.min(), f.max(),
                    f.numerator(), f.denominator(), percent, measureWord(f), text.substring(quote[0], quote[1]), quote[0],
                    quote[1], f.start(), f.end(), round(confidence), code, f.atLeast());
        }

        /** The counted noun after a figure, as written. */
        private String measureWord(Figure f) {
            Matcher m = Pattern.compile("^[\\s)%]*((?:[a-z]+[ ,]{0,2}){1,3})").matcher(folded.substring(f.end(),
                    Math.min(folded.length(), f.end() + 40)));
            if (!m.find()) {
                return null;
            }
            String head = m.group(1).replace(",", " ").replaceAll("\\s+", " ").strip();
            String word = IndicatorMatcher.measureWord(head);
            if (word == null) {
                return null;
            }
            int start = f.end() + m.start(1);
            int pos = start;
            int words = word.split(" ").length;
            for (int w = 0; w < words; w++) {
                while (pos < folded.length() && !Character.isLetter(folded.charAt(pos))) {
                    pos++;
                }
                while (pos < folded.length() && Character.isLetter(folded.charAt(pos))) {
                    pos++;
                }
            }
            return text.substring(start, pos);
        }

        private int[] quote(int sStart, int sEnd, Figure f) {
            int start = sStart;
            int end = sEnd;
            if (end - start > 320) {
                start = Math.max(sStart, f.start() - 140);
                end = Math.min(sEnd, f.end() + 160);
            }
            while (start < end && (Character.isWhitespace(text.charAt(start)) || "-–•+".indexOf(text.charAt(start)) >= 0)) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return new int[] {start, end};
        }

        private Extraction.UnplacedFigure unplacedFigure(Figure f, Paragraph p, String code, String reason) {
            int sStart = p == null ? f.start() : Sentences.start(folded, f.start(), p.start());
            int sEnd = p == null ? f.end() : Sentences.end(folded, f.end(), p.end());
            int[] quote = quote(sStart, sEnd, f);
            String display = f.qualifier() == null ? text.substring(f.start(), f.end()) : f.display();
            return new Extraction.UnplacedFigure(text.substring(f.start(), f.end()), f.qualifier(), display,
                    f.qualifier() == null ? null : measureWord(f), text.substring(quote[0], quote[1]), f.start(), f.end(),
                    p == null ? -1 : p.index(), code, reason);
        }

        /** "Không có hồ sơ quá hạn": a count of zero, when a count indicator names what there is none of. */
        private void zeros(List<Extraction.IndicatorMatch> indicators) {
            Matcher m = ZERO.matcher(folded);
            while (m.find()) {
                Paragraph p = paragraphAt(m.start());
                if (p == null || blockOf[p.index()] < 0 || blocks.get(blockOf[p.index()]).forwardLooking()) {
                    continue;
                }
                Block block = blocks.get(blockOf[p.index()]);
                int sStart = Sentences.start(folded, m.start(), p.start());
                int sEnd = Sentences.end(folded, m.end(), p.end());
                Figure zero = new Figure(m.start(), m.end(), Figure.Kind.QUANTITY, Qualifier.EXACT, BigDecimal.ZERO, null,
                        null, null, null, null);
                Window after = Window.of(folded, m.end(), sEnd, true, ocr);
                Window before = Window.of(folded, m.start(), m.start(), false, ocr);
                IndicatorMatcher.Candidate c = matcher.best(zero, folded.substring(m.start(), sEnd), before, after, ocr);
                if (c != null && after.words().size() <= 8) {
                    indicators.add(match(c, zero, sStart, sEnd, after,
                            block.mapping == null ? null : block.mapping.entry().code()));
                }
            }
        }

        private void notes(List<Extraction.Note> difficulties, List<Extraction.Note> causes,
                List<Extraction.Recommendation> recommendations) {
            for (Block b : blocks) {
                Set<String> top = Concepts.of(Fold.phrase(b.stack.get(0).title(), ocr), ocr);
                boolean recommending = b.stack.get(0).level() == 1 && top.contains(Concepts.RECOMMENDATION)
                        && !top.contains(Concepts.FORWARD);
                Set<String> concepts = b.innermost(Set.of(Concepts.DIFFICULTY, Concepts.CAUSE));
                boolean cause = !recommending && concepts.contains(Concepts.CAUSE);
                boolean difficulty = !recommending && concepts.contains(Concepts.DIFFICULTY);
                if (!recommending && !cause && !difficulty) {
                    continue;
                }
                String addressee = addressee(b);
                for (Paragraph p : b.paragraphs.subList(1, b.paragraphs.size())) {
                    String item = p.flat().replaceFirst("^[-–•+*]\\s*", "");
                    String f = Fold.phrase(item, ocr);
                    if (item.endsWith(":") || item.length() < 8) {
                        continue;
                    }
                    if (recommending) {
                        recommendations.add(new Extraction.Recommendation(item, addressee, p.index(), p.start(), p.end()));
                    } else if (cause && (!difficulty || f.startsWith("do ") || f.contains("nguyen nhan"))) {
                        causes.add(new Extraction.Note(item, p.index(), p.start(), p.end()));
                    } else {
                        difficulties.add(new Extraction.Note(item, p.index(), p.start(), p.end()));
                    }
                }
            }
        }

        private String addressee(Block b) {
            String title = b.heading.title().replaceAll("\\s+", " ").strip();
            Matcher m = ADDRESSEE.matcher(Fold.fold(title, ocr));
            return m.find() ? title.substring(m.end()).replaceAll("[:.;]+$", "").strip() : null;
        }

        private Paragraph paragraphAt(int offset) {
            int lo = 0;
            int hi = paragraphs.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Paragraph p = paragraphs.get(mid);
                if (offset < p.start()) {
                    hi = mid - 1;
                } else if (offset >= p.end()) {
                    lo = mid + 1;
                } else {
                    return p;
                }
            }
            return null;
        }

        /** A heading, the headings above it, its mapping, and its paragraphs (the heading first). */
        private final class Block {
            final Heading heading;
            final List<Heading> stack;
            final SectionMapper.Mapping mapping;
            final List<Paragraph> paragraphs = new ArrayList<>();

            Block(Heading heading, List<Heading> stack, SectionMapper.Mapping mapping) {
                this.heading = heading;
                this.stack = stack;
                this.mapping = mapping;
            }

            /** Concepts of this heading and, for its addressee-style sub-headings, of the headings above. */
            Set<String> concepts() {
                Set<String> all = new HashSet<>();
                for (Heading h : stack) {
                    all.addAll(Concepts.of(Fold.phrase(h.title(), ocr), ocr));
                }
                return all;
            }

            /** The concepts of the innermost heading that mentions any of the wanted ones. */
            Set<String> innermost(Set<String> wanted) {
                for (int k = stack.size() - 1; k >= 0; k--) {
                    Set<String> c = Concepts.of(Fold.phrase(stack.get(k).title(), ocr), ocr);
                    if (c.stream().anyMatch(wanted::contains)) {
                        return c;
                    }
                }
                return Set.of();
            }

            boolean forwardLooking() {
                Set<String> c = concepts();
                return c.contains(Concepts.FORWARD) || c.contains(Concepts.RECOMMENDATION);
            }
        }

        private List<Extraction.UnplacedParagraph> unplacedParagraphs() {
            List<Extraction.UnplacedParagraph> result = new ArrayList<>();
            for (Paragraph p : paragraphs) {
                if (pageNumbers.contains(p.index())) {
                    result.add(new Extraction.UnplacedParagraph(p.index(), p.start(), p.end(), p.flat(), "a page number"));
                } else if (!frame.contains(p.index())) {
                    int b = blockOf[p.index()];
                    if (b < 0) {
                        result.add(new Extraction.UnplacedParagraph(p.index(), p.start(), p.end(), p.flat(),
                                "body text before any numbered heading"));
                    } else if (blocks.get(b).mapping == null) {
                        result.add(new Extraction.UnplacedParagraph(p.index(), p.start(), p.end(), p.flat(),
                                "its heading matches no outline section"));
                    }
                }
            }
            return result;
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
