package vn.nq57.submission.importing;

/** Text taken from a document made fit for the draft's {@code @PlainText} and length bounds. */
final class Texts {

    private Texts() {
    }

    /** Drops what {@code @PlainText} refuses: C0 controls except tab, LF, CR; DEL; lone surrogates. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7F;
            if (!control && !(Character.isBmpCodePoint(cp) && Character.isSurrogate((char) cp))) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
