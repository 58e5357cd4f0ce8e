package local.esdev;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;

/** Splits on non-letters and lowercases each token (the "lowercase" tokenizer). */
final class LowercaseLetterTokenizer extends Tokenizer {
    private static final int MAX_TOKEN_LENGTH = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private int offset;          // UTF-16 units consumed from the input so far
    private int pending = -1;    // code point read ahead but not yet used (-1: none)
    private int pendingStart;    // offset where the pending code point starts

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        int start = -1;
        int end = -1;
        while (true) {
            int c;
            int cStart;
            if (pending >= 0) {
                c = pending;
                cStart = pendingStart;
                pending = -1;
            } else {
                cStart = offset;
                c = readCodePoint();
                if (c < 0) {
                    break;
                }
            }
            if (Character.isLetter(c)) {
                if (start < 0) {
                    start = cStart;
                } else if (termAtt.length() >= MAX_TOKEN_LENGTH) {
                    pending = c;
                    pendingStart = cStart;
                    break;
                }
                termAtt.append(new String(Character.toChars(Character.toLowerCase(c))));
                end = cStart + Character.charCount(c);
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0) {
            return false;
        }
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        return true;
    }

    private int readCodePoint() throws IOException {
        int hi = input.read();
        if (hi < 0) {
            return -1;
        }
        offset++;
        if (Character.isHighSurrogate((char) hi)) {
            int lo = input.read();
            if (lo >= 0) {
                offset++;
                if (Character.isLowSurrogate((char) lo)) {
                    return Character.toCodePoint((char) hi, (char) lo);
                }
                // unpaired surrogate: treat both units as separate non-letters
                return lo;
            }
        }
        return hi;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(offset);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        offset = 0;
        pending = -1;
    }
}
